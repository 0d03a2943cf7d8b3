import DocSpaceAPI

/// Following the portal's tasks (demotions, hand-overs) person by person: start, poll on the
/// tick, decide from what the portal shows, move on; Esc stops watching (the task goes on).
extension AppState {
    /// Every answer to a `.types` request.
    mutating func typesAnswered(_ step: TypesStep, _ response: Response, into effects: inout [Effect]) {
        switch step {
        case .receiverCandidates:
            receiverCandidatesAnswered(response)
        case .verify(let plan):
            typeTargetsVerified(plan, response, into: &effects)
        case .taskStart(let userID), .taskPoll(let userID):
            taskAnswered(userID, response, into: &effects)
        case .taskCancel(let userID):
            cancelAnswered(userID, response, into: &effects)
        case .taskReread(let userID):
            demotedReread(userID, response, into: &effects)
        case .handoverReread(let userID):
            handoverReread(userID, response, into: &effects)
        case .handoverCheck(let action):
            handoverChecked(action, response, into: &effects)
        }
    }

    // MARK: Starting

    /// Starts the next person's task, or ends the watch when everyone has had theirs.
    mutating func startNextTask(into effects: inout [Effect]) {
        guard var watch = taskWatch else { return }
        guard !watch.queue.isEmpty else {
            finishWatch(into: &effects)
            return
        }
        let person = watch.queue.removeFirst()
        watch.current = person
        watch.progress = nil
        watch.nextPollAt = nil
        watch.pollFailures = 0
        taskWatch = watch
        let start: Request
        switch watch.job {
        case .typeChange(let type):
            start = .startTypeChange(userID: person.id, to: type, reassignTo: watch.receiver.id)
        case .handover:
            start = .startReassign(from: person.id, to: watch.receiver.id)
        }
        effects.append(request(.types(.taskStart(userID: person.id)), start))
    }

    // MARK: Polling

    /// On the tick: asks for the current task's progress when it is due and nothing is on
    /// its way.
    mutating func pollTaskIfDue(into effects: inout [Effect]) {
        guard var watch = taskWatch, let person = watch.current, let due = watch.nextPollAt, due <= now else { return }
        watch.nextPollAt = nil
        taskWatch = watch
        let poll: Request =
            watch.isHandover ? .reassignProgress(userID: person.id) : .typeChangeProgress(userID: person.id)
        effects.append(request(.types(.taskPoll(userID: person.id)), poll))
    }

    /// The start or a progress answer for the person followed now (stale ones are dropped:
    /// the admin stopped watching).
    mutating func taskAnswered(_ userID: String, _ response: Response, into effects: inout [Effect]) {
        // Once the task has ended, a late progress (or cancel) answer must not act on it again.
        guard var watch = taskWatch, let person = watch.current, person.id == userID, !watch.isSettled else { return }
        let started = watch.progress != nil
        switch response {
        case .task(let progress?):
            watch.progress = progress
            watch.pollFailures = 0
            taskWatch = watch
            if let error = progress.error, !error.isEmpty {
                taskFailed(person, "the portal's task failed: \(error)", into: &effects)
            } else if progress.state == .failed {
                taskFailed(person, "the portal's task failed", into: &effects)
            } else if progress.state == .canceled {
                if watch.isHandover {
                    // The portal answers Canceled (completed) for any task it is asked to
                    // cancel, a finished one too: what the person still owns decides.
                    effects.append(
                        request(.types(.handoverReread(userID: person.id)), .reassignNecessary(ids: [person.id])))
                } else {
                    // What a cancelled demotion left is read back, not assumed.
                    taskCompleted(person, into: &effects)
                }
            } else if progress.isCompleted || progress.state == .completed {
                // Either mark is the end (`isSettled` agrees), so no answer is left waiting.
                taskCompleted(person, into: &effects)
            } else {
                taskWatch?.nextPollAt = now + TaskWatch.pollInterval
                // `x` came before the portal had started the task: now there is one to cancel.
                if watch.isCancelling, !started { sendCancel(for: person, into: &effects) }
            }
        case .task(nil):
            if watch.isHandover {
                taskFailed(person, "the portal no longer reports the hand-over; not deleted", into: &effects)
            } else {
                // No task any more: the person as they are now decides.
                taskCompleted(person, into: &effects)
            }
        case .failure(let error):
            if case .unauthorized = error {
                taskFailed(person, ErrorText.explain(error), into: &effects, stopAll: true)
                sessionExpired(error, refusedChange: nil, into: &effects)
            } else if !started {
                taskFailed(person, ErrorText.explain(error), into: &effects)
            } else if watch.pollFailures + 1 >= TaskWatch.maxPollFailures {
                taskFailed(
                    person, "lost track of the portal's task (\(ErrorText.explain(error))); r reloads later",
                    into: &effects)
            } else {
                watch.pollFailures += 1
                watch.nextPollAt = now + TaskWatch.pollInterval * 2
                taskWatch = watch
            }
        default:
            break
        }
    }

    /// The task is complete: a demotion is proved by the person re-read; a hand-over by the
    /// task itself (the delete's 404 proves the rest).
    private mutating func taskCompleted(_ person: Person, into effects: inout [Effect]) {
        guard let watch = taskWatch else { return }
        if watch.isHandover {
            taskWatch?.done.append(person)
            effects.append(.audit(handoverAudit(person, outcome: nil, receiver: watch.receiver)))
            startNextTask(into: &effects)
        } else {
            effects.append(request(.types(.taskReread(userID: person.id)), .verify(ids: [person.id])))
        }
    }

    mutating func demotedReread(_ userID: String, _ response: Response, into effects: inout [Effect]) {
        guard let watch = taskWatch, let person = watch.current, person.id == userID,
            case .typeChange(let type) = watch.job
        else { return }
        let lookup: Lookup? =
            switch response {
            case .lookups(let lookups): lookups.first { $0.id == userID }
            case .failure(let error): .failed(id: userID, error)
            default: nil
            }
        switch lookup {
        case .found(let now):
            refreshCopies(of: now)
            if now.type == type {
                taskWatch?.done.append(now)
                effects.append(.audit(demotionAudit(person, type: type, outcome: nil, receiver: watch.receiver)))
                startNextTask(into: &effects)
            } else if watch.cancelSentFor == userID {
                // A cancel went out and the type did not change, however the task ended (a
                // poll may have found no task any more).
                taskWatch?.cancelledIDs.insert(userID)
                taskFailed(now, "cancelled at your request (x): still \(now.type.displayName)", into: &effects)
            } else if watch.progress?.state == .canceled {
                taskFailed(now, "the portal's task was cancelled: still \(now.type.displayName)", into: &effects)
            } else {
                taskFailed(now, "the task completed but the portal left them \(now.type.displayName)", into: &effects)
            }
        case .missing:
            forget(id: userID)
            taskFailed(person, "they no longer exist", into: &effects)
        case .failed(_, let error):
            taskFailed(person, "could not re-read them: \(ErrorText.explain(error)); r reloads", into: &effects)
        case nil:
            taskFailed(person, "could not re-read them; r reloads", into: &effects)
        }
    }

    /// After a hand-over answered Canceled: a person who no longer owns rooms or shared files
    /// was handed over in full (the task had finished before the cancel landed); one who
    /// still does was stopped part-way, whatever the cancel's answer said.
    mutating func handoverReread(_ userID: String, _ response: Response, into effects: inout [Effect]) {
        guard let watch = taskWatch, watch.isHandover, let person = watch.current, person.id == userID,
            let progress = watch.progress
        else { return }
        let needs: HandoverNeed? =
            switch response {
            case .handoverNeeds(let needs): needs.first { $0.id == userID }
            case .failure(let error): .failed(id: userID, error)
            default: nil
            }
        if case .known(_, false) = needs {
            taskCompleted(person, into: &effects)
            return
        }
        if watch.cancelSentFor == person.id { taskWatch?.cancelledIDs.insert(person.id) }
        var reason = Self.handoverCancelledReason(watch, progress, person)
        switch needs {
        case .known:
            break
        case .failed(_, let error):
            reason += " (could not re-check what they still own: \(ErrorText.explain(error)))"
        case nil:
            reason += " (could not re-check what they still own)"
        }
        taskFailed(person, reason, into: &effects)
    }

    /// Records a failure for the person followed now and moves on (or stops everything).
    private mutating func taskFailed(
        _ person: Person, _ reason: String, into effects: inout [Effect], stopAll: Bool = false
    ) {
        guard var watch = taskWatch else { return }
        watch.failed.append(SkippedTarget(person: person, reason: reason))
        switch watch.job {
        case .typeChange(let type):
            effects.append(.audit(demotionAudit(person, type: type, outcome: reason, receiver: watch.receiver)))
        case .handover:
            effects.append(.audit(handoverAudit(person, outcome: reason, receiver: watch.receiver)))
        }
        if stopAll {
            watch.failed += watch.queue.map { SkippedTarget(person: $0, reason: "not started: the session expired") }
            watch.queue = []
        }
        taskWatch = watch
        startNextTask(into: &effects)
    }

    // MARK: Cancelling

    /// `x` while following a task: ask the portal to cancel it (`PUT …/terminate`) and start
    /// nobody else. Nothing is reported yet: the answer, or the next progress, says whether
    /// the task stopped in time or had already finished.
    mutating func cancelTask(into effects: inout [Effect]) {
        guard var watch = taskWatch, !watch.isCancelling else { return }
        watch.isCancelling = true
        watch.failed += watch.queue.map { SkippedTarget(person: $0, reason: "not started: you cancelled") }
        watch.cancelledIDs.formUnion(watch.queue.map(\.id))
        watch.queue = []
        taskWatch = watch
        guard let person = watch.current, watch.progress != nil else {
            // The start is still on its way: its answer is followed as usual, and the cancel
            // goes out once the portal has a task to cancel (`taskAnswered` → `sendCancel`).
            say("Cancelling once the portal has started the task…")
            return
        }
        sendCancel(for: person, into: &effects)
    }

    private mutating func sendCancel(for person: Person, into effects: inout [Effect]) {
        guard let watch = taskWatch else { return }
        taskWatch?.cancelSentFor = person.id
        let cancel: Request =
            watch.isHandover ? .cancelReassign(userID: person.id) : .cancelTypeChange(userID: person.id)
        effects.append(request(.types(.taskCancel(userID: person.id)), cancel))
        say("Asked the portal to cancel the task for \(PendingAction.label(for: person))…")
    }

    /// The portal answered the cancel: the task as it is now decides, like a progress answer
    /// (cancelled → the person re-read; completed first → done). A failed cancel is said, and
    /// the polling, which goes on meanwhile, tells what happened.
    mutating func cancelAnswered(_ userID: String, _ response: Response, into effects: inout [Effect]) {
        // A progress answer may have settled the task first (finished before the cancel landed).
        guard let watch = taskWatch, let person = watch.current, person.id == userID, !watch.isSettled else { return }
        switch response {
        case .task(let progress?):
            taskAnswered(userID, .task(progress), into: &effects)
        case .task(nil), .failure(.cancelled):
            break  // a void reply: the next progress decides
        case .failure(let error):
            say("The portal did not cancel the task: \(ErrorText.explain(error)); following it to the end", .warning)
            if case .unauthorized = error { taskAnswered(userID, response, into: &effects) }
        default:
            break
        }
    }

    /// A hand-over the portal cancelled: what moved before it stopped stays moved, so the
    /// person is not deleted and the words say so.
    static func handoverCancelledReason(_ watch: TaskWatch, _ progress: TaskProgress, _ person: Person) -> String {
        let by = watch.cancelSentFor == person.id ? "cancelled at your request (x)" : "cancelled by the portal"
        let moved =
            progress.percentage > 0
            ? ": rooms or files moved before it stopped are with \(PendingAction.label(for: watch.receiver))" : ""
        return "hand-over \(by) at \(progress.percentage) %\(moved); not deleted"
    }

    // MARK: Stopping and finishing

    /// Esc while following a task: stop watching. The portal's task goes on; the people not
    /// started yet are left as they are; after a hand-over nobody is deleted.
    mutating func stopWatching(into effects: inout [Effect]) {
        guard var watch = taskWatch else {
            dialog = nil
            return
        }
        if let person = watch.current {
            let percent = watch.progress.map { " at \($0.percentage) %" } ?? ""
            let reason = "stopped watching\(percent): the portal's task goes on; r reloads later"
            watch.failed.append(SkippedTarget(person: person, reason: reason))
            switch watch.job {
            case .typeChange(let type):
                effects.append(
                    .audit(
                        demotionAudit(
                            person, type: type, outcome: "outcome unknown: " + reason, receiver: watch.receiver)))
            case .handover:
                effects.append(
                    .audit(handoverAudit(person, outcome: "outcome unknown: " + reason, receiver: watch.receiver)))
            }
        }
        watch.failed += watch.queue.map { SkippedTarget(person: $0, reason: "not started: you stopped watching") }
        watch.queue = []
        watch.current = nil
        taskWatch = watch
        // Answers still on their way are dropped: `taskAnswered` checks the current person.
        finishWatch(stopped: true, into: &effects)
    }

    mutating func finishWatch(stopped: Bool = false, into effects: inout [Effect]) {
        guard let watch = taskWatch else { return }
        taskWatch = nil
        if dialog == .taskProgress { dialog = nil }
        switch watch.job {
        case .typeChange(let type):
            var report = watch.earlier ?? ActionReport(kind: .setType(type), done: [], failed: [])
            report.done += watch.done
            report.failed += watch.failed
            report.stoppedWatching = stopped
            report.cancelledIDs = watch.cancelledIDs
            finishTypeChange(report, into: &effects)
        case .handover(let choice):
            // A cancelled hand-over stops the whole delete, like Esc: nobody is deleted.
            handoversFinished(
                choice, handedOver: watch.done, failed: watch.failed, stopped: stopped || watch.isCancelling,
                into: &effects)
        }
    }

    // MARK: Audit

    func demotionAudit(_ person: Person, type: EmployeeType, outcome failure: String?, receiver: Person) -> AuditEntry {
        typesAudit(
            action: "set-type \(type.rawValue)", request: TypeChangePlan.demotionCall, people: [person],
            report: failure == nil ? [person] : [],
            failed: failure.map { [SkippedTarget(person: person, reason: $0)] } ?? [],
            detail: "now \(type.displayName); rooms to \(PendingAction.label(for: receiver))")
    }

    func handoverAudit(_ person: Person, outcome failure: String?, receiver: Person) -> AuditEntry {
        typesAudit(
            action: "reassign", request: "POST /api/2.0/people/reassign/start", people: [person],
            report: failure == nil ? [person] : [],
            failed: failure.map { [SkippedTarget(person: person, reason: $0)] } ?? [],
            detail: "rooms and files to \(PendingAction.label(for: receiver))")
    }
}
