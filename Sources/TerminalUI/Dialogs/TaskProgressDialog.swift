import PeopleCore

/// A demotion or a hand-over running at the portal: who, how far, and that Esc only stops
/// watching.
struct TaskProgressDialog {
    let watch: TaskWatch

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        if let person = watch.current {
            lines.append(
                DialogBox.Line(
                    "\(watch.position) of \(watch.total): " + PendingAction.label(for: person),
                    .bold, maxLines: 1))
            let percent = watch.progress?.percentage ?? 0
            let bar = Self.bar(percent: percent, width: 40)
            let state = watch.isCancelling ? "cancelling…" : watch.progress == nil ? "starting…" : "\(percent) %"
            lines.append(DialogBox.Line(bar + " " + state, Style(.accent), maxLines: 1))
        } else {
            lines.append(DialogBox.Line("Finishing…", .muted))
        }
        lines.append(DialogBox.Line("Rooms and files go to: " + PendingAction.label(for: watch.receiver), maxLines: 1))
        if !watch.done.isEmpty || !watch.failed.isEmpty {
            lines.append(
                DialogBox.Line(
                    "Done \(NumberText.grouped(watch.done.count)) · failed \(NumberText.grouped(watch.failed.count))",
                    .muted))
        }
        if watch.isHandover {
            lines.append(DialogBox.Line("The delete follows once every hand-over is complete.", .muted))
        }
        let footer = [
            DialogBox.Line(""),
            watch.isCancelling
                ? DialogBox.Line("Asked the portal to cancel; waiting for its answer.", .bold)
                : DialogBox.Line("x cancels the portal's task · Esc only stops watching", .bold),
        ]
        DialogBox(
            title: watch.title, lines: lines, footer: footer, style: Style(.accent, bold: true),
            preferredWidth: 64
        ).draw(into: &frame)
    }

    /// "[██████░░░░]"
    static func bar(percent: Int, width: Int) -> String {
        let filled = max(0, min(width, percent * width / 100))
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
    }
}
