import PeopleCore

/// Per-address results of an invitation, marked like every change's results (✓ done,
/// – skipped, ✗ failed, · not sent), each with the detail in the server's words.
struct AddressReportDialog {
    let report: AddressReport

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        for result in report.results {
            let who = TerminalText.truncated(
                result.displayName.map { "\($0) <\(result.email)>" } ?? result.email, toWidth: ResultsDialog.labelWidth)
            lines.append(
                DialogBox.Line(
                    "\(ResultsDialog.mark(result.outcome)) \(who): \(result.detail)",
                    ResultsDialog.style(result.outcome),
                    maxLines: 3))
        }
        let counts = TargetOutcome.line(count: report.count)
        DialogBox(
            title: "Results: " + report.title, lines: lines,
            footer: [
                DialogBox.Line(""), DialogBox.Line(counts, .bold), DialogBox.Line("Enter or Esc closes.", .muted),
            ],
            style: Style(report.count(.failed) > 0 ? .warning : .success, bold: true),
            preferredWidth: 96
        )
        .draw(into: &frame)
    }
}
