import DocSpaceAPI

/// The record survives the exit: every change request writes a `sent` audit line before it
/// goes out (who, what, the request); the `outcome` line follows when the answer is known;
/// an app that ends while a request still waits for its answer — or while a portal task it
/// started still runs — writes `outcome unknown` for those people ("sent; outcome not known —
/// check the portal") and the front end says the same on standard error.
extension AppState {
    /// The `sent` line of a request about to go out, or `nil` for a read. Cancelling a
    /// portal task is left out: the task's own outcome line says how it ended.
    func sentRecord(for request: Request, purpose: RequestPurpose) -> AuditEntry? {
        switch request {
        case .change(_, let ids):
            guard case .perform(let batch) = purpose else { return nil }
            return sentEntry(
                action: batch.isUndo ? "undo" : batch.kind.auditWord, request: batch.serverCall,
                people: Self.people(ids, among: batch.targets))
        case .startTypeChange(let userID, let type, _):
            return sentEntry(
                action: "set-type \(type.rawValue)", request: TypeChangePlan.demotionCall,
                people: Self.people([userID], among: taskWatch?.current.map { [$0] } ?? []))
        case .startReassign(let from, _):
            return sentEntry(
                action: "reassign", request: "POST /api/2.0/people/reassign/start",
                people: Self.people([from], among: taskWatch?.current.map { [$0] } ?? []))
        case .create(let draft):
            let name = [draft.firstName, draft.lastName].filter { !$0.isEmpty }.joined(separator: " ")
            return sentEntry(
                action: "add", request: draft.serverCall,
                targets: [
                    .init(
                        id: nil, email: draft.email, displayName: name.isEmpty ? nil : name, outcome: "sent",
                        detail: nil)
                ])
        case .invite(let invitations, _):
            guard let type = invitations.first?.type else { return nil }
            return sentEntry(
                action: "invite \(type.rawValue)", request: InvitePlan.serverCall,
                targets: invitations.map {
                    .init(id: nil, email: $0.email, displayName: nil, outcome: "sent", detail: nil)
                })
        case .importLine(let item, let mode):
            let name = [item.firstName, item.lastName].filter { !$0.isEmpty }.joined(separator: " ")
            return sentEntry(
                action: mode.auditWord, request: item.serverCall(mode),
                targets: [
                    .init(
                        id: nil, email: item.email, displayName: name.isEmpty ? nil : name, outcome: "sent",
                        detail: nil)
                ])
        case .offboardStep(let step, let person, _, _):
            return sentEntry(
                action: "offboard \(step.name)", request: OffboardStep.serverCall(step, person: person),
                people: [person])
        case .loadPage, .loadDetail, .verify, .signIn, .switchProfile, .export, .typeChangeProgress,
            .cancelTypeChange, .reassignNecessary, .reassignProgress, .cancelReassign, .lookUpEmails, .loadGroups,
            .importCheck,
            .personRooms, .ownedRooms, .readSignIns, .loadEveryone, .loadAPIKeys, .quotaSettings,
            .guestShareLink:
            return nil
        }
    }

    /// Puts each new change request's `sent` line right before the request, so that the line
    /// is on disk before anything leaves (the runner writes audit lines as it meets them).
    func announcingSentChanges(_ effects: [Effect]) -> [Effect] {
        guard !awaitingOutcome.isEmpty else { return effects }
        var announced: [Effect] = []
        announced.reserveCapacity(effects.count + 1)
        for effect in effects {
            if case .request(let id, _) = effect, let entry = awaitingOutcome[id] {
                announced.append(.audit(entry))
            }
            announced.append(effect)
        }
        return announced
    }

    /// The `outcome unknown` lines of everything sent whose outcome the app will not see: a
    /// request without an answer yet; the person whose portal task is followed now; and, for
    /// a change in batches, what the batches answered so far, with the rest not sent.
    func outcomesUnknownAtExit() -> [AuditEntry] {
        var entries = awaitingOutcome.sorted { $0.key < $1.key }.map { $0.value.outcomeUnknown() }
        let waiting = Set(awaitingOutcome.values.flatMap { $0.targets.compactMap(\.id) })
        // The current person's task was started in the same step that made them current.
        if let watch = taskWatch, let person = watch.current, !waiting.contains(person.id) {
            let entry: AuditEntry =
                switch watch.job {
                case .typeChange(let type):
                    sentEntry(
                        action: "set-type \(type.rawValue)", request: TypeChangePlan.demotionCall, people: [person])
                case .handover:
                    sentEntry(action: "reassign", request: "POST /api/2.0/people/reassign/start", people: [person])
                }
            entries.append(entry.outcomeUnknown())
        }
        return entries
    }

    /// A change in batches that the exit cuts short: the outcome of the batches answered so
    /// far, and the people never sent; `nil` when no batch has answered yet.
    func partialOutcomeAtExit() -> AuditEntry? {
        guard let run = changeRun, run.answeredCount > 0 else { return nil }
        var report = run.report
        let inFlight = Set(awaitingOutcome.values.flatMap { $0.targets.compactMap(\.id) })
        report.skipped += run.unsent.filter { !inFlight.contains($0.id) }
            .map { SkippedTarget(person: $0, reason: "not sent: the app ended first", outcome: .notSent) }
        var entry = ChangeAudit.entry(for: report, session: session, time: .distantPast)
        entry.request = run.action.serverCall
        return entry
    }

    /// On the way out: the lines above, as effects, and kept for the front end to say.
    mutating func recordOutcomesUnknown(into effects: inout [Effect]) {
        let partial = partialOutcomeAtExit()
        let unknown = outcomesUnknownAtExit()
        if let partial { effects.append(.audit(partial)) }
        effects += unknown.map(Effect.audit)
        outcomesUnknown = unknown
        awaitingOutcome = [:]
    }

    // MARK: Building the lines

    private func sentEntry(action: String, request: String, people: [Person]) -> AuditEntry {
        sentEntry(
            action: action, request: request,
            targets: people.map {
                .init(id: $0.id, email: $0.email, displayName: $0.displayName, outcome: "sent", detail: nil)
            })
    }

    private func sentEntry(action: String, request: String, targets: [AuditEntry.Target]) -> AuditEntry {
        // The runner stamps the time as it writes the line: `update` has no clock.
        AuditEntry(
            stage: .sent, time: .distantPast, portal: session.portal,
            user: .init(id: session.me.id, email: session.me.email),
            action: action, request: request, source: "tui", targets: targets)
    }

    /// The people of `ids`, as known; an id nobody knows is kept as a person with that id
    /// alone, so the line still names whom the request was for.
    private static func people(_ ids: [String], among known: [Person]) -> [Person] {
        ids.map { id in known.first { $0.id == id } ?? Person(id: id, displayName: "") }
    }
}
