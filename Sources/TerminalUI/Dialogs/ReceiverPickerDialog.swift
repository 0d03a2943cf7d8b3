import DocSpaceAPI
import PeopleCore

/// Who receives the rooms and files: you first, then the active admins the portal listed.
struct ReceiverPickerDialog {
    let choice: ReceiverChoice

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        let giving = choice.giving
        let who = giving.count == 1 ? PendingAction.label(for: giving[0]) : "\(giving.count) people"
        lines.append(DialogBox.Line("Who receives the rooms and files of \(who)?", maxLines: 2))
        lines.append(DialogBox.Line(""))
        let room = max(3, frame.size.height - 14)
        let first = min(max(0, choice.cursor - room + 1), max(0, choice.candidates.count - room))
        for (index, person) in choice.candidates.enumerated().dropFirst(first).prefix(room) {
            let marker = index == choice.cursor ? "▸ " : "  "
            let you = index == 0 ? " (you)" : ""
            let style = index == choice.cursor ? Style(.accent, bold: true, reverse: true) : Style.plain
            lines.append(
                DialogBox.Line(
                    marker + PendingAction.label(for: person) + you + " · " + person.type.displayName,
                    style, maxLines: 1))
        }
        if choice.offersKeeping {
            let here = choice.keepsRooms
            lines.append(
                DialogBox.Line(
                    (here ? "▸ " : "  ") + "Keep their rooms for later (no hand-over)",
                    here ? Style(.accent, bold: true, reverse: true) : Style.plain, maxLines: 1))
        }
        if choice.isLoading {
            lines.append(DialogBox.Line("  listing the other admins…", .muted))
        } else if let problem = choice.problem {
            lines.append(DialogBox.Line(problem, Style(.warning), maxLines: 3))
        } else if choice.candidates.count == 1 {
            lines.append(DialogBox.Line("  no other active admin", .muted))
        }
        let footer = [DialogBox.Line(""), DialogBox.Line("↑/↓ choose · Enter this person · Esc cancels", .bold)]
        DialogBox(
            title: "Receiver of the rooms and files", lines: lines, footer: footer,
            style: Style(.accent, bold: true), preferredWidth: 68
        ).draw(into: &frame)
    }
}
