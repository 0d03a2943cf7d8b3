import DocSpaceAPI

extension AppState {
    /// `n`: opens an empty add-person form, unless the admin may add nobody.
    mutating func openAddPersonForm(into effects: inout [Effect]) {
        guard mayOpenForm(giving: .guest, refusal: "Can't add people", into: &effects) else { return }
        dialog = .addPerson(AddPersonForm(me: session.me))
        effects.append(.flushTypeAhead)
    }

    mutating func handleAddPersonKey(_ key: Key, _ form: AddPersonForm, into effects: inout [Effect]) {
        var form = form
        defer { if case .addPerson = dialog { dialog = .addPerson(form) } }
        if form.confirmingDiscard {
            answerDiscardQuestion(key, confirming: &form.confirmingDiscard, discarded: "Discarded: nobody was added")
            return
        }
        if form.isSending {
            if key == .escape { say("The request is on its way: wait for the portal's answer", .warning) }
            return
        }
        let action = keys.binding(for: key, in: .personForm)?.action
        switch action {
        case .nextField:
            moveFocus(of: &form, by: 1)
        case .previousField:
            moveFocus(of: &form, by: -1)
        case .nextChoice, .previousChoice:
            if form.focus == .type {
                let all = AddPersonForm.types
                let index = all.firstIndex(of: form.type) ?? 0
                let step = action == .nextChoice ? 1 : all.count - 1
                form.type = all[(index + step) % all.count]
                form.serverErrors[.type] = nil
            } else {
                // On a text field Space types and ←/→ move the cursor.
                edit(&form) { $0.edit(key) }
            }
        case .submit:
            if form.focus == AddPersonForm.Field.allCases.last {
                submit(&form, into: &effects)
            } else {
                moveFocus(of: &form, by: 1)
            }
        case .send:
            submit(&form, into: &effects)
        case .cancel:
            if form.hasInput {
                form.confirmingDiscard = true
            } else {
                dialog = nil
                say("Cancelled: nobody was added")
            }
        case .edit(let fieldKey):
            edit(&form) { $0.apply(fieldKey) }
        default:
            edit(&form) { $0.edit(key) }
        }
    }

    private mutating func moveFocus(of form: inout AddPersonForm, by step: Int) {
        form.visited.insert(form.focus)
        let all = AddPersonForm.Field.allCases
        let index = all.firstIndex(of: form.focus) ?? 0
        form.focus = all[(index + step + all.count) % all.count]
    }

    /// Applies an edit to the focused text field (the password included); the server's
    /// complaint about that field goes once its text changes, as the admin is fixing it.
    private func edit(_ form: inout AddPersonForm, _ change: (inout LineEditor) -> Bool) {
        guard var line = form[line: form.focus] else { return }
        let changed = change(&line)
        form[line: form.focus] = line
        guard changed else { return }
        form.serverErrors[form.focus] = nil
        if form.focus == .firstName || form.focus == .lastName {
            // "Incorrect firstname or lastname" is about both.
            form.serverErrors[.firstName] = nil
            form.serverErrors[.lastName] = nil
        }
    }

    /// Enter on the last field or Ctrl-S: every field is checked; the first bad one gets the
    /// focus, otherwise the request goes out and the form waits for the answer.
    private mutating func submit(_ form: inout AddPersonForm, into effects: inout [Effect]) {
        form.visited = Set(AddPersonForm.Field.allCases)
        form.generalError = nil
        if let bad = form.firstInvalidField {
            form.focus = bad
            effects.append(.bell)
            return
        }
        if isChangeInFlight {
            form.generalError = "Wait: a change is still running"
            return
        }
        form.serverErrors = [:]
        form.isSending = true
        let draft = form.draft
        // The purpose keeps what the answer needs, not the password.
        var remembered = draft
        remembered.password = nil
        effects.append(request(.create(remembered), .create(draft)))
    }

    /// The portal answered the add: the person is shown, selected, in the list; or the form
    /// stays open with everything typed and the server's words on the field they concern.
    mutating func personCreated(_ draft: PersonDraft, _ response: Response, into effects: inout [Effect]) {
        var form: AddPersonForm?
        form = addFormInPlay
        switch response {
        case .created(let person):
            effects.append(
                .audit(
                    formsAuditEntry(
                        action: "add", request: draft.serverCall,
                        targets: [
                            .init(
                                id: person.id, email: person.email ?? draft.email, displayName: person.displayName,
                                outcome: "done", detail: "added as \(person.type.displayName)")
                        ])))
            if form != nil { addFormInPlay = nil }
            show(person, into: &effects)
            var text = "Added \(PendingAction.label(for: person)) as \(person.type.displayName)"
            if person.type != draft.type {
                text += ", not \(draft.type.displayName): the portal had no free seat for that type"
                say(text, .warning)
            } else {
                say(text, .success)
            }
        case .failure(let error):
            // A portal that echoed the password in its message must not get it shown or logged.
            let password = form?.password ?? Password()
            let words = Self.hiding(password, in: ErrorText.explain(error))
            effects.append(
                .audit(
                    formsAuditEntry(
                        action: "add", request: draft.serverCall,
                        targets: [
                            .init(id: nil, email: draft.email, displayName: nil, outcome: "failed", detail: words)
                        ])))
            effects.append(.bell)
            guard var open = form else {
                say("Not added: \(words)", .error)
                if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
                return
            }
            open.isSending = false
            place(error, on: &open)
            for (field, text) in open.serverErrors { open.serverErrors[field] = Self.hiding(password, in: text) }
            open.generalError = open.generalError.map { Self.hiding(password, in: $0) }
            addFormInPlay = open
            say("Not added: \(words)", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            break
        }
    }

    /// The text with the password (if one was typed and is long enough to tell) blanked out.
    static func hiding(_ password: Password, in text: String) -> String {
        guard password.count >= 4 else { return text }
        return text.replacingOccurrences(of: password.revealed, with: "(password)")
    }

    /// The server's words on the field they concern, or at the bottom.
    private func place(_ error: DocSpaceError, on form: inout AddPersonForm) {
        switch error {
        case .badRequest(let message, _):
            if let message, let field = AddPersonForm.field(forServerMessage: message) {
                form.serverErrors[field] = message
                if field == .firstName { form.serverErrors[.lastName] = message }
                form.focus = field
                return
            }
        case .paymentRequired(let message):
            form.serverErrors[.type] = ErrorText.explain(.paymentRequired(message: message))
            form.focus = .type
            return
        case .forbidden:
            form.serverErrors[.type] = ErrorText.explain(error) + " (may you add this type?)"
            form.focus = .type
            return
        default:
            break
        }
        if error.isUnclear {
            form.generalError =
                "\(ErrorText.explain(error)). No clear answer: the person may have been added; r reloads the list before you try again"
        } else {
            form.generalError = ErrorText.explain(error)
        }
    }

    /// Puts the cursor on a person the portal just created: a search for their e-mail (the
    /// filters that would hide them are reset), so they are in the list and selected whatever
    /// the sort and however many pages there are.
    mutating func show(_ person: Person, into effects: inout [Effect]) {
        if let status = filters.status, status != person.status { filters.status = nil }
        if let type = filters.type, type != person.type { filters.type = nil }
        // A new person is in no group yet.
        if case .group = filters.group { filters.group = nil }
        focus = .list
        applySearch(person.email ?? person.displayName, into: &effects)
        anchorID = person.id
    }
}
