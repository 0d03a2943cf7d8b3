import DocSpaceAPI
import PeopleCore

/// The confirmation: who (display name and e-mail), how many, where (portal), what the server
/// will be asked (the request line), marked people the filter hides, and the keys. Enter, Esc
/// and n say No; only y says Yes, or the typed answer (`DELETE` for a delete of several, the
/// number of people for more than `Confirmation.typedCountThreshold`).
struct ConfirmationDialog {
    let confirmation: Confirmation
    /// How far the names are scrolled (`AppState.peopleScroll`).
    var scroll = 0

    func draw(into frame: inout Frame) {
        let action = confirmation.action
        // What follows the names: it stays on screen whatever the number of people.
        var after: [DialogBox.Line] = [DialogBox.Line("")]
        after.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        after.append(DialogBox.Line("Request: " + action.serverCall, Style(.accent)))
        after.append(DialogBox.Line(action.consequence))
        if confirmation.hiddenByFilter > 0 {
            let n = confirmation.hiddenByFilter
            after.append(
                DialogBox.Line(
                    "\(NumberText.grouped(n)) of them \(n == 1 ? "is" : "are") hidden by the current filter or search.",
                    Style(.warning, bold: true)))
        }
        if let leftOut = PeopleInQuestion.leftOut(confirmation.skipped) { after.append(leftOut) }
        // More than one batch: how it goes out, and that Esc can stop between batches.
        if action.targets.count > BulkRun.batchSize {
            let batches = (action.targets.count + BulkRun.batchSize - 1) / BulkRun.batchSize
            after.append(
                DialogBox.Line(
                    "Sent in \(NumberText.grouped(batches)) batches of at most \(BulkRun.batchSize); Esc stops after the batch on its way.",
                    .muted))
        }
        // The keys: the footer, which no length of names can push off the screen.
        let footer = TypedAnswerFooter.lines(confirmation.typedAnswer, count: action.targets.count)
        let lines = PeopleInQuestion.body(
            people: action.targets, after: after, footer: footer, screen: frame.size,
            scroll: scroll)
        let style = action.kind == .reactivate ? Style(.accent, bold: true) : Style(.danger, bold: true)
        DialogBox(title: confirmation.title, lines: lines, footer: footer, style: style).draw(into: &frame)
    }
}

/// `q` or Ctrl-C while a change is in flight.
struct QuitDialog {
    func draw(into frame: inout Frame) {
        DialogBox(
            title: "Quit?",
            lines: [
                DialogBox.Line(""),
                DialogBox.Line(
                    "A change is still on its way to the server. If you quit now you will not see whether it worked."),
                DialogBox.Line("The audit log will say it was sent and that its outcome is not known."),
            ],
            footer: [
                DialogBox.Line(""),
                DialogBox.Line("[y] Quit anyway     [N] Stay  (Enter, Esc and n stay; Ctrl-C quits)", .bold),
            ], style: Style(.warning, bold: true), preferredWidth: 64
        ).draw(into: &frame)
    }
}
