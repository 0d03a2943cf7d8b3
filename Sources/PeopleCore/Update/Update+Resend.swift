import DocSpaceAPI

extension AppState {
    /// `I`: pins the pending people among the marked (or the selected one) and asks y/N.
    mutating func openResendConfirmation(into effects: inout [Effect]) {
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return
        }
        let candidates = actionTargets
        guard !candidates.isEmpty else {
            say("Resend invitations: nothing selected", .warning)
            return
        }
        var targets: [Person] = []
        var skipped: [SkippedTarget] = []
        for person in candidates {
            if let reason = ResendConfirmation.reason(cannotResendTo: person) {
                skipped.append(SkippedTarget(person: person, reason: reason))
            } else {
                targets.append(person)
            }
        }
        guard !targets.isEmpty else {
            if skipped.count == 1 {
                say("Can't resend the invitation to \(skipped[0].person.displayName): \(skipped[0].reason)", .warning)
            } else {
                say("None of the \(skipped.count) marked people is pending: no invitation to resend", .warning)
            }
            effects.append(.bell)
            return
        }
        dialog = .resendInvitations(ResendConfirmation(targets: targets, skipped: skipped, portal: session.portal))
        effects.append(.flushTypeAhead)
    }

    /// The confirmation policy: y sends; Enter, Esc and n cancel; everything else is swallowed.
    mutating func handleResendKey(_ key: Key, _ confirmation: ResendConfirmation, into effects: inout [Effect]) {
        switch keys.binding(for: key, in: .confirmation)?.action {
        case .confirm:
            dialog = nil
            let n = confirmation.targets.count
            say("Resending the invitation to \(n == 1 ? confirmation.targets[0].displayName : "\(n) people")…")
            effects.append(request(.resendVerify(confirmation), .verify(ids: confirmation.targets.map(\.id))))
        case .cancel:
            dialog = nil
            say("Cancelled: no invitation was sent")
        default:
            break
        }
    }

    /// The pinned people as the portal has them now: only those still pending are sent.
    mutating func resendTargetsVerified(
        _ confirmation: ResendConfirmation, _ response: Response,
        into effects: inout [Effect]
    ) {
        var known = confirmation.skipped.map { Self.result($0.person, .skipped, $0.reason) }
        var toSend: [Person] = []
        switch response {
        case .lookups(let lookups):
            var expired: DocSpaceError?
            for target in confirmation.targets {
                switch lookups.first(where: { $0.id == target.id }) {
                case .found(let now):
                    refreshCopies(of: now)
                    if let reason = ResendConfirmation.reason(cannotResendTo: now) {
                        known.append(Self.result(now, .skipped, "now \(reason)"))
                    } else {
                        toSend.append(now)
                    }
                case .missing:
                    known.append(Self.result(target, .skipped, "no longer exists"))
                    forget(id: target.id)
                case .failed(_, let error):
                    known.append(
                        Self.result(target, .failed, "not sent: could not re-check them (\(ErrorText.explain(error)))"))
                    if case .unauthorized = error { expired = error }
                case nil:
                    known.append(Self.result(target, .failed, "not sent: no answer when re-checking them"))
                }
            }
            if let expired {
                say("Not sent: \(ErrorText.explain(expired))", .error)
                sessionExpired(expired, refusedChange: nil, into: &effects)
                return
            }
        case .failure(.cancelled):
            return
        case .failure(let error):
            say("Not sent, nothing changed: could not re-check the people: \(ErrorText.explain(error))", .error)
            effects.append(.bell)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
            return
        default:
            return
        }
        guard !toSend.isEmpty else {
            finishResend(known, into: &effects)
            return
        }
        effects.append(
            request(.resend(ResendPlan(targets: toSend, known: known)), .resendInvitations(ids: toSend.map(\.id))))
    }

    /// The portal answered: a person counts as sent only when its answer lists them.
    mutating func resendAnswered(
        targets: [Person], known: [AddressResult], _ response: Response,
        into effects: inout [Effect]
    ) {
        var results = known
        var expired: DocSpaceError?
        func fold(_ answered: [Person], for people: [Person]) {
            for target in people {
                if let now = answered.first(where: { $0.id == target.id }) {
                    refreshCopies(of: now)
                    results.append(Self.result(now, .done, "invitation sent again"))
                } else {
                    results.append(Self.result(target, .failed, "not in the portal's answer: it skipped them"))
                }
            }
        }
        func failAll(_ error: DocSpaceError, _ people: [Person]) {
            let reason =
                error.isUnclear
                ? "no clear answer (\(ErrorText.explain(error))): it may have been sent"
                : ErrorText.explain(error)
            results += people.map { Self.result($0, .failed, reason) }
            if case .unauthorized = error { expired = error }
        }
        switch response {
        case .people(let answered):
            fold(answered, for: targets)
        case .stopped(let answered, let failure):
            let split = failure.split(targets)
            if case .people(let people) = answered { fold(people, for: split.answered) }
            failAll(failure.error, split.failed)
            results += split.unsent.map { Self.result($0, .failed, failure.unsentReason) }
        case .failure(let error):
            failAll(error, targets)
        default:
            return
        }
        effects.append(
            .audit(
                formsAuditEntry(
                    action: "resend-invitation", request: ResendConfirmation.serverCall,
                    targets: results.map(\.auditTarget))))
        finishResend(results, into: &effects)
        if let expired { sessionExpired(expired, refusedChange: nil, into: &effects) }
    }

    /// The status line always; the per-person results when there was more than one person or
    /// anything was not sent. Marks of people reached are cleared.
    private mutating func finishResend(_ results: [AddressResult], into effects: inout [Effect]) {
        let report = AddressReport(title: "Resend invitations", results: results)
        let doneIDs = Set(results.filter { $0.outcome == .done }.compactMap(\.personID))
        marks.removeAll { doneIDs.contains($0.id) }
        let summary = "Invitations resent: " + report.summary(doneWord: "sent")
        if report.count(.failed) > 0 {
            say(summary, report.count(.done) > 0 ? .warning : .error)
            effects.append(.bell)
        } else if results.count == 1, let only = results.first, only.outcome == .done {
            say("Invitation sent again to \(only.displayName.map { "\($0) <\(only.email)>" } ?? only.email)", .success)
        } else {
            say(summary, report.count(.done) > 0 ? .success : .warning)
        }
        if results.count > 1 || results.contains(where: { $0.outcome != .done }) {
            if !isSignInOpen {
                dialog = .addressReport(report)
                effects.append(.flushTypeAhead)
            }
        }
    }

    static func result(_ person: Person, _ outcome: AddressResult.Outcome, _ detail: String) -> AddressResult {
        AddressResult(
            email: person.email ?? "", outcome: outcome, detail: detail, personID: person.id,
            displayName: person.displayName == person.email ? nil : person.displayName)
    }
}
