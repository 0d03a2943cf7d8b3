import PeopleCore

/// Per-address results of an invitation, marked like every change's results (✓ done,
/// – skipped, ✗ failed, · not sent), each with the detail in the server's words.
struct AddressReportDialog {
    let report: AddressReport

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        // Each result on one line when wrapped ones would not all fit (an off-boarding's
        // person × step): every outcome stays on screen; the results file has the words whole.
        let room = DialogBox.contentRows(screenHeight: frame.size.height) - 4
        let maxLines = report.results.count * 2 > room ? 1 : 3
        for result in report.results {
            let who = TerminalText.truncated(
                result.displayName.map { "\($0) <\(result.email)>" } ?? result.email, toWidth: ResultsDialog.labelWidth)
            lines.append(
                DialogBox.Line(
                    "\(ResultsDialog.mark(result.outcome)) \(who): \(result.detail)",
                    ResultsDialog.style(result.outcome),
                    maxLines: maxLines))
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
