import PeopleCore

/// The portal answered 401 midway. With a password session: the e-mail (prefilled) and the
/// password, masked, so the admin signs in again without losing the view. Otherwise (an API
/// key, the demo): how to sign in outside the app. A change the 401 refused is named, with
/// the fact that it was not resent.
struct SignInDialog {
    let prompt: SignInPrompt
    let portal: String

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        lines.append(DialogBox.Line("The portal no longer accepts this session: " + prompt.reason))
        lines.append(DialogBox.Line("The view stays as it is: the list, the cursor and the marks.", .muted))
        if let underneath = prompt.underneath {
            lines.append(DialogBox.Line(underneath.waitingNote, .muted))
        }
        if let kind = prompt.refusedChange {
            lines.append(
                DialogBox.Line(
                    "The \(kind.verb.lowercased()) was refused and will not be sent again by itself: retry it after signing in.",
                    Style(.warning, bold: true)))
        }
        // The fields and the keys: the footer, which no server message can push off the screen.
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        footer.append(DialogBox.Line("Portal:   " + portal, maxLines: 1))
        if prompt.canSignIn {
            let focused = Style(.accent, bold: true)
            let inner = DialogBox.innerWidth(screenWidth: frame.size.width)
            footer.append(
                FormText.typed(
                    lead: "E-mail:   ", line: prompt.emailLine,
                    cursor: prompt.field == .email && !prompt.isSigningIn, width: inner,
                    style: prompt.field == .email ? focused : .plain))
            footer.append(
                FormText.typed(
                    lead: "Password: ", line: prompt.password.editor,
                    cursor: prompt.field == .password && !prompt.isSigningIn, width: inner,
                    style: prompt.field == .password ? focused : .plain, mask: "•"))
            if let problem = prompt.problem {
                footer.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 2))
            }
            footer.append(DialogBox.Line(""))
            if prompt.isSigningIn {
                footer.append(DialogBox.Line("Signing in…  (Esc stops)", .bold))
            } else {
                footer.append(DialogBox.Line("Enter signs in · Tab next field · Esc closes", .bold))
            }
        } else {
            footer.append(DialogBox.Line(""))
            footer.append(
                DialogBox.Line(
                    "This session uses an API key or the demo, so it cannot sign in from here. "
                        + "Run `\(SignInPrompt.loginCommand)` in another shell (or set a new DOCSPACE_TOKEN), "
                        + "then press r here.", .bold, maxLines: 4))
            footer.append(DialogBox.Line(""))
            footer.append(DialogBox.Line("Enter or Esc closes.", .muted))
        }
        DialogBox(title: "Sign in again (401)", lines: lines, footer: footer, style: Style(.warning, bold: true))
            .draw(into: &frame)
    }
}
