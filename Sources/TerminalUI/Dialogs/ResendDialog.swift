import DocSpaceAPI
import PeopleCore

/// `I`: who gets the invitation again, who is left out, the portal, the request, y/N.
struct ResendDialog {
    let confirmation: ResendConfirmation

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        let maxNames = max(1, frame.size.height - 16)
        for person in confirmation.targets.prefix(maxNames) {
            lines.append(DialogBox.Line("• " + PendingAction.label(for: person), .bold, maxLines: 1))
        }
        if confirmation.targets.count > maxNames {
            lines.append(DialogBox.Line("  + \(confirmation.targets.count - maxNames) more", .muted))
        }
        lines.append(DialogBox.Line(""))
        lines.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        lines.append(DialogBox.Line("Request: " + ResendConfirmation.serverCall + " (at most 100 per request)", Style(.accent)))
        lines.append(DialogBox.Line("Each gets the invitation e-mail again. The portal allows only a few of these requests per 15 minutes."))
        if !confirmation.skipped.isEmpty {
            let names = confirmation.skipped.prefix(3).map { "\($0.person.displayName) (\($0.reason))" }
            let more = confirmation.skipped.count > 3 ? " + \(confirmation.skipped.count - 3) more" : ""
            lines.append(DialogBox.Line("Left out: " + names.joined(separator: ", ") + more, .muted, maxLines: 2))
        }
        let footer = [DialogBox.Line(""), DialogBox.Line("[y] Yes     [N] No  (Enter, Esc and n cancel)", .bold)]
        DialogBox(title: confirmation.title, lines: lines, footer: footer, style: Style(.accent, bold: true))
            .draw(into: &frame)
    }
}
