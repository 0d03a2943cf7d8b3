import DocSpaceAPI

/// What the server did with each target of a change, as the server said it (§3 practice 9):
/// nothing counts as done unless the server's answer shows it.
public struct ActionReport: Sendable, Equatable {
    public var kind: ChangeKind
    public var isUndo: Bool
    /// People the change reached, in their new state (for delete: as they were).
    public var done: [Person]
    /// People it did not reach, with the reason.
    public var failed: [SkippedTarget]
    /// The portal's answer was lost (timeout, dropped connection) and the outcome comes from
    /// re-reading the people afterwards.
    public var fromReread = false
    // People never sent, each with the reason: marked people the action's rules left
    // out, and those Esc stopped before their batch went out.
    public var skipped: [SkippedTarget] = []
    /// Deleted without handing over their rooms and files (`L`): their lines say the data
    /// went with them.
    public var dataLostIDs: Set<String> = []

    public init(
        kind: ChangeKind, isUndo: Bool = false, done: [Person], failed: [SkippedTarget],
        skipped: [SkippedTarget] = [], fromReread: Bool = false
    ) {
        self.kind = kind
        self.isUndo = isUndo
        self.done = done
        self.failed = failed
        self.skipped = skipped
        self.fromReread = fromReread
    }

    /// People never sent because Esc stopped the run.
    public var stoppedCount: Int { skipped.count(where: { $0.reason == BulkRun.stoppedReason }) }

    /// One line for the status bar.
    public var summary: String {
        let stopped = stoppedCount
        guard stopped == 0 else {
            let verb = isUndo ? "Undone: re-activated" : kind.pastTense
            let problems = failed.isEmpty ? "" : "\(NumberText.grouped(failed.count)) failed, "
            return
                "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count + stopped)); \(problems)\(NumberText.grouped(stopped)) not sent (stopped by you)"
        }
        return sentSummary
    }

    private var sentSummary: String {
        let verb = isUndo ? "Undone: re-activated" : kind.pastTense
        if failed.isEmpty {
            let proof = fromReread ? " (the answer was lost; a re-read confirms it)" : ""
            if done.count == 1 { return "\(verb) \(PendingAction.label(for: done[0]))" + proof }
            return "\(verb) \(PeopleCount(done.count).text)" + proof
        }
        if done.isEmpty {
            if failed.count == 1 {
                return "\(kind.verb) failed for \(failed[0].person.displayName): \(failed[0].reason)"
            }
            return "\(kind.verb) failed for all \(PeopleCount(failed.count).text)"
        }
        return
            "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count)); \(NumberText.grouped(failed.count)) failed"
    }
}
