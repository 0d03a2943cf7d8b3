import PeopleCore

/// `#`: every column with its box; a shown one has its place in the order ("[2]").
struct ColumnChooserDialog {
    let chooser: ColumnChooser

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        for (index, column) in ColumnChooser.rows.enumerated() {
            let mark = chooser.place(of: column).map { "[\($0)]" } ?? "[ ]"
            let cursor = index == chooser.cursor ? "▸ " : "  "
            let text = cursor + mark + " " + column.title
            lines.append(
                DialogBox.Line(
                    text, index == chooser.cursor ? Style(.accent, bold: true, reverse: true) : .plain, maxLines: 1))
        }
        lines.append(DialogBox.Line(""))
        lines.append(
            DialogBox.Line("Narrow panes drop columns before they squeeze name and e-mail.", .muted, maxLines: 2))
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if let problem = chooser.problem {
            footer.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 2))
        }
        footer.append(DialogBox.Line("Space shows/hides · Enter applies · Esc cancels", .bold))
        DialogBox(title: "Columns", lines: lines, footer: footer, style: Style(.accent, bold: true), preferredWidth: 56)
            .draw(into: &frame)
    }
}
