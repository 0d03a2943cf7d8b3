import DocSpaceAPI

/// Delete without losing data: after the delete is confirmed and re-checked, ask who owns
/// rooms or shared files (`reassign/necessary`); if someone does, offer to hand their data to
/// an active admin first (`reassign/start`, followed by `TaskWatch`), then delete — or to
/// delete and lose it, on its own key. A deletion counts only when a re-read answers 404.
extension AppState {
    /// Called by the delete flow once the targets are re-checked.
    mutating func beginDelete(_ action: PendingAction, into effects: inout [Effect]) {
        effects.append(request(.types(.handoverCheck(action)), .reassignNecessary(ids: action.ids)))
    }

    /// The delete as it always was (`DELETE people/{id}`, or `PUT people/delete` in batches,
    /// then a re-read of each).
    mutating func sendDelete(
        _ action: PendingAction, losingDataOf dataLost: [Person] = [], notDeleted: [SkippedTarget] = [],
        into effects: inout [Effect]
    ) {
        // In batches of at most 100, one after the other, with progress and Esc, through the
        // one run every change takes.
        var run = ChangeRun(
            action: action, leftOut: deleteLeftOut.filter { !action.ids.contains($0.person.id) } + notDeleted)
        run.dataLostIDs = Set(dataLost.map(\.id))
        let step = run.start()
        changeRun = run
        deleteLeftOut = []
        advance(step, into: &effects)
    }

    mutating func handoverChecked(_ action: PendingAction, _ response: Response, into effects: inout [Effect]) {
        let needs: [HandoverNeed]
        switch response {
        case .handoverNeeds(let answer): needs = answer
        case .failure(let error): needs = action.ids.map { .failed(id: $0, error) }
        default: return
        }
        var needing: [Person] = []
        var problems: [String] = []
        var expired: DocSpaceError?
        for target in action.targets {
            switch needs.first(where: { $0.id == target.id }) {
            case .known(_, let needed):
                if needed { needing.append(target) }
            case .failed(_, let error):
                problems.append("\(target.displayName): \(ErrorText.explain(error))")
                if case .unauthorized = error { expired = error }
            case nil:
                problems.append("\(target.displayName): no answer")
            }
        }
        guard problems.isEmpty else {
            // Without knowing who owns rooms, deleting could lose them: nothing is sent.
            say(
                "Not deleted, nothing changed: could not ask whether they own rooms or files: \(problems.joined(separator: "; "))",
                .error)
            effects.append(.bell)
            if let expired { sessionExpired(expired, refusedChange: .delete, into: &effects) }
            return
        }
        if needing.isEmpty {
            sendDelete(action, into: &effects)
            return
        }
        dialog = .handover(
            HandoverChoice(action: action, needing: needing, receiver: session.me, portal: session.portal))
        let who = needing.count == 1 ? needing[0].displayName : "\(needing.count) people"
        say("Nothing deleted yet: \(who) own\(needing.count == 1 ? "s" : "") rooms or shared files", .warning)
        effects.append(.flushTypeAhead)
        effects.append(.bell)
    }

    mutating func handleHandoverKey(_ key: Key, _ choice: HandoverChoice, into effects: inout [Effect]) {
        switch keys.binding(for: key, in: .handover)?.action {
        case .handOver:
            dialog = .taskProgress
            taskWatch = TaskWatch(job: .handover(choice), receiver: choice.receiver, people: choice.needing)
            let n = choice.needing.count
            say(
                "Handing over the rooms and files of \(n == 1 ? choice.needing[0].displayName : "\(n) people") to \(choice.receiver.displayName)…"
            )
            startNextTask(into: &effects)
        case .pickReceiver:
            openReceiverChoice(.handover(choice), into: &effects)
        case .loseData:
            dialog = nil
            say("Deleting without handing over: their rooms and files will be lost…", .warning)
            sendDelete(choice.action, losingDataOf: choice.needing, into: &effects)
        case .cancel:
            dialog = nil
            say("Cancelled: nothing was sent, nobody was deleted")
        default:
            break
        }
    }

    /// The hand-overs are over: delete those handed over and those who needed none. After
    /// Esc nobody is deleted (a running hand-over blocks the delete anyway).
    mutating func handoversFinished(
        _ choice: HandoverChoice, handedOver: [Person], failed: [SkippedTarget],
        stopped: Bool, into effects: inout [Effect]
    ) {
        var notDeleted = failed.map {
            SkippedTarget(person: $0.person, reason: "not deleted (hand-over: \($0.reason))")
        }
        if stopped {
            let alreadyListed = Set(notDeleted.map(\.person.id))
            let handedIDs = Set(handedOver.map(\.id))
            notDeleted += choice.action.targets.filter { !alreadyListed.contains($0.id) }.map {
                // A hand-over that finished before the cancel landed (the portal shows they
                // own nothing more) is said as done: their data is with the receiver.
                SkippedTarget(
                    person: $0,
                    reason: handedIDs.contains($0.id)
                        ? "not deleted: you stopped the hand-over, after theirs had finished (rooms and files with \(PendingAction.label(for: choice.receiver)))"
                        : "not deleted: you stopped the hand-over")
            }
            // Nothing was deleted: the hand-over's own audit line says what happened.
            finishChange(ActionReport(kind: .delete, done: [], failed: notDeleted), recordsAudit: false, into: &effects)
            return
        }
        let handedIDs = Set(handedOver.map(\.id))
        let deletable =
            choice.action.targets.filter { handedIDs.contains($0.id) }
            + choice.needless
        guard !deletable.isEmpty else {
            // Nothing was deleted: the hand-over's own audit line says what happened.
            finishChange(ActionReport(kind: .delete, done: [], failed: notDeleted), recordsAudit: false, into: &effects)
            return
        }
        let action = PendingAction(kind: .delete, targets: deletable)
        say("Handed over; deleting \(deletable.count == 1 ? deletable[0].displayName : "\(deletable.count) people")…")
        sendDelete(action, notDeleted: notDeleted, into: &effects)
    }

}
