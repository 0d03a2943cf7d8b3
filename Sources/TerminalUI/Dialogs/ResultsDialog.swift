import DocSpaceAPI
import PeopleCore

/// Per-person results of a change: what the portal did with each person (done, skipped with
/// its reason, failed with the error), the problems first, scrollable, with a summary line;
/// `s` saves it as CSV through a file name field.
struct ResultsDialog {
    let report: ActionReport
    let view: ResultsViewState
    /// The file name being typed as an absolute path (`AppState.fileName`), while saving.
    var target: String? = nil

    func draw(into frame: inout Frame) {
        let visible = ResultsViewState.visibleRows(for: frame.size)
        let total = report.resultCount
        let first = min(max(0, view.scroll), max(0, total - visible))
        var lines: [DialogBox.Line] = [DialogBox.Line(""), DialogBox.Line(report.outcomeLine, .bold, maxLines: 1)]
        if report.fromReread {
            lines.append(
                DialogBox.Line(
                    "The portal's answer was lost; these outcomes come from re-reading the people.", .muted, maxLines: 2
                ))
        }
        lines.append(DialogBox.Line(""))
        // A few people: their reasons in full (a re-read's finding is long); many: a row each.
        let rowLines = total * 4 <= visible ? 4 : 1
        for index in first..<min(total, first + visible) {
            guard let row = report.resultRow(at: index) else { continue }
            lines.append(DialogBox.Line(Self.text(row, kind: report.kind), Self.style(row.outcome), maxLines: rowLines))
        }
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if let line = view.savePathEditor {
            let path = line.text
            footer.append(
                FormText.typed(
                    lead: "Save as CSV: ", line: line, cursor: !view.isSaving,
                    width: DialogBox.innerWidth(screenWidth: frame.size.width, preferredWidth: 96),
                    style: Style(.accent, bold: true)))
            // A relative or `~` name: where it goes, by absolute path, before anything is written.
            if let target, target != path, !path.isEmpty {
                let into = "Into: "
                let room =
                    DialogBox.innerWidth(screenWidth: frame.size.width, preferredWidth: 96) - TerminalText.width(into)
                footer.append(
                    DialogBox.Line(
                        into + TerminalText.truncatedAtWord(target, toWidth: max(8, room)), .muted, maxLines: 1))
            }
            if let problem = view.saveProblem {
                footer.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 3))
            }
            footer.append(
                DialogBox.Line(
                    view.isSaving ? "Saving…" : "Enter saves (a new file, readable by you only) · Esc back", .muted))
        } else {
            let position =
                total > visible
                ? "\(NumberText.grouped(first + 1))–\(NumberText.grouped(min(total, first + visible))) of \(NumberText.grouped(total)) · ↑↓ PgUp PgDn scroll · "
                : ""
            footer.append(DialogBox.Line(position + "s save CSV · Esc, q or Enter close", .muted, maxLines: 1))
        }
        DialogBox(
            title: "Results: " + report.summary, lines: lines, footer: footer,
            style: report.failed.isEmpty && report.skipped.isEmpty
                ? Style(.success, bold: true) : Style(.warning, bold: true),
            preferredWidth: 96
        )
        .draw(into: &frame)
    }

    /// "✓ done     Jane Doe <jane@example.com>: now Disabled"
    static func text(_ row: ResultRow, kind: ChangeKind) -> String {
        // A name of any length must not push the portal's words out of the row.
        let label = TerminalText.truncated(PendingAction.label(for: row.person), toWidth: labelWidth)
        return "\(mark(row.outcome)) \(label): \(row.detail)"
    }

    /// The outcome's sign and word, padded so that the names line up: every results view
    /// (changes and invitations) marks an outcome the same way.
    static func mark(_ outcome: TargetOutcome) -> String {
        switch outcome {
        case .done: "✓ done    "
        case .skipped: "– skipped "
        case .failed: "✗ failed  "
        case .notSent: "· not sent"
        }
    }

    /// The most columns a person's name and e-mail take in a row.
    static let labelWidth = 60

    static func style(_ outcome: TargetOutcome) -> Style {
        switch outcome {
        case .done: Style(.success)
        case .skipped: Style(.warning)
        case .failed: Style(.danger)
        case .notSent: .muted
        }
    }
}
