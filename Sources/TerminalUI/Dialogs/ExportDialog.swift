import PeopleCore

/// `e`: what is exported (the view: search, filters, sort — every page), the format and the
/// file; then how far the fetching has come, and that Esc stops it.
struct ExportDialog {
    let form: ExportForm
    /// The typed name as an absolute path (`AppState.fileName`): where the file will go.
    let target: String

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        lines.append(DialogBox.Line("Every page of the view, not only the rows loaded:", .plain))
        lines.append(DialogBox.Line(form.viewDescription, .muted, maxLines: 2))
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        let selected = Style(.accent, bold: true, reverse: true)
        let formats =
            "Format:  "
            + ["CSV", "JSON"].map { $0 == form.format.label ? "[\($0)]" : " \($0) " }.joined(separator: " ")
        footer.append(DialogBox.Line(formats, .bold, maxLines: 1))
        // The path scrolled sideways so that the cursor stays in view.
        let inner = DialogBox.innerWidth(screenWidth: frame.size.width)
        let editing = form.phase == .editing
        footer.append(
            FormText.typed(
                lead: "File:    ", line: form.pathLine, cursor: editing, width: inner,
                style: editing ? selected : .plain))
        // A relative or `~` name: where it goes, by absolute path, before anything is written.
        if target != form.path && !form.path.isEmpty {
            let into = "Into:    "
            footer.append(
                DialogBox.Line(
                    into + TerminalText.truncatedAtWord(target, toWidth: max(8, inner - TerminalText.width(into))),
                    .muted, maxLines: 1))
        }
        footer.append(DialogBox.Line("A new file, mode 0600; an existing file is never replaced.", .muted, maxLines: 2))
        if let problem = form.problem {
            footer.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 3))
        }
        footer.append(DialogBox.Line(""))
        switch form.phase {
        case .editing:
            footer.append(DialogBox.Line("Enter exports · Tab CSV or JSON · Esc closes", .bold))
        case .fetching(_, let fetched, let total):
            footer.append(
                DialogBox.Line(
                    Self.progress(fetched: fetched, total: total, width: inner), Style(.accent, bold: true), maxLines: 1
                ))
            footer.append(DialogBox.Line("Fetching every page… Esc stops (nothing is written)", .bold))
        case .writing:
            footer.append(DialogBox.Line("Writing the file…", .bold))
        }
        DialogBox(title: "Export the view", lines: lines, footer: footer, style: Style(.accent, bold: true))
            .draw(into: &frame)
    }

    /// "████████░░░░ 1,200 of 3,000 people".
    static func progress(fetched: Int, total: Int?, width: Int) -> String {
        guard let total, total > 0 else { return "Asking for the first page…" }
        let text = " \(NumberText.grouped(min(fetched, total))) of \(NumberText.grouped(total)) people"
        let bar = max(4, min(30, width - TerminalText.width(text) - 1))
        let filled = min(bar, bar * min(fetched, total) / total)
        return String(repeating: "█", count: filled) + String(repeating: "░", count: bar - filled) + text
    }
}
