import DocSpaceAPI

/// A confirmed change on its way to the portal, one batch of at most 100 people at a time.
///
/// `update` sends each batch as its own request and only sends the next when the answer to
/// the previous one is in, so the progress bar and Esc ("stop after this batch") are plain
/// state: a batch that has been sent is never called back, the ones not sent yet are
/// reported "not sent: stopped by you".
public struct BulkRun: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// The pinned targets are being re-read before anything is sent.
        case checking
        /// Batches are going out.
        case sending
    }

    /// The whole change, every target.
    public var action: PendingAction
    public var phase: Phase = .checking
    /// Targets whose batch has been sent (the next batch starts here).
    public private(set) var sentCount = 0
    /// Targets whose batch has answered: the "done" of "done/total".
    public var answeredCount = 0
    /// Batches sent so far.
    public private(set) var batchesSent = 0
    /// Marked people the action's rules left out before sending.
    public private(set) var leftOut: [SkippedTarget]
    /// What the answered batches said, batch by batch: the state is copied (the terminal loop
    /// keeps the state it drew), and one growing array would be copied whole after each draw.
    private var doneBatches: [[Person]] = []
    private var problemBatches: [[SkippedTarget]] = []
    private var unsentBatches: [[SkippedTarget]] = []
    /// Esc was pressed: no batch after the one in flight.
    public var stopRequested = false
    /// A delete the admin chose to send without handing over (`L`): the ids of those who own
    /// rooms or shared files, whose data goes with them. Their result and audit line say so.
    public var dataLostIDs: Set<String> = []

    /// The most ids the server takes in one status change or bulk delete.
    public static let batchSize = PeopleQuery.maxCount

    public init(action: PendingAction, leftOut: [SkippedTarget] = []) {
        self.action = action
        self.leftOut = leftOut.map {
            var left = $0
            left.outcome = .skipped
            return left
        }
    }

    /// A batch answered: who is done, and who is not with the reason.
    mutating func record(done: [Person], problems: [SkippedTarget]) {
        if !done.isEmpty { doneBatches.append(done) }
        if !problems.isEmpty { problemBatches.append(problems) }
    }

    /// Targets that will not be sent: after a failed batch they count as failed, after Esc as
    /// skipped ("not sent: stopped by you").
    mutating func giveUp(_ unsent: [SkippedTarget]) {
        if unsent.first?.outcome == .skipped { unsentBatches.append(unsent) } else { problemBatches.append(unsent) }
        sentCount = total
    }

    /// Everything recorded so far, as one report.
    public var report: ActionReport {
        var report = ActionReport(
            kind: action.kind, isUndo: action.isUndo, done: doneBatches.flatMap { $0 },
            failed: problemBatches.flatMap { $0 }, skipped: leftOut + unsentBatches.flatMap { $0 })
        report.dataLostIDs = dataLostIDs
        return report
    }

    public var total: Int { action.targets.count }

    /// "Terminating 250 people", the progress view's title.
    public var title: String {
        let verb = action.isUndo ? "Undoing" : action.kind.verb.replacingLast("e", with: "ing")
        return "\(verb) \(NumberText.grouped(total)) people"
    }

    /// The progress view is for changes that take more than one batch: a change of up to 100
    /// people is one request, which Esc could not stop part-way anyway (the status line's
    /// spinner says it is on its way, and Esc explains that it cannot be called back).
    public var showsProgress: Bool { batchCount > 1 }

    /// Targets not sent yet.
    public var unsent: ArraySlice<Person> { action.targets[sentCount...] }

    public var batchCount: Int { (total + Self.batchSize - 1) / Self.batchSize }

    /// Takes the next batch to send. A bulk delete never leaves a last batch of one: that
    /// would go out as `DELETE people/{id}` instead of `PUT people/delete`, so the batch
    /// before it gives one up.
    mutating func takeNextBatch() -> PendingAction? {
        guard sentCount < total else { return nil }
        var size = min(Self.batchSize, total - sentCount)
        if action.kind == .delete, total > 1, total - sentCount - size == 1 { size -= 1 }
        let batch = Array(action.targets[sentCount..<(sentCount + size)])
        sentCount += size
        batchesSent += 1
        return PendingAction(kind: action.kind, targets: batch, isUndo: action.isUndo)
    }

    /// The reason given to people never sent because Esc stopped the run.
    public static let stoppedReason = "not sent: stopped by you"
}
