import Foundation
import DocSpaceAPI
import PeopleCore

/// The people a question is about, drawn the same way by every dialog that asks one.
///
/// The names get the rows that remain once everything else of the dialog is placed — what
/// will be asked of the portal, who the filter hides, who is left out, the keys — and end in
/// "+ N more". Giving the names a fixed share of the screen instead let a long list push the
/// facts below it out of the box on a tall terminal with many people marked.
enum PeopleInQuestion {
    /// `before`, then as many names as fit, then `after`: the body of a dialog with `footer`.
    /// `atMost` caps the names even when there is room (a chooser that is about the options);
    /// `lead` goes before each name, where a long name cannot push it off the line.
    static func body(before: [DialogBox.Line] = [DialogBox.Line("")], people: [Person], after: [DialogBox.Line],
                     footer: [DialogBox.Line], screen: TerminalSize, preferredWidth: Int = 72, atMost: Int = .max,
                     lead: (Person) -> String = { _ in "" }) -> [DialogBox.Line] {
        let inner = DialogBox.innerWidth(screenWidth: screen.width, preferredWidth: preferredWidth)
        let fixed = [before, after, footer].reduce(0) { $0 + DialogBox.wrap($1, width: inner).count }
        let room = min(atMost, DialogBox.contentRows(screenHeight: screen.height) - fixed)
        // One person is always named, even if the box then cuts a line of its facts; several
        // on a screen with one row to spare are counted instead of naming one of them.
        let shown = people.count == 1 || people.count <= room ? people.count : (room >= 2 ? room - 1 : 0)
        var names = people.prefix(shown).map {
            DialogBox.Line("• " + lead($0) + PendingAction.label(for: $0), .bold, maxLines: 1)
        }
        if people.count > shown {
            names.append(shown == 0
                ? DialogBox.Line("  \(PeopleCount(people.count).text) (a taller terminal lists them)", .muted)
                : DialogBox.Line("  + \(NumberText.grouped(people.count - shown)) more", .muted))
        }
        return before + names + after
    }

    /// "3 left out: Ann (already disabled), Bo (not on yourself), Cy (…) + 1 more", or nil.
    /// The count comes first, so that the cut at the end of the second row cannot take it.
    static func leftOut(_ skipped: [SkippedTarget]) -> DialogBox.Line? {
        guard !skipped.isEmpty else { return nil }
        let names = skipped.prefix(3).map { "\($0.person.displayName.trimmingCharacters(in: .whitespaces)) (\($0.reason))" }
        let more = skipped.count > 3 ? " + \(NumberText.grouped(skipped.count - 3)) more" : ""
        return DialogBox.Line("\(NumberText.grouped(skipped.count)) left out: " + names.joined(separator: ", ") + more, .muted, maxLines: 2)
    }
}
