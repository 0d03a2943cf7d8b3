import DocSpaceAPI

extension AppState {
    /// `i`: opens the invite dialog.
    mutating func openInviteForm(into effects: inout [Effect]) {
        guard mayOpenForm(giving: .user, refusal: "Can't invite", into: &effects) else { return }
        dialog = .invite(InviteForm(me: session.me))
        effects.append(.flushTypeAhead)
    }

    mutating func handleInviteKey(_ key: Key, _ form: InviteForm, into effects: inout [Effect]) {
        var form = form
        defer { if case .invite = dialog { dialog = .invite(form) } }
        if form.confirmingDiscard {
            answerDiscardQuestion(
                key, confirming: &form.confirmingDiscard, discarded: "Discarded: no invitation was sent")
            return
        }
        if form.isSending {
            guard key == .escape else { return }
            // The look-ups are reads and can be stopped; the invitation itself cannot.
            let lookups = inFlight.filter { if case .inviteLookup = $0.value { true } else { false } }.map(\.key)
                .sorted()
            if lookups.isEmpty {
                say("The invitation is on its way: wait for the portal's answer", .warning)
            } else {
                effects.append(.cancel(lookups))
                for id in lookups { _ = finish(id) }
                form.isSending = false
                form.problem = "Stopped before anything was sent"
            }
            return
        }
        let action = keys.binding(for: key, in: .inviteForm)?.action
        switch action {
        case .nextField, .previousField:
            form.focus = form.focus == .addresses ? .type : .addresses
        case .nextChoice, .previousChoice:
            if form.focus == .type {
                let all = InviteForm.types
                let index = all.firstIndex(of: form.type) ?? 0
                let step = action == .nextChoice ? 1 : all.count - 1
                form.type = all[(index + step) % all.count]
                form.problem = nil
            } else {
                // In the addresses Space types and ←/→ move the cursor.
                edit(&form) { $0.edit(key) }
            }
        case .submit:
            // A pasted column of addresses arrives as characters and Enters: in the
            // addresses an Enter is a line break; on the type it sends.
            if form.focus == .addresses {
                edit(&form) { $0.insert("\n") }
            } else {
                sendInvitations(&form, into: &effects)
            }
        case .send:
            sendInvitations(&form, into: &effects)
        case .cancel:
            if form.hasInput {
                form.confirmingDiscard = true
            } else {
                dialog = nil
                say("Cancelled: no invitation was sent")
            }
        case .edit(let fieldKey):
            if form.focus == .addresses { edit(&form) { $0.apply(fieldKey) } }
        default:
            // Typing (or pasting) always goes to the addresses; the editing keys only there.
            if key.typedCharacter != nil || key.isPaste { form.focus = .addresses }
            if form.focus == .addresses { edit(&form) { $0.edit(key) } }
        }
    }

    /// An edit of the addresses; the refusal shown goes once the text changes.
    private func edit(_ form: inout InviteForm, _ change: (inout LineEditor) -> Bool) {
        if change(&form.line) { form.problem = nil }
    }

    /// Ctrl-S, or Enter on the type: every address must pass the server's e-mail check
    /// first; then each is looked up, so that people who already have an account are left
    /// out rather than quietly changed (an invitation raises an existing person's type).
    private mutating func sendInvitations(_ form: inout InviteForm, into effects: inout [Effect]) {
        let addresses = form.addresses
        if addresses.isEmpty {
            form.problem = "Type or paste at least one e-mail"
            form.focus = .addresses
            effects.append(.bell)
            return
        }
        let bad = form.badAddresses(includingUnfinished: true)
        if !bad.isEmpty {
            let named = bad.prefix(3).map { "\($0.address) (\($0.problem))" }.joined(separator: ", ")
            form.problem =
                "Fix or remove \(bad.count == 1 ? "this address" : "\(bad.count) addresses"): \(named)"
                + (bad.count > 3 ? " + \(bad.count - 3) more" : "") + ". Nothing was sent."
            form.focus = .addresses
            effects.append(.bell)
            return
        }
        if let problem = form.typeProblem {
            form.problem = problem
            form.focus = .type
            effects.append(.bell)
            return
        }
        if isChangeInFlight {
            form.problem = "Wait: a change is still running"
            return
        }
        form.isSending = true
        form.problem = nil
        effects.append(request(.inviteLookup(form), .lookUpEmails(addresses)))
    }

    /// The addresses as the portal knows them: members are left out, disabled people are
    /// refused (the server would refuse the whole request), the rest are invited.
    mutating func inviteLookupsAnswered(_ form: InviteForm, _ response: Response, into effects: inout [Effect]) {
        var open: InviteForm? = nil
        open = inviteFormInPlay
        switch response {
        case .emailLookups(let lookups):
            var known: [AddressResult] = []
            var toSend: [String] = []
            for address in form.addresses {
                switch lookups.first(where: { $0.email == address }) {
                case .found(_, let person):
                    known.append(Self.existingMember(address, person))
                case .failed(_, let error):
                    if case .unauthorized = error {
                        open?.isSending = false
                        open?.problem = "Nothing was sent: \(ErrorText.explain(error))"
                        if let open { inviteFormInPlay = open }
                        sessionExpired(error, refusedChange: nil, into: &effects)
                        return
                    }
                    // Not visible to us, or the look-up failed: the portal decides.
                    toSend.append(address)
                case .missing, nil:
                    toSend.append(address)
                }
            }
            let plan = InvitePlan(type: form.type, sent: toSend, known: known, order: form.addresses)
            if toSend.isEmpty {
                finishInvitation(plan, results: known, into: &effects)
            } else {
                effects.append(
                    request(
                        .invite(plan),
                        .invite(
                            toSend.map { Invitation(email: $0, type: form.type) },
                            culture: session.culture)))
            }
        case .failure(.cancelled):
            break
        case .failure(let error):
            open?.isSending = false
            open?.problem = "Nothing was sent: could not check the addresses: \(ErrorText.explain(error))"
            if let open { inviteFormInPlay = open }
            effects.append(.bell)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            break
        }
    }

    /// An address that already has an account: what the invitation would (not) do.
    static func existingMember(_ address: String, _ person: Person) -> AddressResult {
        let name = person.displayName == address ? nil : person.displayName
        switch person.status {
        case .terminated:
            return AddressResult(
                email: address, outcome: .failed,
                detail: "disabled on the portal: it refuses to invite them (User disabled); re-activate them instead",
                personID: person.id, displayName: name)
        case .pending:
            return AddressResult(
                email: address, outcome: .skipped,
                detail: "already invited (pending); I resends the invitation",
                personID: person.id, displayName: name)
        case .active, .other:
            return AddressResult(
                email: address, outcome: .skipped,
                detail: "already a member (\(person.status.displayName), \(person.type.displayName)); not changed",
                personID: person.id, displayName: name)
        }
    }

    /// The portal answered the invitation: an address counts as invited only when the
    /// answer (every pending person) lists it.
    mutating func invitationAnswered(_ plan: InvitePlan, _ response: Response, into effects: inout [Effect]) {
        var results = plan.known
        switch response {
        case .invited(let pending):
            var byName: [String: PersonSummary] = [:]
            for person in pending { byName[person.displayName.lowercased()] = person }
            for address in plan.sent {
                if let person = byName[address.lowercased()] {
                    results.append(
                        AddressResult(
                            email: address, outcome: .done,
                            detail: "invited as \(plan.type.displayName) (pending)", personID: person.id))
                } else {
                    results.append(
                        AddressResult(
                            email: address, outcome: .failed,
                            detail:
                                "the portal did not confirm the invitation (not among the pending people it answered with)"
                        ))
                }
            }
        case .failure(let error):
            if case .unauthorized = error, var form = inviteFormInPlay {
                // Refused before anything was sent: the addresses go back into the dialog (it
                // waits under the sign-in) rather than into a report of failures.
                effects.append(
                    .audit(
                        formsAuditEntry(
                            action: "invite \(plan.type.rawValue)", request: InvitePlan.serverCall,
                            targets: plan.sent.map {
                                AddressResult(email: $0, outcome: .failed, detail: ErrorText.explain(error)).auditTarget
                            })))
                form.isSending = false
                form.problem = "Nothing was sent: \(ErrorText.explain(error))"
                inviteFormInPlay = form
                effects.append(.bell)
                sessionExpired(error, refusedChange: nil, into: &effects)
                return
            }
            if case .unauthorized = error {
                // No session to read anything back with: a 401 is a refusal of the whole call.
                results += plan.sent.map {
                    AddressResult(email: $0, outcome: .failed, detail: ErrorText.explain(error))
                }
                reportInvitation(plan, results: results, into: &effects)
                sessionExpired(error, refusedChange: nil, into: &effects)
                return
            }
            // The portal invites one address after the other and stops at the first it
            // refuses; an answer that was lost says nothing at all. Either way the addresses
            // are read back, and each is reported from what the portal now shows.
            effects.append(request(.inviteReread(plan, cause: error), .lookUpEmails(plan.sent)))
            return
        default:
            return
        }
        reportInvitation(plan, results: results, into: &effects)
    }

    /// The invited addresses as the portal shows them after a refusal or a lost answer
    /// (`InvitationReread`).
    mutating func invitationRereadAnswered(
        _ plan: InvitePlan, cause: DocSpaceError, _ response: Response, into effects: inout [Effect]
    ) {
        var results = plan.known
        var expired: DocSpaceError?
        switch response {
        case .emailLookups(let lookups):
            for address in plan.sent {
                let lookup = lookups.first { $0.email == address }
                results.append(InvitationReread.result(address, lookup, type: plan.type, cause: cause))
                if case .failed(_, .unauthorized(let message)) = lookup { expired = .unauthorized(message: message) }
            }
        case .failure(let error):
            results += plan.sent.map { InvitationReread.unread($0, cause: cause, error: error) }
            if case .unauthorized = error { expired = error }
        default:
            return
        }
        reportInvitation(plan, results: results, into: &effects)
        if let expired { sessionExpired(expired, refusedChange: nil, into: &effects) }
    }

    /// One audit entry for the invitation, then the results.
    private mutating func reportInvitation(_ plan: InvitePlan, results: [AddressResult], into effects: inout [Effect]) {
        let results = plan.inOrder(results)
        effects.append(
            .audit(
                formsAuditEntry(
                    action: "invite \(plan.type.rawValue)", request: InvitePlan.serverCall,
                    targets: results.map(\.auditTarget))))
        finishInvitation(plan, results: results, into: &effects)
    }

    /// The per-address results replace the dialog; the list reloads to show the invitees.
    private mutating func finishInvitation(_ plan: InvitePlan, results: [AddressResult], into effects: inout [Effect]) {
        let report = AddressReport(title: "Invite as \(plan.type.displayName)", results: plan.inOrder(results))
        present(.addressReport(report))
        effects.append(.flushTypeAhead)
        let summary = "Invitations: " + report.summary(doneWord: "invited")
        if report.count(.failed) > 0 {
            say(summary, report.count(.done) > 0 ? .warning : .error)
            effects.append(.bell)
        } else {
            say(summary, .success)
        }
        if report.count(.done) > 0 { reload(keepRows: true, into: &effects) }
    }
}
