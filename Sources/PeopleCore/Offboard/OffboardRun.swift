import DocSpaceAPI

/// One person × one step of an off-boarding, as the results view, the CSV and the command
/// line show it.
public struct OffboardRow: Sendable, Equatable {
    public var person: Person
    public var step: OffboardStep
    public var outcome: TargetOutcome
    public var detail: String

    public init(person: Person, step: OffboardStep, outcome: TargetOutcome, detail: String) {
        self.person = person
        self.step = step
        self.outcome = outcome
        self.detail = detail
    }
}

/// The bookkeeping of an off-boarding, pure: which person goes on to which step, and the
/// rows. A step's outcome for a person comes from that step's `ActionReport` (the change
/// path's re-read decides it) or from the hand-over's answer.
public struct OffboardRun: Sendable, Equatable {
    public let plan: OffboardPlan
    public private(set) var rows: [OffboardRow] = []
    /// People whose step failed: their later steps are not sent, with this reason.
    private var stoppedBecause: [String: String] = [:]
    /// The person × step `next()` hands out next: people in order, each one's steps in order.
    private var position = 0
    /// Why nothing more is sent to anyone (Esc): set, the later steps are "not sent" with it.
    public private(set) var stopReason: String?
    /// The person × step `next()` last handed out: the one whose answer is awaited.
    private var currentPerson: Person?
    private var currentStep: OffboardStep?

    public init(plan: OffboardPlan) {
        self.plan = plan
    }

    /// The next person × step to send, in the plan's order; a step of someone stopped (their
    /// earlier step failed, or the whole run was stopped) is recorded "not sent" on the way.
    /// `nil` once every person's every step has its row. The command line and the terminal
    /// UI both walk the plan through this, so the order and who goes on are decided here only.
    public mutating func next() -> (person: Person, step: OffboardStep)? {
        let steps = plan.steps
        while position < plan.people.count * steps.count {
            let person = plan.people[position / steps.count]
            let step = steps[position % steps.count]
            position += 1
            if let stopReason {
                rows.append(OffboardRow(person: person, step: step, outcome: .notSent, detail: stopReason))
            } else if goesOn(person) {
                currentPerson = person
                currentStep = step
                return (person, step)
            } else {
                notSent(person, step: step)
            }
        }
        currentPerson = nil
        currentStep = nil
        return nil
    }

    /// The person × step handed out last, whose answer is awaited.
    public var current: (person: Person, step: OffboardStep)? {
        guard let currentPerson, let currentStep else { return nil }
        return (currentPerson, currentStep)
    }

    /// Esc: the step on its way is answered and recorded; no later step goes, for anyone.
    public mutating func stop(because reason: String) {
        if stopReason == nil { stopReason = reason }
    }

    /// Whether every person's every step has its row.
    public var isFinished: Bool { rows.count == plan.people.count * plan.steps.count }

    /// "person 2 of 3 · terminate": where the run is, for the progress line.
    public var progressText: String {
        let steps = max(1, plan.steps.count)
        let index = min(max(0, position - 1), max(0, plan.people.count * steps - 1))
        return "person \(index / steps + 1) of \(plan.people.count) · \(plan.steps[index % steps].name)"
    }

    /// A step's answer for this person, whichever kind of step it was.
    public mutating func record(_ answer: OffboardAnswer, for person: Person, step: OffboardStep) {
        switch answer {
        case .change(let report): record(report, for: person, step: step)
        case .handOver(let outcome, let detail): recordHandOver(person, step: step, outcome: outcome, detail: detail)
        }
    }

    /// Whether the person goes on to their next step.
    public func goesOn(_ person: Person) -> Bool { stoppedBecause[person.id] == nil }

    /// The person's later step, not sent because an earlier one failed.
    public mutating func notSent(_ person: Person, step: OffboardStep) {
        rows.append(
            OffboardRow(
                person: person, step: step, outcome: .notSent, detail: stoppedBecause[person.id] ?? "not sent"))
    }

    /// A change step's report for this person (a run of that one person). Done goes on; a
    /// person the change's own rules leave out (already disabled, no rights) is skipped with
    /// the reason and goes on, since there is nothing to do; anything else — refused, left
    /// out by the portal, unknown, not sent — stops their later steps.
    public mutating func record(_ report: ActionReport, for person: Person, step: OffboardStep) {
        guard let row = report.resultRows.first(where: { $0.person.id == person.id }) else {
            stop(person, step: step, outcome: .failed, detail: "no outcome reported")
            return
        }
        if row.outcome == .done {
            rows.append(OffboardRow(person: person, step: step, outcome: .done, detail: row.detail))
        } else if report.leftOutCount > 0 {
            rows.append(OffboardRow(person: person, step: step, outcome: .skipped, detail: row.detail))
        } else {
            stop(person, step: step, outcome: row.outcome == .notSent ? .notSent : .failed, detail: row.detail)
        }
    }

    /// The hand-over's outcome for this person (a failure stops their later steps).
    public mutating func recordHandOver(
        _ person: Person, step: OffboardStep = .handOver, outcome: TargetOutcome, detail: String
    ) {
        if outcome == .failed {
            stop(person, step: step, outcome: .failed, detail: detail)
        } else {
            rows.append(OffboardRow(person: person, step: step, outcome: outcome, detail: detail))
        }
    }

    private mutating func stop(_ person: Person, step: OffboardStep, outcome: TargetOutcome, detail: String) {
        rows.append(OffboardRow(person: person, step: step, outcome: outcome, detail: detail))
        stoppedBecause[person.id] = "not sent: \(step.name) failed for them"
    }

    /// "3 done · 1 failed · 2 not sent".
    public var outcomeLine: String {
        TargetOutcome.line { outcome in rows.count(where: { $0.outcome == outcome }) }
    }

    /// The results view of the terminal UI: one line per person × step, in the plan's order.
    public var report: AddressReport {
        let results = rows.map {
            AddressResult(
                email: "\($0.person.email ?? $0.person.displayName) · \($0.step.name)", outcome: $0.outcome,
                detail: $0.detail, personID: $0.person.id)
        }
        return AddressReport(title: "Off-board \(PeopleCount(plan.people.count).text)", results: results)
    }

    /// The results as CSV, one line per person × step.
    public var csv: String {
        var out = ResultsCSV.line(["id", "name", "email", "step", "outcome", "detail"])
        for row in rows {
            out += ResultsCSV.line([
                row.person.id, row.person.displayName, row.person.email ?? "", row.step.name, row.outcome.rawValue,
                row.detail,
            ])
        }
        return out
    }
}
