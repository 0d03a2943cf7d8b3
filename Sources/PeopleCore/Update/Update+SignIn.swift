import DocSpaceAPI

extension AppState {
    var isSignInOpen: Bool {
        if case .signIn = dialog { return true }
        return false
    }

    /// The portal answered 401 midway: the token expired or was revoked. The sign-in dialog
    /// opens over the view, which stays as it is (list, cursor, marks, search). A change the
    /// 401 refused is remembered only to tell the admin to retry it: it is never resent.
    mutating func sessionExpired(_ error: DocSpaceError, refusedChange: ChangeKind?, into effects: inout [Effect]) {
        if case .signIn(var prompt) = dialog {
            if let refusedChange, prompt.refusedChange == nil {
                prompt.refusedChange = refusedChange
                dialog = .signIn(prompt)
            }
            return
        }
        if case .confirm(let confirmation) = dialog {
            say("\(confirmation.action.kind.name) not sent: the portal wants you to sign in again", .warning)
        }
        var prompt = SignInPrompt(
            email: session.me.email ?? "", canSignIn: session.canSignInAgain,
            reason: ErrorText.explain(error), refusedChange: refusedChange)
        prompt.underneath = DialogUnderSignIn(dialog)
        dialog = .signIn(prompt)
        effects.append(.flushTypeAhead)
        effects.append(.bell)
    }

    mutating func handleSignInKey(_ key: Key, _ prompt: SignInPrompt, into effects: inout [Effect]) {
        var prompt = prompt
        let action = keys.binding(for: key, in: .signIn)?.action
        if prompt.isSigningIn {
            // One attempt at a time; Esc gives up on it.
            guard action == .cancel else { return }
            let running = inFlight.filter { $0.value == .signIn }.map(\.key).sorted()
            if !running.isEmpty {
                effects.append(.cancel(running))
                for id in running { _ = finish(id) }
            }
            prompt.isSigningIn = false
            prompt.problem = "Stopped signing in"
            dialog = .signIn(prompt)
            return
        }
        switch action {
        case .cancel:
            dialog = prompt.underneath?.dialog
            // Both hints are about the listing: a page that arrives shows the session works again.
            say(
                "Not signed in: the view stays as it was; r reloads once you are signed in (\(SignInPrompt.loginCommand))",
                .warning, about: .listing)
            return
        case .submit:
            guard prompt.canSignIn else {
                dialog = prompt.underneath?.dialog
                say(
                    "Sign in with `\(SignInPrompt.loginCommand)` in another shell, then press r here", .warning,
                    about: .listing)
                return
            }
            let email = prompt.email.trimmingCharacters(in: .whitespaces)
            if email.isEmpty {
                prompt.problem = "Type your e-mail first"
                prompt.field = .email
            } else if prompt.password.isEmpty {
                prompt.problem = "Type your password"
                prompt.field = .password
            } else {
                effects.append(request(.signIn, .signIn(email: email, password: prompt.password)))
                // The password leaves the state as soon as it is on its way.
                prompt.password = Password(limit: SignInPrompt.longestField)
                prompt.isSigningIn = true
                prompt.problem = nil
            }
        case .nextField:
            if prompt.canSignIn { prompt.field = prompt.field == .email ? .password : .email }
        case .edit(let fieldKey):
            guard prompt.canSignIn else { return }
            switch prompt.field {
            case .email: prompt.emailLine.apply(fieldKey)
            case .password: prompt.password.editor.apply(fieldKey)
            }
        default:
            guard prompt.canSignIn else { return }
            switch prompt.field {
            case .email: prompt.emailLine.edit(key)
            case .password: prompt.password.editor.edit(key)
            }
        }
        dialog = .signIn(prompt)
    }

    /// The sign-in answered. Signed in: the reads that failed are asked again (the list keeps
    /// its rows meanwhile); a refused change is NOT resent, the admin is told to retry it.
    mutating func signInAnswered(_ response: Response, into effects: inout [Effect]) {
        var prompt: SignInPrompt?
        if case .signIn(let open) = dialog { prompt = open }
        switch response {
        case .signedIn:
            if let prompt { dialog = prompt.underneath?.dialog }
            reload(keepRows: true, into: &effects)
            reloadDetail(into: &effects)
            if let kind = prompt?.refusedChange {
                say(
                    "Signed in again. The \(kind.verb.lowercased()) was refused and not sent again: press \(keys.keyName(for: kind.action) ?? "the key") to retry it",
                    .warning)
            } else if case .addPerson(let form)? = prompt?.underneath, !form.isSending {
                say("Signed in again. The person was not added: the form is as you left it, Enter sends it", .warning)
            } else if case .invite(let form)? = prompt?.underneath, !form.isSending {
                say(
                    "Signed in again. No invitation was sent: the addresses are as you left them, Enter sends them",
                    .warning)
            } else {
                say("Signed in again; reloading", .success)
            }
        case .failure(.cancelled):
            break
        case .failure(let error):
            guard var prompt else {
                say("Could not sign in: \(ErrorText.explain(error))", .error)
                return
            }
            prompt.isSigningIn = false
            prompt.problem = ErrorText.explain(error)
            prompt.field = .password
            dialog = .signIn(prompt)
            effects.append(.bell)
        default:
            break
        }
    }

    /// The add form, open or waiting under the sign-in dialog; setting it writes it back
    /// where it is (nil closes it).
    var addFormInPlay: AddPersonForm? {
        get { formInPlay(Self.addForm) }
        set { setFormInPlay(newValue, Self.addForm, Dialog.addPerson) }
    }

    /// The invite dialog, open or waiting under the sign-in dialog; setting it writes it back
    /// where it is.
    var inviteFormInPlay: InviteForm? {
        get { formInPlay(Self.inviteForm) }
        set { setFormInPlay(newValue, Self.inviteForm, Dialog.invite) }
    }

    private static func addForm(_ dialog: Dialog) -> AddPersonForm? {
        if case .addPerson(let form) = dialog { form } else { nil }
    }

    private static func inviteForm(_ dialog: Dialog) -> InviteForm? {
        if case .invite(let form) = dialog { form } else { nil }
    }

    /// The form `extract` finds in the dialog, or under the sign-in dialog.
    private func formInPlay<Form>(_ extract: (Dialog) -> Form?) -> Form? {
        guard let dialog else { return nil }
        if case .signIn(let prompt) = dialog { return prompt.underneath.flatMap { extract($0.dialog) } }
        return extract(dialog)
    }

    /// Writes `form` back where `formInPlay` finds it: under the sign-in dialog if it waits
    /// there, else as the dialog.
    private mutating func setFormInPlay<Form>(_ form: Form?, _ extract: (Dialog) -> Form?, _ embed: (Form) -> Dialog) {
        if case .signIn(var prompt) = dialog {
            guard let under = prompt.underneath, extract(under.dialog) != nil else { return }
            prompt.underneath = form.flatMap { DialogUnderSignIn(embed($0)) }
            dialog = .signIn(prompt)
        } else {
            dialog = form.map(embed)
        }
    }

    /// Opens `shown`, or, while the sign-in dialog is up, puts it underneath (in place of the
    /// form it answers) so the sign-in stays in front and the results are not lost.
    mutating func present(_ shown: Dialog) {
        if case .signIn(var prompt) = dialog, let kept = DialogUnderSignIn(shown) {
            prompt.underneath = kept
            dialog = .signIn(prompt)
        } else {
            dialog = shown
        }
    }
}
