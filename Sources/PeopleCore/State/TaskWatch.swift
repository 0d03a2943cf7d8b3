import DocSpaceAPI

/// Following the portal's asynchronous tasks one person at a time (a demotion's
/// `POST people/type`, a hand-over's `reassign/start`): which person's task runs, its last
/// progress, when to ask again. Pure state: the tick asks for progress when `nextPollAt` is
/// due, so polling is testable without a clock.
public struct TaskWatch: Sendable, Equatable {
    public enum Job: Sendable, Equatable {
        /// Demotions to this type; the outcome is the person re-read afterwards.
        case typeChange(EmployeeType)
        /// Hand-overs before a delete; then the delete of everyone handed over and of
        /// `action`'s targets who needed none.
        case handover(HandoverChoice)
    }

    public var job: Job
    /// Who receives the rooms and files.
    public var receiver: Person
    /// Not started yet, in order.
    public var queue: [Person]
    /// The person whose task is followed now.
    public var current: Person?
    /// The latest progress of the current task; `nil` until the portal answered the start.
    public var progress: TaskProgress?
    /// When to ask for progress next; `nil` while a request is on its way.
    public var nextPollAt: Double?
    /// Failed progress requests in a row for the current task.
    public var pollFailures = 0
    public var total: Int
    /// Outcomes so far: for a type change, people now of the new type; for a hand-over,
    /// people whose data was handed over.
    public var done: [Person] = []
    public var failed: [SkippedTarget] = []
    /// Outcomes of an earlier step of the same change (the upgrades of a type change).
    public var earlier: ActionReport?
    /// `x`: the portal was asked to cancel the current task, and nobody else starts. The
    /// watch goes on until the portal reports the task cancelled (or finished first).
    public var isCancelling = false
    /// The person whose task the portal was asked to cancel (a cancel went out for them).
    public var cancelSentFor: String?
    /// People left unchanged because of `x`: those never started, and the one whose task the
    /// portal cancelled.
    public var cancelledIDs: Set<String> = []

    /// The current task has reached an end (completed, cancelled, failed): later progress
    /// answers for it are stale.
    public var isSettled: Bool {
        guard let progress else { return false }
        switch progress.state {
        case .completed, .canceled, .failed: return true
        case .created, .running, .other: return progress.isCompleted
        }
    }

    /// Seconds between two progress requests.
    public static let pollInterval: Double = 0.5
    /// Failed progress requests in a row after which the task is reported as lost from view.
    public static let maxPollFailures = 3

    public init(job: Job, receiver: Person, people: [Person]) {
        self.job = job
        self.receiver = receiver
        self.queue = people
        self.total = people.count
    }

    /// 1-based position of the current person, for "2 of 5".
    public var position: Int { total - queue.count }

    /// The key for "type change" vs "hand-over" wording.
    public var isHandover: Bool { if case .handover = job { true } else { false } }

    /// "Changing Jane Doe to Guest", "Handing over Jane Doe's rooms and files".
    public var title: String {
        switch job {
        case .typeChange(let type): "Changing \(PeopleCount(total).text) to \(type.displayName)"
        case .handover: "Handing over rooms and files of \(PeopleCount(total).text)"
        }
    }
}
