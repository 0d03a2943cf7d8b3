import PeopleCore

/// Per-address results of an invitation or a resend: ✓ done, – skipped, ✗ failed, each with
/// the detail in the server's words.
struct AddressReportDialog {
    let report: AddressReport

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        for result in report.results {
            let (mark, style): (String, Style) =
                switch result.outcome {
                case .done: ("✓", Style(.success))
                case .skipped: ("–", Style.muted)
                case .failed: ("✗", Style(.danger))
                }
            let who = result.displayName.map { "\($0) <\(result.email)>" } ?? result.email
            lines.append(DialogBox.Line("\(mark) \(who): \(result.detail)", style, maxLines: 2))
        }
        let counts = "\(report.count(.done)) done · \(report.count(.skipped)) skipped · \(report.count(.failed)) failed"
        DialogBox(
            title: "Results: " + report.title, lines: lines,
            footer: [
                DialogBox.Line(""), DialogBox.Line(counts, .bold), DialogBox.Line("Enter or Esc closes.", .muted),
            ],
            style: Style(report.count(.failed) > 0 ? .warning : .success, bold: true)
        )
        .draw(into: &frame)
    }
}
