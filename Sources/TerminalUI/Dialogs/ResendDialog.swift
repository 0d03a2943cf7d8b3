import DocSpaceAPI
import PeopleCore

/// `I`: who gets the invitation again, who is left out, the portal, the request, y/N.
struct ResendDialog {
    let confirmation: ResendConfirmation
    /// How far the names are scrolled (`AppState.peopleScroll`).
    var scroll = 0

    func draw(into frame: inout Frame) {
        var after: [DialogBox.Line] = [DialogBox.Line("")]
        after.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        after.append(
            DialogBox.Line("Request: " + ResendConfirmation.serverCall + " (at most 100 per request)", Style(.accent)))
        after.append(
            DialogBox.Line(
                "Each gets the invitation e-mail again. The portal allows only a few of these requests per 15 minutes.")
        )
        if let leftOut = PeopleInQuestion.leftOut(confirmation.skipped) { after.append(leftOut) }
        let footer = [DialogBox.Line(""), DialogBox.Line("[y] Yes     [N] No  (Enter, Esc and n cancel)", .bold)]
        let lines = PeopleInQuestion.body(
            people: confirmation.targets, after: after, footer: footer, screen: frame.size,
            scroll: scroll)
        DialogBox(title: confirmation.title, lines: lines, footer: footer, style: Style(.accent, bold: true))
            .draw(into: &frame)
    }
}
