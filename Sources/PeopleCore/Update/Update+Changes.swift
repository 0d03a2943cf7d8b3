import DocSpaceAPI

extension AppState {
    // MARK: Opening the dialog

    /// `t`, `a`, `d`: pins the targets and opens the confirmation, or says why not.
    mutating func openConfirmation(_ kind: ChangeKind, into effects: inout [Effect]) {
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return
        }
        let candidates = actionTargets
        guard !candidates.isEmpty else {
            say("\(kind.verb): nothing selected", .warning)
            return
        }
        var applicable: [Person] = []
        var skipped: [SkippedTarget] = []
        for person in candidates {
            if let reason = ActionRules.reason(kind, cannotApplyTo: person, me: session.me, keys: keys) {
                skipped.append(SkippedTarget(person: person, reason: reason))
            } else {
                applicable.append(person)
            }
        }
        guard !applicable.isEmpty else {
            if skipped.count == 1 {
                say("Can't \(kind.verb.lowercased()) \(skipped[0].person.displayName): \(skipped[0].reason)", .warning)
            } else {
                say("Can't \(kind.verb.lowercased()) any of the \(skipped.count) marked: \(skipped[0].reason)", .warning)
            }
            effects.append(.bell)
            return
        }
        let action = PendingAction(kind: kind, targets: applicable)
        dialog = .confirm(Confirmation(action: action, skipped: skipped,
                                       hiddenByFilter: hiddenCount(of: applicable),
                                       portal: session.portal))
        effects.append(.flushTypeAhead)
    }

    // MARK: Keys while a dialog is open

    mutating func handleDialogKey(_ key: Key, _ dialog: Dialog, into effects: inout [Effect]) {
        switch dialog {
        case .confirm(var confirmation):
            let reply = confirmation.reply(to: key, table: keys)
            switch reply {
            case .confirm:
                self.dialog = nil
                verifyThenPerform(confirmation.action, into: &effects)
            case .cancel:
                self.dialog = nil
                say("Cancelled: nothing was changed")
            case .swallow, .edit:
                self.dialog = .confirm(confirmation)
            }
        case .quitWhileBusy:
            switch keys.binding(for: key, in: .confirmation)?.action {
            case .confirm:
                self.dialog = nil
                quit(into: &effects)
            case .cancel:
                self.dialog = nil
            default:
                break
            }
        case .report:
            if keys.binding(for: key, in: .report)?.action == .cancel { self.dialog = nil }
        }
    }

    // MARK: Undo

    /// `u`: re-activates the people the last terminate reached, while the offer lasts. No
    /// dialog: it only gives back access, and it is checked against the server first.
    mutating func undoLastTerminate(into effects: inout [Effect]) {
        guard let undo, undo.expiresAt > now, !undo.people.isEmpty else {
            say("Nothing to undo", .warning)
            return
        }
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return
        }
        self.undo = nil
        verifyThenPerform(PendingAction(kind: .reactivate, targets: undo.people, isUndo: true),
                          into: &effects)
    }

    // MARK: Re-check, then send

    /// Confirmed: re-read the pinned targets first (htop re-checks the PID).
    mutating func verifyThenPerform(_ action: PendingAction, into effects: inout [Effect]) {
        let n = action.targets.count
        say("\(action.isUndo ? "Undoing" : action.kind.verb.replacingLast("e", with: "ing")) \(n == 1 ? action.targets[0].displayName : "\(n) people")…")
        effects.append(request(.verify(action), .verify(ids: action.ids)))
    }

    /// The targets as the server has them now: go ahead only if the change still applies to
    /// every one of them and they are the people the admin saw.
    mutating func targetsVerified(_ action: PendingAction, _ lookups: [Lookup], into effects: inout [Effect]) {
        var problems: [String] = []
        for target in action.targets {
            guard let lookup = lookups.first(where: { $0.id == target.id }) else {
                problems.append("\(target.displayName): no answer")
                continue
            }
            switch lookup {
            case .found(let now):
                refreshCopies(of: now)
                if now.status != target.status {
                    problems.append("\(target.displayName) is now \(now.status.displayName)")
                } else if let reason = ActionRules.reason(action.kind, cannotApplyTo: now, me: session.me, keys: keys) {
                    problems.append("\(target.displayName): \(reason)")
                }
            case .missing:
                problems.append("\(target.displayName) no longer exists")
                forget(id: target.id)
            case .failed(_, let error):
                problems.append("\(target.displayName): \(ErrorText.explain(error))")
            }
        }
        guard problems.isEmpty else {
            say("Not sent, nothing changed: \(problems.joined(separator: "; "))", .error)
            effects.append(.bell)
            return
        }
        let request: Request
        switch action.kind {
        case .terminate: request = .setStatus(.terminated, ids: action.ids)
        case .reactivate: request = .setStatus(.active, ids: action.ids)
        case .delete: request = .delete(ids: action.ids)
        }
        effects.append(self.request(.perform(action), request))
    }

    // MARK: The server's answer

    mutating func changeAnswered(_ action: PendingAction, _ response: Response, into effects: inout [Effect]) {
        var done: [Person] = []
        var failed: [SkippedTarget] = []
        switch response {
        case .people(let people):
            for target in action.targets {
                guard let now = people.first(where: { $0.id == target.id }) else {
                    failed.append(SkippedTarget(person: target, reason: "not in the server's answer"))
                    continue
                }
                refreshCopies(of: now)
                if Self.reached(action.kind, now) {
                    done.append(now)
                } else {
                    failed.append(SkippedTarget(person: now, reason: "the server kept them \(now.status.displayName)"))
                }
            }
        case .deletion(let lookups):
            for target in action.targets {
                switch lookups.first(where: { $0.id == target.id }) {
                case .missing:
                    done.append(target)
                    forget(id: target.id)
                case .found(let now):
                    refreshCopies(of: now)
                    failed.append(SkippedTarget(person: now, reason: "the server kept them (not enough rights?)"))
                case .failed(_, let error):
                    failed.append(SkippedTarget(person: target, reason: "could not confirm: \(ErrorText.explain(error))"))
                case nil:
                    failed.append(SkippedTarget(person: target, reason: "not in the server's answer"))
                }
            }
        case .failure(let error):
            let reason = ErrorText.explain(error)
            failed = action.targets.map { SkippedTarget(person: $0, reason: reason) }
            // Some servers stop part-way (a seat runs out): show what really happened.
            reload(keepRows: true, into: &effects)
            reloadDetail(into: &effects)
        case .page, .person, .lookups:
            return
        }
        let report = ActionReport(kind: action.kind, isUndo: action.isUndo, done: done, failed: failed)
        let doneIDs = Set(done.map(\.id))
        marks.removeAll { doneIDs.contains($0.id) }
        if action.kind == .terminate, !done.isEmpty {
            undo = UndoOffer(people: done, expiresAt: now + UndoOffer.lifetime)
        }
        followCursor()
        syncDetail(into: &effects)
        if failed.isEmpty {
            let hint = action.kind == .terminate ? " (u undoes)" : ""
            say(report.summary + hint, .success)
        } else {
            say(report.summary, done.isEmpty ? .error : .warning)
            if action.targets.count > 1 || !done.isEmpty {
                dialog = .report(report)
                effects.append(.flushTypeAhead)
            }
            effects.append(.bell)
        }
    }

    /// Whether the server's copy shows the change done. A re-activated invitee comes back
    /// Pending, which is as active as they can be.
    static func reached(_ kind: ChangeKind, _ person: Person) -> Bool {
        switch kind {
        case .terminate: person.status == .terminated
        case .reactivate: person.status == .active || person.status == .pending
        case .delete: false
        }
    }
}

extension String {
    /// "Terminate" → "Terminating", "Delete" → "Deleting".
    func replacingLast(_ suffix: Character, with replacement: String) -> String {
        guard last == suffix else { return self + replacement }
        return String(dropLast()) + replacement
    }
}
