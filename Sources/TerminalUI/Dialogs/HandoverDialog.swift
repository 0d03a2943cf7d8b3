import DocSpaceAPI
import PeopleCore

/// Before a delete: who owns rooms or shared files, and the two ways on — hand them over first
/// (h), or delete and lose them (L); Enter answers neither.
struct HandoverDialog {
    let choice: HandoverChoice
    /// How far the names are scrolled (`AppState.peopleScroll`).
    var scroll = 0

    func draw(into frame: inout Frame) {
        let n = choice.needing.count
        let before = [
            DialogBox.Line(""),
            DialogBox.Line(
                n == 1 ? "This person owns rooms or shared files:" : "These \(n) people own rooms or shared files:"),
        ]
        var after: [DialogBox.Line] = []
        let others = choice.needless.count
        if others > 0 {
            // The portal was asked about rooms and shared files only: unshared files in their
            // own folder go with any deleted person, so "owns nothing" would say too much.
            after.append(
                DialogBox.Line(
                    others == 1
                        ? "1 other owns no rooms or shared files: deleted either way."
                        : "\(others) others own no rooms or shared files: deleted either way.", .muted))
        }
        after.append(DialogBox.Line(""))
        after.append(
            DialogBox.Line(
                "Receiver: " + PendingAction.label(for: choice.receiver), Style(.accent, bold: true), maxLines: 1))
        after.append(DialogBox.Line("Portal:   " + choice.portal, maxLines: 1))
        after.append(DialogBox.Line("Request:  POST /api/2.0/people/reassign/start, then the delete", Style(.accent)))
        let footer = [
            DialogBox.Line(""),
            DialogBox.Line("[h] Hand over, then delete     [p] Other receiver", .bold),
            DialogBox.Line("[L] Delete and lose their rooms and files", Style(.danger, bold: true)),
            DialogBox.Line("[Esc] Cancel: nothing is sent", .muted),
        ]
        let lines = PeopleInQuestion.body(
            before: before, people: choice.needing, after: after, footer: footer, screen: frame.size,
            scroll: scroll)
        DialogBox(
            title: "Hand over their data before deleting?", lines: lines, footer: footer,
            style: Style(.danger, bold: true)
        ).draw(into: &frame)
    }
}
