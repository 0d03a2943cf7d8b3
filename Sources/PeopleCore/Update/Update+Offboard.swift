import DocSpaceAPI

/// `b` (`:offboard`): off-boarding the marked or selected people in one step. Who owns rooms
/// is asked first (`reassign/necessary`); if anyone does, the receiver picker offers the
/// admins and "keep their rooms for later"; then one question lists every step, what undoes
/// it and every person. `y` sends the steps through the same `OffboardRun` the command line
/// walks, one request per person × step (`Request.offboardStep`, run by `OffboardDriver`), so
/// Esc stops after the step on its way; the results view shows each person × step.
extension AppState {
    /// `b`: the targets pinned, then who owns rooms.
    mutating func openOffboard(into effects: inout [Effect]) {
        guard offboardRun == nil, let people = targetsForChange(named: "Off-board") else { return }
        if let me = people.first(where: { $0.id == session.me.id }) {
            say("Can't off-board \(me.displayName): that is you", .warning)
            effects.append(.bell)
            return
        }
        let plan = OffboardPlan(people: people, receiver: nil)
        say("Off-board: asking the portal who of them owns rooms…")
        effects.append(request(.offboardCheck(plan), .reassignNecessary(ids: people.map(\.id))))
    }

    /// Who owns rooms is known: the receiver picker for them, or the question at once. Not
    /// knowing is not "owns none": nothing is asked, nothing is sent.
    mutating func offboardChecked(_ plan: OffboardPlan, _ response: Response, into effects: inout [Effect]) {
        let needs: [HandoverNeed]
        switch response {
        case .handoverNeeds(let answer): needs = answer
        case .failure(let error): needs = plan.people.map { .failed(id: $0.id, error) }
        case .page, .person, .lookups, .batch, .signedIn, .switchedProfile, .profileRefused, .exported, .task,
            .created, .emailLookups, .invited, .importLine, .importChecked, .groups, .offboardStep,
            .personRooms, .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            return
        }
        var owners: [Person] = []
        var problems: [String] = []
        for person in plan.people {
            switch needs.first(where: { $0.id == person.id }) {
            case .known(_, let owns):
                if owns { owners.append(person) }
            case .failed(_, let error):
                problems.append("\(person.displayName): \(ErrorText.explain(error))")
            case nil:
                problems.append("\(person.displayName): no answer")
            }
        }
        guard problems.isEmpty else {
            say(
                "Off-board: nothing sent: could not ask whether they own rooms: \(problems.joined(separator: "; "))",
                .error)
            effects.append(.bell)
            return
        }
        let question = OffboardQuestion(plan: plan, owners: owners, portal: session.portal)
        effects.append(.flushTypeAhead)
        if owners.isEmpty {
            present(.offboardQuestion(question))
        } else {
            say(
                "\(owners.count == 1 ? owners[0].displayName + " owns" : "\(owners.count) of them own") rooms: choose who receives them, or keep them"
            )
            openReceiverChoice(.offboard(question), into: &effects)
        }
    }

    /// The receiver picker answered: a receiver, or (`nil`) the rooms kept for later.
    mutating func offboardReceiverChosen(_ receiver: Person?, _ question: OffboardQuestion) {
        var question = question
        question.plan.receiver = receiver
        if let problem = question.plan.problem {
            say("Off-board: \(problem)", .warning)
            return
        }
        dialog = .offboardQuestion(question)
    }

    /// y sends the steps; anything that means no sends nothing.
    mutating func handleOffboardQuestionKey(_ key: Key, _ question: OffboardQuestion, into effects: inout [Effect]) {
        switch Reply.yesNo(key, table: keys) {
        case .confirm:
            dialog = nil
            offboardRun = OffboardRun(plan: question.plan)
            sendNextOffboardStep(into: &effects)
        case .cancel:
            dialog = nil
            say("Off-board cancelled: nothing was sent")
        case .swallow, .edit:
            break
        }
    }

    /// Esc while off-boarding: the step on its way is answered, no later one is sent.
    mutating func stopOffboard() -> Bool {
        guard offboardRun != nil, offboardRun?.stopReason == nil else { return false }
        offboardRun?.stop(because: "not sent: stopped (Esc)")
        say("Off-board stops after the step on its way", .warning)
        return true
    }

    /// The next person × step, as `OffboardRun.next()` decides; after the last, the results.
    mutating func sendNextOffboardStep(into effects: inout [Effect]) {
        guard var run = offboardRun else { return }
        let before = run.rows.count
        let next = run.next()
        // Steps not sent (their person stopped, or Esc) have their audit lines too.
        for row in run.rows.dropFirst(before) {
            effects.append(.audit(offboardAuditEntry(row)))
        }
        guard let (person, step) = next else {
            offboardRun = nil
            finishOffboard(run, into: &effects)
            return
        }
        offboardRun = run
        say("Off-boarding \(run.progressText): \(person.displayName)")
        effects.append(
            request(
                .offboardStep,
                .offboardStep(step, person: person, receiver: run.plan.receiver, me: session.me)))
    }

    /// One step answered: its row, its audit line (person × step), then the next.
    mutating func offboardStepAnswered(_ response: Response, into effects: inout [Effect]) {
        guard var run = offboardRun, let (person, step) = run.current else { return }
        let answer: OffboardAnswer
        switch response {
        case .offboardStep(let answered):
            answer = answered
        case .failure(let error):
            answer = .handOver(.failed, "refused: \(ErrorText.explain(error))")
        case .page, .person, .lookups, .batch, .signedIn, .switchedProfile, .profileRefused, .exported, .task,
            .handoverNeeds, .created, .emailLookups, .invited, .importChecked, .importLine, .groups, .personRooms,
            .ownedRooms, .signIns, .everyone, .apiKeys, .quotaSettings, .shareLink:
            return
        }
        let before = run.rows.count
        run.record(answer, for: person, step: step)
        for row in run.rows.dropFirst(before) {
            effects.append(.audit(offboardAuditEntry(row)))
        }
        offboardRun = run
        sendNextOffboardStep(into: &effects)
    }

    /// The audit line of one person × step, as the command line's `offboard` writes one per
    /// step: the step's name, the request it stands for, the outcome and the portal's words.
    func offboardAuditEntry(_ row: OffboardRow) -> AuditEntry {
        formsAuditEntry(
            action: "offboard \(row.step.name)", request: OffboardStep.serverCall(row.step, person: row.person),
            targets: [
                AuditEntry.Target(
                    id: row.person.id, email: row.person.email, displayName: row.person.displayName,
                    outcome: row.outcome.rawValue, detail: row.detail)
            ])
    }

    /// The results view: every person × step, in the plan's order.
    private mutating func finishOffboard(_ run: OffboardRun, into effects: inout [Effect]) {
        let report = run.report
        // The results are saved as the run ends, one CSV line per person × step, as the
        // command line's --results writes them.
        let path = "offboard-results-\(wallClock.stamp(at: now)).csv"
        effects.append(.writeFile(path: path, contents: run.csv))
        present(.addressReport(report))
        effects.append(.flushTypeAhead)
        let summary = "Off-board: " + run.outcomeLine + "; results in \(path)"
        if report.count(.failed) + report.count(.notSent) > 0 {
            say(summary, report.count(.done) > 0 ? .warning : .error)
            effects.append(.bell)
        } else {
            say(summary, .success)
        }
        if report.count(.done) > 0 { reload(keepRows: true, into: &effects) }
    }
}
