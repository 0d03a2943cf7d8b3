import DocSpaceAPI

/// Runs an off-boarding to its end: person by person, step by step, each change step as a
/// change of that one person on the one change path, the hand-over through the portal's task.
/// The front end gives the three ways to act, so the command line's change keeps its audit
/// lines and the hand-over its Ctrl-C, and the tests script the portal.
public struct OffboardDriver: Sendable {
    /// One change for one person, start to end: its report (the rules' left-outs included).
    public var change: @Sendable (ChangeKind, Person) async -> ActionReport
    /// Whether the person owns rooms or shared files (`reassign/necessary`).
    public var ownsRooms: @Sendable (Person) async -> Result<Bool, DocSpaceError>
    /// Hands the person's rooms and files to the receiver: `nil` when it completed, else why not.
    public var handOver: @Sendable (Person, Person) async -> String?

    public init(
        change: @escaping @Sendable (ChangeKind, Person) async -> ActionReport,
        ownsRooms: @escaping @Sendable (Person) async -> Result<Bool, DocSpaceError>,
        handOver: @escaping @Sendable (Person, Person) async -> String?
    ) {
        self.change = change
        self.ownsRooms = ownsRooms
        self.handOver = handOver
    }

    /// A change of one person on the change path through `ChangeDriver`: the change's rules
    /// first (`ChangeKind.split`), then the run, its re-read and its report.
    public static func changeOnPath(client: any PeopleClient, me: Person, keys: KeyTable? = nil)
        -> @Sendable (ChangeKind, Person) async -> ActionReport
    {
        { kind, person in
            let (applicable, leftOut) = kind.split([person], me: me, keys: keys)
            let run = ChangeRun(action: PendingAction(kind: kind, targets: applicable), leftOut: leftOut)
            return await ChangeDriver(client: client).run(run).report
        }
    }

    public func run(_ plan: OffboardPlan) async -> OffboardRun {
        var run = OffboardRun(plan: plan)
        while let (person, step) = run.next() {
            run.record(await perform(step, for: person, receiver: plan.receiver), for: person, step: step)
        }
        return run
    }

    /// One step for one person: a change on the change path, or the hand-over. The terminal
    /// UI sends each step as its own request through this, so Esc can stop between steps.
    public func perform(_ step: OffboardStep, for person: Person, receiver: Person?) async -> OffboardAnswer {
        switch step {
        case .change(let kind):
            return .change(await change(kind, person))
        case .handOver:
            let (outcome, detail) = await handOverOutcome(person, to: receiver)
            return .handOver(outcome, detail)
        }
    }

    /// Only those who own rooms or shared files are handed over; not knowing is a failure,
    /// not "owns none".
    private func handOverOutcome(_ person: Person, to receiver: Person?) async -> (TargetOutcome, String) {
        guard let receiver else { return (.skipped, "rooms kept: no receiver chosen") }
        switch await ownsRooms(person) {
        case .failure(let error):
            return (.failed, "could not check whether they own rooms: \(ErrorText.explain(error))")
        case .success(false):
            return (.skipped, "owns no rooms or shared files")
        case .success(true):
            if let problem = await handOver(person, receiver) { return (.failed, problem) }
            return (.done, "rooms and shared files handed to \(receiver.email ?? receiver.id)")
        }
    }
}
