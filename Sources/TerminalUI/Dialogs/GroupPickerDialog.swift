import DocSpaceAPI
import PeopleCore

/// The group picker (`GroupPicker`): the filter typed so far, then the groups it leaves, the
/// chosen one highlighted, each with its member count.
struct GroupPickerDialog {
    let picker: GroupPicker

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        lines.append(DialogBox.Line("Filter: " + picker.filter.text + "▏", .bold, maxLines: 1))
        lines.append(DialogBox.Line(""))
        let shown = picker.visible
        let room = max(3, frame.size.height - 14)
        let first = min(max(0, picker.cursor - room + 1), max(0, shown.count - room))
        for (index, group) in shown.enumerated().dropFirst(first).prefix(room) {
            let chosen = index == picker.cursor
            let style = chosen ? Style(.accent, bold: true, reverse: true) : Style.plain
            let members = PeopleCount(group.memberCount).text
            lines.append(
                DialogBox.Line(
                    (chosen ? "▸ " : "  ") + TerminalText.sanitized(group.name) + " · " + members, style, maxLines: 1))
        }
        if picker.isLoading {
            lines.append(DialogBox.Line("  listing the portal's groups…", .muted))
        } else if let problem = picker.problem {
            lines.append(DialogBox.Line(problem, Style(.warning), maxLines: 3))
        } else if shown.isEmpty {
            lines.append(
                DialogBox.Line(picker.groups.isEmpty ? "  the portal has no groups" : "  no group matches", .muted))
        }
        let footer = [
            DialogBox.Line(""), DialogBox.Line("type to filter · ↑/↓ choose · Enter this group · Esc cancels", .bold),
        ]
        DialogBox(
            title: picker.title, lines: lines, footer: footer, style: Style(.accent, bold: true), preferredWidth: 68
        ).draw(into: &frame)
    }
}
