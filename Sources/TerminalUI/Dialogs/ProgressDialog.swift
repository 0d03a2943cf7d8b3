import DocSpaceAPI
import PeopleCore

/// A change of several people on its way: a bar of people answered out of all, the batch on
/// its way, and what Esc does (stops after that batch; a batch sent cannot be called back).
struct ProgressDialog {
    let run: ChangeRun
    let portal: String
    /// Seconds left of the rate limit's wait (`AppState.runResumesAt`), while the run waits.
    var waitLeft: Double? = nil

    func draw(into frame: inout Frame) {
        let action = run.action
        let title = run.title
        let width = min(64, frame.size.width - 2) - 4
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        switch run.phase {
        case .checking:
            lines.append(
                DialogBox.Line(
                    "Checking the \(NumberText.grouped(run.total)) people on the portal before sending; nothing is sent yet."
                ))
        case .sending, .rereading, .waiting:
            if let wait = run.waiting {
                let left = Int((waitLeft ?? wait.seconds).rounded(.up))
                lines.append(
                    DialogBox.Line(
                        "The portal's rate limit turned the next \(PeopleCount(wait.batch.targets.count).text) away (429): nothing of them was changed; they go again in \(max(0, left)) s.",
                        Style(.warning, bold: true)))
            }
            if run.phase == .rereading {
                lines.append(
                    DialogBox.Line(
                        "A batch was refused or its answer lost: reading its people back to see what the portal did.",
                        Style(.warning, bold: true)))
            }
            let counts = " \(NumberText.grouped(run.answeredCount))/\(NumberText.grouped(run.total))"
            lines.append(
                DialogBox.Line(
                    Self.bar(
                        done: run.answeredCount, total: run.total,
                        width: max(4, width - counts.count - 2)) + counts,
                    Style(.accent, bold: true), maxLines: 1))
            if run.waiting == nil {
                lines.append(
                    DialogBox.Line(
                        "Batch \(NumberText.grouped(run.batchesSent)) of \(NumberText.grouped(run.batchCount)) on its way (at most \(run.batchSize) people each)",
                        .muted))
            }
        }
        lines.append(DialogBox.Line(""))
        lines.append(DialogBox.Line("Portal:  " + portal, maxLines: 1))
        lines.append(DialogBox.Line("Request: " + action.serverCall, Style(.accent), maxLines: 1))
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if run.stopRequested {
            footer.append(
                DialogBox.Line(
                    "Stopping after this batch: \(NumberText.grouped(run.unsent.count)) will not be sent.",
                    Style(.warning, bold: true)))
        } else if run.phase == .checking {
            footer.append(DialogBox.Line("Esc stops: nothing is sent.", .bold))
        } else if let wait = run.waiting {
            // Nothing is on its way during the wait: Esc ends the run now.
            let unsent = wait.batch.targets.count + run.unsent.count
            footer.append(DialogBox.Line("Esc stops now: \(NumberText.grouped(unsent)) will not be sent.", .bold))
        } else {
            footer.append(DialogBox.Line("Esc stops after this batch (a batch sent cannot be called back).", .bold))
        }
        DialogBox(title: title, lines: lines, footer: footer, style: Style(.accent, bold: true), preferredWidth: 64)
            .draw(into: &frame)
    }

    /// "[██████░░░░░░]"
    static func bar(done: Int, total: Int, width: Int) -> String {
        let inner = max(1, width - 2)
        let filled = total == 0 ? 0 : min(inner, done * inner / total)
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: inner - filled) + "]"
    }
}
