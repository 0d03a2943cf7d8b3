import PeopleCore

/// `v`: the saved views of the config file, by name.
struct ViewPickerDialog {
    let picker: ViewPicker
    let current: String?

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        let room = max(1, frame.size.height - 10)
        let first = min(max(0, picker.cursor - room / 2), max(0, picker.names.count - room))
        for index in picker.names.indices.dropFirst(first).prefix(room) {
            let name = picker.names[index]
            let chosen = index == picker.cursor
            let text = (chosen ? "▸ " : "  ") + (name == current ? "● " : "  ") + name
            lines.append(
                DialogBox.Line(text, chosen ? Style(.accent, bold: true, reverse: true) : .plain, maxLines: 1))
        }
        let footer = [
            DialogBox.Line(""), DialogBox.Line("Enter opens · Esc closes · :view-save NAME saves this list", .bold),
        ]
        DialogBox(
            title: "Saved views", lines: lines, footer: footer, style: Style(.accent, bold: true), preferredWidth: 56
        )
        .draw(into: &frame)
    }
}
