import DocSpaceAPI

/// The one change path of the terminal UI: a key opens the confirmation of a `ChangeKind`
/// for the selected or marked people, `y` (or the typed word) sends it through a `ChangeRun`
/// batch by batch, and the results, the status line and the audit log say what the portal
/// shows. Type changes (`T`) and deletes join it after their own dialogs.
extension AppState {
    // MARK: Opening the dialog

    /// The people a change opened now would act on (the marked, or the selected), or nil after
    /// saying why no change can start now: another is running, the marks of `*` are still
    /// arriving (acting on half of them would surprise), or nothing is selected.
    mutating func targetsForChange(named name: String) -> [Person]? {
        if isChangeInFlight {
            say("Wait: a change is still running", .warning)
            return nil
        }
        if markAll != nil {
            say("Wait: still marking everyone matching (Esc stops)", .warning)
            return nil
        }
        let targets = actionTargets
        guard !targets.isEmpty else {
            say("\(name): nothing selected", .warning)
            return nil
        }
        return targets
    }

    /// `t`, `a`, `d`, `I`, `O`: pins the targets and opens the confirmation, or says why not.
    mutating func openConfirmation(_ kind: ChangeKind, into effects: inout [Effect]) {
        guard let candidates = targetsForChange(named: kind.name) else { return }
        let (applicable, skipped) = kind.split(candidates, me: session.me, keys: keys)
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
        checkRooms(into: &effects)
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
                dropRoomsCheck(into: &effects)
                if let plan = confirmation.typePlan {
                    // Raises and lowerings go their own ways (a run, and portal tasks).
                    verifyTypeChange(plan, into: &effects)
                    return
                }
                // An undo is used up once it is confirmed, whatever the portal then answers.
                if confirmation.action.isUndo { undo = nil }
                verifyThenPerform(confirmation.action, leftOut: confirmation.skipped, into: &effects)
            case .cancel:
                self.dialog = nil
                dropRoomsCheck(into: &effects)
                say("Cancelled: nothing was changed")
            case .swallow, .edit:
                self.dialog = .confirm(confirmation)
            }
        case .quitWhileBusy:
            switch Reply.yesNo(key, table: keys) {
            case .confirm:
                self.dialog = nil
                quit(into: &effects)
            case .cancel:
                stayAfterQuitQuestion()
            case .swallow, .edit:
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
        case .typeChoice, .receiverChoice, .taskProgress, .handover:
            handleTypesDialogKey(key, dialog, into: &effects)
        case .groupPicker(let picker):
            handleGroupPickerKey(key, picker, into: &effects)
        case .addPerson(let form):
            handleAddPersonKey(key, form, into: &effects)
        case .invite(let form):
            handleInviteKey(key, form, into: &effects)
        case .addressReport, .importProblems:
            if keys.binding(for: key, in: .summary)?.action == .cancel { self.dialog = nil }
        case .importQuestion(let session):
            handleImportQuestionKey(key, session, into: &effects)
        case .offboardQuestion(let question):
            handleOffboardQuestionKey(key, question, into: &effects)
        case .quotaSize(let sizeField):
            handleQuotaSizeKey(key, sizeField, into: &effects)
        case .columnChooser(let chooser):
            handleColumnChooserKey(key, chooser)
        case .viewPicker(let picker):
            handleViewPickerKey(key, picker, into: &effects)
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
            .cycleStatusFilter, .cycleTypeFilter, .cycleSort, .reverseSort, .refresh, .help, .commandLine, .quit,
            .change, .undo, .closeHelp, .switchProfile, .toggleReadOnly, .export, .copyEmail, .copyID, .changeType,
            .handOver, .loseData, .pickReceiver, .cancelTask, .addPerson, .invite, .markRange, .markAllMatching,
            .clearMarks, .saveResults, .edit, .openGroups, .showGroupPeople, .pickGroupFilter, .clearFilters,
            .addToGroup, .removeFromGroup, .offboard, .showRooms, .showLastSignIn, .filterInactive, .showAPIKeys,
            .cycleAccountFilter, .cyclePaymentsFilter, .cycleQuotaFilter, .setQuota, .toggleGuests, .pickInviterFilter,
            .copyShareLink, .chooseColumns, .pickView:
            return false
        }
        return true
    }

    // MARK: Undo

    /// `u`: offers to re-activate the people the last terminate reached, while the offer
    /// lasts. A change like the others: the confirmation names them and only `y` (or their
    /// number, typed, for more than `ChangeKind.typedCountThreshold`) sends it; the
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

    /// Confirmed: re-read the pinned targets first (htop re-checks the PID), at about one
    /// request per 100 people (`TargetReread`). `leftOut`: the marked people the dialog said
    /// the change leaves out; the results list them.
    mutating func verifyThenPerform(
        _ action: PendingAction, leftOut: [SkippedTarget] = [],
        into effects: inout [Effect]
    ) {
        changeRun = ChangeRun(action: action, leftOut: leftOut)
        let n = action.targets.count
        say(
            "\(action.isUndo ? "Undoing" : action.kind.progressive) \(n == 1 ? action.targets[0].displayName : PeopleCount(n).text)…"
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
                } else if now.type != target.type {
                    problems.append("\(target.displayName) is now \(now.type.displayName)")
                } else if let reason = action.kind.refusal(for: now, me: session.me, keys: keys)?.text {
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
            changeRun = nil
            followUp = nil
            say("Not sent, nothing changed: \(problems.joined(separator: "; "))", .error)
            effects.append(.bell)
            if let expired { sessionExpired(expired, refusedChange: action.kind, into: &effects) }
            return
        }
        if action.kind == .delete {
            // Who owns rooms or shared files is asked first (the hand-over dialog); the
            // delete then goes out through `sendDelete`, batch by batch. No batch runs until
            // then, so no progress view stands in front of that dialog.
            deleteLeftOut = changeRun?.leftOut ?? []
            changeRun = nil
            beginDelete(action, into: &effects)
            return
        }
        startRun(into: &effects)
    }

    // MARK: The run

    /// The targets are checked: the first batch goes out.
    mutating func startRun(into effects: inout [Effect]) {
        guard var run = changeRun else { return }
        let step = run.start()
        changeRun = run
        advance(step, into: &effects)
    }

    /// Does what the run asks next: send a batch, read a failed batch back, or report.
    mutating func advance(_ step: ChangeRun.Step, into effects: inout [Effect]) {
        switch step {
        case .send(let batch):
            effects.append(request(.perform(batch), .change(batch.kind, ids: batch.ids)))
        case .reread(let ids):
            guard let run = changeRun, let cause = run.rereading?.cause else { return }
            let n = ids.count
            let what = cause.isUnclear ? "No clear answer from the portal" : "The portal refused"
            say(
                "\(what) (\(ErrorText.explain(cause))); re-reading \(n == 1 ? (run.rereading?.people.first?.displayName ?? "them") : PeopleCount(n).text) to see what happened…",
                .warning)
            effects.append(request(.reread, .verify(ids: ids)))
        case .wait(let seconds):
            // Counted on the tick (`resumeRunIfDue`); Esc ends the wait early.
            runResumesAt = now + seconds
            say(
                "The portal's rate limit: the next batch goes in \(DocSpaceError.seconds(seconds)) (Esc stops)",
                .warning)
        case .finished:
            guard let run = changeRun else { return }
            changeRun = nil
            finishChange(run.report, into: &effects)
            if let expired = run.sessionExpired {
                sessionExpired(expired, refusedChange: run.kind, into: &effects)
            }
        }
    }

    /// The rate limit's wait is over (or Esc ended it): the run goes on.
    mutating func resumeRunIfDue(into effects: inout [Effect]) {
        guard let due = runResumesAt, var run = changeRun, due <= now || run.stopRequested else { return }
        runResumesAt = nil
        let step = run.resume()
        changeRun = run
        advance(step, into: &effects)
    }

    /// A batch answered: the copies on screen follow what the portal says, then the run
    /// decides.
    mutating func batchAnswered(_ batch: PendingAction, _ response: Response, into effects: inout [Effect]) {
        let answer: BatchAnswer
        switch response {
        case .batch(let batchAnswer): answer = batchAnswer
        case .failure(let error): answer = .failure(error)
        case .page, .person, .lookups, .signedIn, .task, .handoverNeeds, .switchedProfile, .profileRefused,
            .exported, .created, .emailLookups, .invited, .groups, .importChecked, .importLine,
            .offboardStep, .personRooms, .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            return
        }
        switch answer {
        case .people(let people):
            for person in people { refreshCopies(of: person) }
        case .deletion(let lookups):
            for lookup in lookups {
                switch lookup {
                case .found(let now): refreshCopies(of: now)
                case .missing(let id): forget(id: id)
                case .failed: break
                }
            }
        case .membership(let listed, _):
            for target in batch.targets {
                let member = listed[target.id.lowercased()]
                refreshCopies(of: batch.kind.withMembership(member ?? target, listed: member != nil))
            }
        case .accepted, .failure:
            break
        }
        if case .failure(let error) = answer, !error.isUnclear {
            // The portal may have stopped part-way: the rows show what really happened.
            reload(keepRows: true, into: &effects)
            reloadDetail(into: &effects)
        }
        guard var run = changeRun else { return }
        let step = run.answered(batch, answer)
        changeRun = run
        advance(step, into: &effects)
    }

    /// The failed batch read back: each person's real state decides, nothing else.
    mutating func rereadAnswered(_ response: Response, into effects: inout [Effect]) {
        guard var run = changeRun else { return }
        let step: ChangeRun.Step
        switch response {
        case .lookups(let lookups):
            for lookup in lookups {
                switch lookup {
                case .found(let now): refreshCopies(of: now)
                case .missing(let id): if run.kind == .delete { forget(id: id) }
                case .failed: break
                }
            }
            step = run.reread(lookups)
        case .failure(let error):
            step = run.rereadFailed(error)
        case .page, .person, .batch, .signedIn, .task, .handoverNeeds, .switchedProfile, .profileRefused,
            .exported, .created, .emailLookups, .invited, .groups, .importChecked, .importLine,
            .offboardStep, .personRooms, .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            return
        }
        changeRun = run
        advance(step, into: &effects)
    }

    /// Shows the outcome: the status line always, per-person results when something failed
    /// in a change of several; marks of people done are cleared, a terminate can be undone,
    /// and one audit line says it all.
    mutating func finishChange(_ report: ActionReport, recordsAudit: Bool = true, into effects: inout [Effect]) {
        changeRun = nil
        rereadKeys(after: report.kind, into: &effects)
        if recordsAudit {
            effects.append(.audit(ChangeAudit.entry(for: report, session: session, time: wallClock.date(at: now))))
        }
        let doneIDs = Set(report.done.map(\.id))
        marks.remove(ids: doneIDs)
        if report.kind == .terminate, !report.done.isEmpty {
            undo = UndoOffer(people: report.done, expiresAt: now + UndoOffer.lifetime)
        }
        followCursor()
        syncDetail(into: &effects)
        let problems = report.count(of: .failed) + report.count(of: .skipped)
        if problems == 0 && report.stoppedCount == 0 {
            let undoKey = session.keys.keyName(for: .undo) ?? "u"
            let hint = report.kind == .terminate && !report.done.isEmpty ? " (\(undoKey) undoes)" : ""
            say(report.summary + hint, .success)
        } else if !report.cancelledIDs.isEmpty && report.failedOtherwise == 0 && report.count(of: .skipped) == 0 {
            // Only people cancelled at the admin's request: a warning, no bell.
            say(report.summary, .warning)
        } else {
            say(report.summary, report.done.isEmpty ? .error : .warning)
            effects.append(.bell)
        }
        if let next = followUp {
            // A type change goes on with its lowerings, which the portal runs as tasks.
            followUp = nil
            startDemotions(next, after: report, into: &effects)
            return
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
}
