import DocSpaceAPI
import PeopleCore

/// `M`: the group filter's picker — the typed text, the portal's groups whose name contains
/// it (one page), "all" and "without a group" while nothing is typed, and the keys.
struct GroupFilterDialog {
    let picker: GroupFilterPicker
    let current: GroupFilter?

    func draw(into frame: inout Frame) {
        let inner = DialogBox.innerWidth(screenWidth: frame.size.width, preferredWidth: 60)
        var lines: [DialogBox.Line] = [
            FormText.typed(lead: "Group: ", line: picker.field, cursor: true, width: inner, style: .bold),
            DialogBox.Line(""),
        ]
        let choices = picker.choices
        if let problem = picker.problem {
            lines.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 3))
        } else if choices.isEmpty {
            lines.append(
                DialogBox.Line(picker.isLoading ? "Loading groups…" : "No group's name contains that.", .muted))
        }
        // The rows around the cursor, when there are more than the screen holds.
        let room = max(1, frame.size.height - 12)
        let first = min(max(0, picker.cursor - room / 2), max(0, choices.count - room))
        for index in choices.indices.dropFirst(first).prefix(room) {
            let choice = choices[index]
            let chosen = index == picker.cursor
            let inUse = isCurrent(choice) ? "● " : "  "
            var text = (chosen ? "▸ " : "  ") + inUse + choice.label
            if case .group(let group) = choice { text += "  (\(NumberText.grouped(group.memberCount)))" }
            let style: Style = chosen ? Style(.accent, bold: true, reverse: true) : (isFixed(choice) ? .muted : .plain)
            lines.append(DialogBox.Line(TerminalText.truncated(text, toWidth: inner), style, maxLines: 1))
        }
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if picker.moreCount > 0 {
            footer.append(
                DialogBox.Line("\(NumberText.grouped(picker.moreCount)) more: type to narrow", .muted, maxLines: 1))
        }
        footer.append(DialogBox.Line("● in use · Enter filters · ↑↓ choose · Esc closes", .bold))
        DialogBox(
            title: "Filter by group", lines: lines, footer: footer, style: Style(.accent, bold: true),
            preferredWidth: 60
        ).draw(into: &frame)
    }

    private func isFixed(_ choice: GroupFilterPicker.Choice) -> Bool {
        if case .group = choice { return false }
        return true
    }

    private func isCurrent(_ choice: GroupFilterPicker.Choice) -> Bool {
        switch choice {
        case .everyGroup: current == nil
        case .withoutGroup: current == .withoutGroup
        case .group(let group):
            if case .group(let id, _) = current { id == group.id } else { false }
        }
    }
}
