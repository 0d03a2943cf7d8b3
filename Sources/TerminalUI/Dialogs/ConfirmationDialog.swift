import DocSpaceAPI
import PeopleCore

/// The confirmation: who (display name and e-mail), how many, where (portal), what the server
/// will be asked (the request line), marked people the filter hides, and the keys. Enter, Esc
/// and n say No; only y says Yes, or the typed word for bulk deletes.
struct ConfirmationDialog {
    let confirmation: Confirmation

    func draw(into frame: inout Frame) {
        let action = confirmation.action
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        let maxNames = max(1, frame.size.height - 16)
        for person in action.targets.prefix(maxNames) {
            lines.append(DialogBox.Line("• " + PendingAction.label(for: person), .bold, maxLines: 1))
        }
        if action.targets.count > maxNames {
            lines.append(DialogBox.Line("  + \(action.targets.count - maxNames) more", .muted))
        }
        lines.append(DialogBox.Line(""))
        lines.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        lines.append(DialogBox.Line("Request: " + action.serverCall, Style(.accent)))
        lines.append(DialogBox.Line(action.consequence))
        // bulk: more than one batch: how it goes out, and that Esc can stop between batches.
        if action.targets.count > BulkRun.batchSize {
            let batches = (action.targets.count + BulkRun.batchSize - 1) / BulkRun.batchSize
            lines.append(DialogBox.Line("Sent in \(batches) batches of at most \(BulkRun.batchSize); Esc stops after the batch on its way.", .muted))
        }
        if confirmation.hiddenByFilter > 0 {
            let n = confirmation.hiddenByFilter
            lines.append(DialogBox.Line("\(n) of them \(n == 1 ? "is" : "are") hidden by the current filter or search.",
                                        Style(.warning, bold: true)))
        }
        if !confirmation.skipped.isEmpty {
            let names = confirmation.skipped.prefix(3).map { "\($0.person.displayName) (\($0.reason))" }
            let more = confirmation.skipped.count > 3 ? " + \(confirmation.skipped.count - 3) more" : ""
            lines.append(DialogBox.Line("Left out: " + names.joined(separator: ", ") + more, .muted, maxLines: 2))
        }
        // The keys: the footer, which no length of names can push off the screen.
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if let word = confirmation.requiredWord {
            footer.append(DialogBox.Line("Type \(word) and press Enter to confirm; Esc cancels.", .bold))
            footer.append(DialogBox.Line("> " + confirmation.typed + "▏", Style(.accent, bold: true), maxLines: 1))
            if let hint = confirmation.hint { footer.append(DialogBox.Line(hint, Style(.warning))) }
        } else {
            footer.append(DialogBox.Line("[y] Yes     [N] No  (Enter, Esc and n cancel)", .bold))
        }
        let style = action.kind == .reactivate ? Style(.accent, bold: true) : Style(.danger, bold: true)
        DialogBox(title: confirmation.title, lines: lines, footer: footer, style: style).draw(into: &frame)
    }
}

/// `q` while a change is in flight.
struct QuitDialog {
    func draw(into frame: inout Frame) {
        DialogBox(title: "Quit?", lines: [
            DialogBox.Line(""),
            DialogBox.Line("A change is still on its way to the server. If you quit now you will"),
            DialogBox.Line("not see whether it worked."),
        ], footer: [
            DialogBox.Line(""),
            DialogBox.Line("[y] Quit anyway     [N] Stay  (Enter, Esc and n stay)", .bold),
        ], style: Style(.warning, bold: true), preferredWidth: 64).draw(into: &frame)
    }
}
