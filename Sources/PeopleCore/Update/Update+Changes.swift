import DocSpaceAPI

extension AppState {
    // MARK: Opening the dialog

    /// `t`, `a`, `d`: pins the targets and opens the confirmation, or says why not.
    mutating func openConfirmation(_ kind: ChangeKind, into effects: inout [Effect]) {
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return
        }
        // The marks are still arriving; acting on half of them would surprise.
        if markAll != nil {
            say("Wait: still marking everyone matching (Esc stops)", .warning)
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
                say(
                    "Can't \(kind.verb.lowercased()) any of the \(NumberText.grouped(skipped.count)) marked: \(skipped[0].reason)",
                    .warning)
            }
            effects.append(.bell)
            return
        }
        let action = PendingAction(kind: kind, targets: applicable)
        dialog = .confirm(
            Confirmation(
                action: action, skipped: skipped,
                hiddenByFilter: hiddenCount(of: applicable),
                portal: session.portal))
        effects.append(.flushTypeAhead)
    }

    // MARK: Keys while a dialog is open

    mutating func handleDialogKey(_ key: Key, _ dialog: Dialog, into effects: inout [Effect]) {
        if let people = dialog.peopleInQuestion, scrollPeople(key, count: people.count) { return }
        switch dialog {
        case .confirm(var confirmation):
            let reply = confirmation.reply(to: key, table: keys)
            switch reply {
            case .confirm:
                self.dialog = nil
                // An undo is used up once it is confirmed, whatever the portal then answers.
                if confirmation.action.isUndo { undo = nil }
                verifyThenPerform(confirmation.action, leftOut: confirmation.skipped, into: &effects)
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
                stayAfterQuitQuestion()
            default:
                break
            }
        case .report(let report):
            handleResultsKey(key, report, into: &effects)
        case .signIn(let prompt):
            handleSignInKey(key, prompt, into: &effects)
        case .profilePicker(let picker):
            handleProfilePickerKey(key, picker, into: &effects)
        case .confirmReadWrite:
            handleReadWriteKey(key, into: &effects)
        case .export(let form):
            handleExportKey(key, form, into: &effects)
        case .typeChoice, .receiverChoice, .typeConfirm, .taskProgress, .handover, .typeReport:
            handleTypesDialogKey(key, dialog, into: &effects)
        case .addPerson(let form):
            handleAddPersonKey(key, form, into: &effects)
        case .invite(let form):
            handleInviteKey(key, form, into: &effects)
        case .resendInvitations(let confirmation):
            handleResendKey(key, confirmation, into: &effects)
        case .addressReport:
            if keys.binding(for: key, in: .summary)?.action == .cancel { self.dialog = nil }
        }
    }

    /// ↑/↓/PgUp/PgDn in a dialog that lists people: the names scroll, and the key does
    /// nothing else (it never confirms nor cancels). The drawing keeps the last page full, so
    /// the scroll stops one name short of the end here.
    mutating func scrollPeople(_ key: Key, count: Int) -> Bool {
        let action = keys.binding(for: key, in: inputContext)?.action
        let page = max(1, size.height / 3)
        let last = max(0, count - 1)
        switch action {
        case .moveUp: peopleScroll = max(0, peopleScroll - 1)
        case .moveDown: peopleScroll = min(last, peopleScroll + 1)
        case .pageUp: peopleScroll = max(0, peopleScroll - page)
        case .pageDown: peopleScroll = min(last, peopleScroll + page)
        case nil, .top, .bottom, .switchPane, .openDetail, .backToList, .toggleMark, .clearMarksOrSearch, .search,
            .cycleStatusFilter, .cycleTypeFilter, .cycleSort, .reverseSort, .refresh, .help, .commandLine,
            .quit, .terminate, .reactivate, .delete, .undo, .submit, .cancel, .deleteBackward, .clearField,
            .complete, .nextField, .confirm, .closeHelp, .switchProfile, .toggleReadOnly, .export,
            .copyEmail, .copyID, .changeType, .handOver, .loseData, .pickReceiver, .cancelTask,
            .addPerson, .invite, .resendInvitations, .previousField, .nextChoice, .previousChoice, .send,
            .markRange, .markAllMatching, .clearMarks, .saveResults:
            return false
        }
        return true
    }

    // MARK: Undo

    /// `u`: offers to re-activate the people the last terminate reached, while the offer
    /// lasts. A change like the others: the confirmation names them and only `y` (or their
    /// number, typed, for more than `Confirmation.typedCountThreshold`) sends it; the
    /// offer stays until then, and the targets are checked against the server first.
    mutating func undoLastTerminate(into effects: inout [Effect]) {
        guard let undo, undo.expiresAt > now, !undo.people.isEmpty else {
            say("Nothing to undo", .warning)
            return
        }
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return
        }
        let action = PendingAction(kind: .reactivate, targets: undo.people, isUndo: true)
        dialog = .confirm(
            Confirmation(
                action: action, hiddenByFilter: hiddenCount(of: undo.people),
                portal: session.portal))
        effects.append(.flushTypeAhead)
    }

    // MARK: Re-check, then send

    /// Confirmed: re-read the pinned targets first (htop re-checks the PID). `leftOut`: the
    /// marked people the dialog said the action skips; the results list them.
    mutating func verifyThenPerform(
        _ action: PendingAction, leftOut: [SkippedTarget] = [],
        into effects: inout [Effect]
    ) {
        bulk = BulkRun(action: action, leftOut: leftOut)
        let n = action.targets.count
        say(
            "\(action.isUndo ? "Undoing" : action.kind.verb.replacingLast("e", with: "ing")) \(n == 1 ? action.targets[0].displayName : PeopleCount(n).text)…"
        )
        effects.append(request(.verify(action), .verify(ids: action.ids)))
    }

    /// The targets as the server has them now: go ahead only if the change still applies to
    /// every one of them and they are the people the admin saw.
    mutating func targetsVerified(_ action: PendingAction, _ lookups: [Lookup], into effects: inout [Effect]) {
        var problems: [String] = []
        var expired: DocSpaceError?
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
                if case .unauthorized = error { expired = error }
            }
        }
        guard problems.isEmpty else {
            bulk = nil
            say("Not sent, nothing changed: \(problems.joined(separator: "; "))", .error)
            effects.append(.bell)
            if let expired { sessionExpired(expired, refusedChange: action.kind, into: &effects) }
            return
        }
        if action.kind == .delete {
            // Who owns rooms or shared files is asked first (the hand-over dialog); the
            // delete then goes out through `sendDelete`, batch by batch. No batch runs until
            // then, so no progress view stands in front of that dialog.
            deleteLeftOut = bulk?.leftOut ?? []
            bulk = nil
            beginDelete(action, into: &effects)
            return
        }
        if bulk == nil { bulk = BulkRun(action: action) }
        bulk?.phase = .sending
        sendNextBatch(into: &effects)
    }

    // MARK: The server's answer

    /// What a change's answer says, person by person, before it is reported.
    struct ChangeOutcome {
        var done: [Person] = []
        var failed: [SkippedTarget] = []
        /// Sent, but the answer was lost: to be re-read.
        var unknown: [Person] = []
        var unclearCause: DocSpaceError?
        /// A clear refusal: the portal may have stopped part-way, so the rows are reloaded.
        var reloadAfter = false
        /// The portal answered 401: the change was refused and the session must sign in again.
        var sessionExpired: DocSpaceError?
        /// A batch of several people refused: the portal may have changed some before it
        /// stopped, so they are re-read rather than all reported failed.
        var refused: [Person] = []
        var refusalCause: DocSpaceError?
    }

    mutating func changeAnswered(_ action: PendingAction, _ response: Response, into effects: inout [Effect]) {
        var outcome = ChangeOutcome()
        /// The batch's request failed: nothing after it is sent.
        var batchError: DocSpaceError?
        switch response {
        case .people, .deletion:
            fold(response, of: action, for: action.targets, into: &outcome)
        case .stopped(let answered, let failure):
            let split = failure.split(action.targets)
            fold(answered, of: action, for: split.answered, into: &outcome)
            classify(failure.error, for: split.failed, into: &outcome)
            batchError = failure.error
            outcome.failed += split.unsent.map { SkippedTarget(person: $0, reason: failure.unsentReason) }
        case .failure(let error):
            classify(error, for: action.targets, into: &outcome)
            batchError = error
        case .page, .person, .lookups, .signedIn, .task, .handoverNeeds:
            return
        case .switchedProfile, .profileRefused, .exported:
            return
        case .created, .emailLookups, .invited:  // not answers to these changes
            return
        }
        if outcome.reloadAfter {
            // Some servers stop part-way (a seat runs out): show what really happened.
            reload(keepRows: true, into: &effects)
            reloadDetail(into: &effects)
        }
        // The run this batch belongs to (one of several, or the whole change).
        var run =
            bulk
            ?? {
                var whole = BulkRun(action: action)
                _ = whole.takeNextBatch()
                return whole
            }()
        run.answeredCount += action.targets.count
        run.record(done: outcome.done, problems: outcome.failed)
        let unsent = run.unsent
        if let batchError, !unsent.isEmpty {
            // A failed batch stops the rest: repeating a refusal helps nobody, and after an
            // unclear failure nothing more goes out until the people have been re-read.
            run.giveUp(
                unsent.map {
                    SkippedTarget(
                        person: $0, reason: "not sent: an earlier batch failed (\(ErrorText.explain(batchError)))")
                })
        } else if run.stopRequested, !unsent.isEmpty {
            run.giveUp(unsent.map { SkippedTarget(person: $0, reason: BulkRun.stoppedReason, outcome: .skipped) })
        } else if !unsent.isEmpty {
            bulk = run
            sendNextBatch(into: &effects)
            return
        }
        bulk = nil
        if let cause = outcome.unclearCause, !outcome.unknown.isEmpty {
            // Never repeated blindly: the people are re-read, and only what the re-read shows
            // is reported.
            let n = outcome.unknown.count
            say(
                "No clear answer from the portal (\(ErrorText.explain(cause))); re-reading \(n == 1 ? outcome.unknown[0].displayName : PeopleCount(n).text) to see what happened…",
                .warning)
            let recheck = Recheck(action: run.action, known: run.report, people: outcome.unknown, cause: cause)
            effects.append(request(.recheck(recheck), .verify(ids: outcome.unknown.map(\.id))))
            return
        }
        if let cause = outcome.refusalCause, !outcome.refused.isEmpty {
            // Refused part-way, perhaps: who was changed before the portal stopped is read back.
            let n = outcome.refused.count
            say(
                "The portal refused a batch (\(ErrorText.explain(cause))); re-reading its \(PeopleCount(n).text) to see who was changed before it stopped…",
                .warning)
            let recheck = Recheck(
                action: run.action, known: run.report, people: outcome.refused, cause: cause,
                wasRefused: true)
            effects.append(request(.recheck(recheck), .verify(ids: outcome.refused.map(\.id))))
            return
        }
        finishChange(run.report, into: &effects)
        if let expired = outcome.sessionExpired {
            sessionExpired(expired, refusedChange: action.kind, into: &effects)
        }
    }

    /// Reads an answer (`.people` after a status change, `.deletion` after a delete) for the
    /// targets it covers: done only what the server shows done.
    private mutating func fold(
        _ response: Response, of action: PendingAction, for targets: [Person],
        into outcome: inout ChangeOutcome
    ) {
        switch response {
        case .people(let people):
            for target in targets {
                guard let now = people.first(where: { $0.id == target.id }) else {
                    // DocSpace leaves out, without an error, people the caller may not act on.
                    outcome.failed.append(
                        SkippedTarget(
                            person: target, reason: "not in the server's answer (skipped by the portal)",
                            outcome: .skipped))
                    continue
                }
                refreshCopies(of: now)
                if Self.reached(action.kind, now) {
                    outcome.done.append(now)
                } else {
                    outcome.failed.append(
                        SkippedTarget(
                            person: now, reason: "the server kept them \(now.status.displayName)", outcome: .skipped))
                }
            }
        case .deletion(let lookups):
            for target in targets {
                switch lookups.first(where: { $0.id == target.id }) {
                case .missing:
                    outcome.done.append(target)
                    forget(id: target.id)
                case .found(let now):
                    refreshCopies(of: now)
                    outcome.failed.append(
                        SkippedTarget(
                            person: now, reason: "the server kept them (not enough rights?)", outcome: .skipped))
                case .failed(_, let error):
                    outcome.failed.append(
                        SkippedTarget(person: target, reason: "could not confirm: \(ErrorText.explain(error))"))
                    if case .unauthorized = error { outcome.sessionExpired = error }
                case nil:
                    outcome.failed.append(
                        SkippedTarget(
                            person: target, reason: "not in the server's answer (skipped by the portal)",
                            outcome: .skipped))
                }
            }
        default:
            for target in targets {
                outcome.failed.append(SkippedTarget(person: target, reason: "unexpected answer"))
            }
        }
    }

    /// A failed request for these targets: unclear (to be re-read), refused by a 401 (sign in
    /// again), a batch of several refused (re-read: the portal may have changed some before it
    /// stopped), or one person refused for a reason the portal gave.
    private func classify(_ error: DocSpaceError, for targets: [Person], into outcome: inout ChangeOutcome) {
        guard !targets.isEmpty else { return }
        if error.isUnclear {
            outcome.unknown += targets
            outcome.unclearCause = outcome.unclearCause ?? error
            return
        }
        let isUnauthorized: Bool = if case .unauthorized = error { true } else { false }
        if targets.count > 1, !isUnauthorized {
            outcome.refused += targets
            outcome.refusalCause = outcome.refusalCause ?? error
            outcome.reloadAfter = true
            return
        }
        let reason = ErrorText.explain(error)
        outcome.failed += targets.map { SkippedTarget(person: $0, reason: reason) }
        if case .unauthorized = error {
            outcome.sessionExpired = error
        } else {
            outcome.reloadAfter = true
        }
    }

    /// The re-read after a lost answer: each person's real state decides, nothing else.
    mutating func recheckAnswered(_ recheck: Recheck, _ response: Response, into effects: inout [Effect]) {
        var report = recheck.known
        report.fromReread = true
        let kind = recheck.action.kind
        let lost =
            recheck.wasRefused
            ? "refused: \(ErrorText.explain(recheck.cause))"
            : "no clear answer (\(ErrorText.explain(recheck.cause)))"
        var expired: DocSpaceError?
        let lookups: [Lookup]
        switch response {
        case .lookups(let answer):
            lookups = answer
        case .failure(let error):
            lookups = recheck.people.map { .failed(id: $0.id, error) }
        default:
            return
        }
        for person in recheck.people {
            switch lookups.first(where: { $0.id == person.id }) {
            case .found(let now):
                refreshCopies(of: now)
                if kind != .delete && Self.reached(kind, now) {
                    report.done.append(now)
                } else {
                    let shows = kind == .delete ? "still there" : "still \(now.status.displayName)"
                    report.failed.append(
                        SkippedTarget(
                            person: now, reason: "\(lost); a re-read shows them \(shows); not sent again"))
                }
            case .missing:
                if kind == .delete {
                    report.done.append(person)
                } else {
                    report.failed.append(SkippedTarget(person: person, reason: "\(lost); they no longer exist"))
                }
                forget(id: person.id)
            case .failed(_, let error):
                report.failed.append(
                    SkippedTarget(
                        person: person,
                        reason:
                            "outcome unknown: \(lost), and the re-read failed (\(ErrorText.explain(error))); r reloads")
                )
                if case .unauthorized = error { expired = error }
            case nil:
                report.failed.append(SkippedTarget(person: person, reason: "outcome unknown: \(lost); r reloads"))
            }
        }
        finishChange(report, into: &effects)
        if let expired { sessionExpired(expired, refusedChange: nil, into: &effects) }
    }

    /// Shows the outcome: the status line always, per-person results when something failed
    /// in a change of several; marks of people done are cleared, a terminate can be undone.
    mutating func finishChange(_ report: ActionReport, recordsAudit: Bool = true, into effects: inout [Effect]) {
        // The run is over; one audit line for the whole action, whatever it took.
        bulk = nil
        if recordsAudit {
            effects.append(.audit(ChangeAudit.entry(for: report, session: session, time: wallClock.date(at: now))))
        }
        let doneIDs = Set(report.done.map(\.id))
        marks.removeAll { doneIDs.contains($0.id) }
        if report.kind == .terminate, !report.done.isEmpty {
            undo = UndoOffer(people: report.done, expiresAt: now + UndoOffer.lifetime)
        }
        followCursor()
        syncDetail(into: &effects)
        if report.failed.isEmpty && report.stoppedCount == 0 {
            let hint = report.kind == .terminate && !report.done.isEmpty ? " (u undoes)" : ""
            say(report.summary + hint, .success)
        } else {
            say(report.summary, report.done.isEmpty ? .error : .warning)
            effects.append(.bell)
        }
        // The results view after every change of several people, after any failure, and
        // always after a lost answer: what the re-read found is too important for a status
        // line that may be cut.
        if report.resultCount > 1 || !report.failed.isEmpty || report.fromReread, !isSignInOpen {
            results = ResultsViewState()
            dialog = .report(report)
            effects.append(.flushTypeAhead)
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
