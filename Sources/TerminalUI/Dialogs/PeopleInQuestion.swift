import DocSpaceAPI
import Foundation
import PeopleCore

/// The people a question is about, drawn the same way by every dialog that asks one.
///
/// The names get the rows that remain once everything else of the dialog is placed — what
/// will be asked of the portal, who the filter hides, who is left out, the keys. When they do
/// not all fit they scroll (↑/↓/PgUp/PgDn, `AppState.peopleScroll`), between "↑ N above" and
/// "+ N more": every name can be read before answering. Giving the names a fixed share of the
/// screen instead let a long list push the facts below it out of the box on a tall terminal.
enum PeopleInQuestion {
    /// `before`, then as many names as fit from `scroll` on, then `after`: the body of a
    /// dialog with `footer`. `atMost` caps the names even when there is room (a chooser that
    /// is about the options); `lead` goes before each name, where a long name cannot push it
    /// off the line.
    static func body(
        before: [DialogBox.Line] = [DialogBox.Line("")], people: [Person], after: [DialogBox.Line],
        footer: [DialogBox.Line], screen: TerminalSize, preferredWidth: Int = 72, atMost: Int = .max,
        scroll: Int = 0, lead: (Person) -> String = { _ in "" }
    ) -> [DialogBox.Line] {
        let inner = DialogBox.innerWidth(screenWidth: screen.width, preferredWidth: preferredWidth)
        let fixed = [before, after, footer].reduce(0) { $0 + DialogBox.wrap($1, width: inner).count }
        let room = min(atMost, DialogBox.contentRows(screenHeight: screen.height) - fixed)
        let name = { (person: Person) in
            DialogBox.Line("• " + lead(person) + PendingAction.label(for: person), .bold, maxLines: 1)
        }
        // One person is always named, even if the box then cuts a line of its facts.
        if people.count == 1 || people.count <= room {
            return before + people.map(name) + after
        }
        // Several on a screen with one row to spare are counted instead of naming one of them.
        guard room >= 2 else {
            return before + [
                DialogBox.Line("  \(PeopleCount(people.count).text) (a taller terminal lists them)", .muted)
            ] + after
        }
        let window = Self.window(count: people.count, room: room, scroll: scroll)
        var lines: [DialogBox.Line] = []
        if window.lowerBound > 0 {
            lines.append(DialogBox.Line("  ↑ \(NumberText.grouped(window.lowerBound)) above", .muted, maxLines: 1))
        }
        lines += people[window].map(name)
        if window.upperBound < people.count {
            lines.append(
                DialogBox.Line(
                    "  + \(NumberText.grouped(people.count - window.upperBound)) more (↓ PgDn scroll)", .muted,
                    maxLines: 1))
        }
        return before + lines + after
    }

    /// The names shown in `room` rows from `scroll` on, a row each for "↑ N above" and
    /// "+ N more" when there are such names. Scrolled past the end, the last page is shown
    /// full rather than a few names and empty rows.
    static func window(count: Int, room: Int, scroll: Int) -> Range<Int> {
        func names(from first: Int) -> Int {
            let rows = room - (first > 0 ? 1 : 0)
            return first + rows >= count ? count - first : max(1, rows - 1)
        }
        var first = max(0, min(scroll, count - 1))
        while first > 0, first - 1 + names(from: first - 1) >= count { first -= 1 }
        return first..<(first + names(from: first))
    }

    /// "3 left out: Ann (already disabled), Bo (not on yourself), Cy (…) + 1 more", or nil.
    /// The count comes first, so that the cut at the end of the second row cannot take it.
    static func leftOut(_ skipped: [SkippedTarget]) -> DialogBox.Line? {
        guard !skipped.isEmpty else { return nil }
        let names = skipped.prefix(3).map {
            "\($0.person.displayName.trimmingCharacters(in: .whitespaces)) (\($0.reason))"
        }
        let more = skipped.count > 3 ? " + \(NumberText.grouped(skipped.count - 3)) more" : ""
        return DialogBox.Line(
            "\(NumberText.grouped(skipped.count)) left out: " + names.joined(separator: ", ") + more, .muted,
            maxLines: 2)
    }

    /// "2 of them are hidden by the current filter or search.", or nil: a confirmation must
    /// not let marked people the admin cannot see go unnoticed.
    static func hidden(_ count: Int) -> DialogBox.Line? {
        guard count > 0 else { return nil }
        return DialogBox.Line(
            "\(NumberText.grouped(count)) of them \(count == 1 ? "is" : "are") hidden by the current filter or search.",
            Style(.warning, bold: true))
    }
}
