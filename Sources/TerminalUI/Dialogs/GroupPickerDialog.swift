import DocSpaceAPI
import PeopleCore

/// The group picker (`GroupPicker`), for every use: its question (or "Filter by group"), the
/// typed text, the portal's groups whose name contains it (one page) with their member
/// counts, and for the filter "all" and "without a group" while nothing is typed, the one in
/// use marked.
struct GroupPickerDialog {
    let picker: GroupPicker
    /// The group filter in force: marked in the filter's picker only.
    let current: GroupFilter?

    private var isFilter: Bool { picker.purpose == .filter }

    func draw(into frame: inout Frame) {
        let inner = DialogBox.innerWidth(screenWidth: frame.size.width, preferredWidth: Self.width)
        var lines: [DialogBox.Line] = [
            FormText.typed(lead: "Group: ", line: picker.field, cursor: true, width: inner, style: .bold),
            DialogBox.Line(""),
        ]
        let choices = picker.choices
        if let problem = picker.problem {
            lines.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 3))
        } else if choices.isEmpty {
            let empty = picker.field.text.isEmpty ? "The portal has no groups." : "No group's name contains that."
            lines.append(DialogBox.Line(picker.isLoading ? "Loading groups…" : empty, .muted))
        }
        // The rows around the cursor, when there are more than the screen holds.
        let room = max(1, frame.size.height - 12)
        let first = min(max(0, picker.cursor - room / 2), max(0, choices.count - room))
        for index in choices.indices.dropFirst(first).prefix(room) {
            let choice = choices[index]
            let chosen = index == picker.cursor
            let inUse = isFilter ? (isCurrent(choice) ? "● " : "  ") : ""
            var text = (chosen ? "▸ " : "  ") + inUse + choice.label
            if case .group(let group) = choice { text += " · " + PeopleCount(group.memberCount).text }
            let style: Style =
                chosen ? Style(.accent, bold: true, reverse: true) : (isFixed(choice) ? .muted : .plain)
            lines.append(DialogBox.Line(TerminalText.truncated(text, toWidth: inner), style, maxLines: 1))
        }
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if picker.moreCount > 0 {
            footer.append(
                DialogBox.Line("\(NumberText.grouped(picker.moreCount)) more: type to narrow", .muted, maxLines: 1))
        }
        let keys =
            isFilter
            ? "● in use · type to narrow · ↑↓ choose · Enter filters · Esc closes"
            : "type to narrow · ↑↓ choose · Enter this group · Esc cancels"
        footer.append(DialogBox.Line(keys, .bold))
        DialogBox(
            title: picker.title, lines: lines, footer: footer, style: Style(.accent, bold: true),
            preferredWidth: Self.width
        ).draw(into: &frame)
    }

    /// Wide enough for "Remove <a long name> from which group?".
    private static let width = 68

    private func isFixed(_ choice: GroupPicker.Choice) -> Bool {
        if case .group = choice { return false }
        return true
    }

    private func isCurrent(_ choice: GroupPicker.Choice) -> Bool {
        switch choice {
        case .everyGroup: current == nil
        case .withoutGroup: current == .withoutGroup
        case .group(let group):
            if case .group(let id, _) = current { id == group.id } else { false }
        }
    }
}
