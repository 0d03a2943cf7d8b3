import DocSpaceAPI

/// What the server did with each target of a change, as the server said it:
/// nothing counts as done unless the server's answer shows it.
public struct ActionReport: Sendable, Equatable {
    public var kind: ChangeKind
    public var isUndo: Bool
    /// People the change reached, in their new state (for delete: as they were).
    public var done: [Person]
    /// People it did not reach, with the reason: `failed` (the portal's words) or `skipped`
    /// (the portal silently left them out).
    public var failed: [SkippedTarget]
    /// The portal's answer was lost (timeout, dropped connection) and the outcome comes from
    /// re-reading the people afterwards.
    public var fromReread = false
    /// People never sent (`notSent`), each with the reason: marked people the change's rules
    /// left out, those after a batch that failed, and those Esc stopped before their batch.
    public var skipped: [SkippedTarget] = []
    /// A type change whose lowerings the admin stopped watching: the portal's tasks go on.
    public var stoppedWatching = false
    /// People left unchanged because the admin cancelled a portal task (`x`): what they asked
    /// for, not an error.
    public var cancelledIDs: Set<String> = []
    /// How many of `skipped` are marked people the change's rules left out before anything
    /// was sent (the rest were targets never sent: after a failed batch, or stopped by Esc).
    public var leftOutCount = 0
    /// Deleted without handing over their rooms and files (`L`): their lines say the data
    /// went with them.
    public var dataLostIDs: Set<String> = []
    /// The portal's answer that stopped the change (the first batch that failed), if one
    /// did: the command line's exit status follows it when nothing was done.
    public var stoppedBy: DocSpaceError?

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
    public var stoppedCount: Int { skipped.count(where: { $0.reason == ChangeRun.stoppedReason }) }

    /// Failures other than the people cancelled at the admin's request.
    public var failedOtherwise: Int { failed.filter { !cancelledIDs.contains($0.person.id) }.count }

    /// One line for the status bar.
    public var summary: String {
        let watch = stoppedWatching ? " (stopped watching: the portal's task goes on)" : ""
        if !cancelledIDs.isEmpty {
            let changed =
                done.isEmpty
                ? "nobody was changed"
                : "\(kind.pastTense) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count))"
            let others = failedOtherwise
            return "Cancelled at your request: \(changed)" + (others > 0 ? "; \(others) failed" : "") + watch
        }
        return plainSummary + watch
    }

    private var plainSummary: String {
        let stopped = stoppedCount
        guard stopped == 0 else {
            let verb = isUndo ? "Undone: re-activated" : kind.pastTense
            let problems = failed.isEmpty ? "" : "\(NumberText.grouped(failed.count)) failed, "
            return
                "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count + stopped)); \(problems)\(NumberText.grouped(stopped)) not sent (stopped by you)"
        }
        return sentSummary
    }

    /// Targets never sent because an earlier batch failed (not the rules' left-outs, not Esc).
    private var unsentAfterFailure: Int { max(0, skipped.count - leftOutCount - stoppedCount) }

    private var sentSummary: String {
        let verb = isUndo ? "Undone: re-activated" : kind.pastTense
        let unsent = unsentAfterFailure
        let notSent = unsent > 0 ? ", \(NumberText.grouped(unsent)) not sent" : ""
        if failed.isEmpty {
            let proof = fromReread ? " (the answer was lost; a re-read confirms it)" : ""
            if done.count == 1 && unsent == 0 { return "\(verb) \(PendingAction.label(for: done[0]))" + proof }
            if done.isEmpty { return "\(kind.name): nobody was changed" }
            if unsent > 0 {
                return
                    "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + unsent))\(notSent)"
            }
            return "\(verb) \(PeopleCount(done.count).text)" + proof
        }
        if done.isEmpty {
            if failed.count == 1 && unsent == 0 {
                return "\(kind.name) failed for \(failed[0].person.displayName): \(failed[0].reason)"
            }
            return "\(kind.name) failed for all \(PeopleCount(failed.count + unsent).text)"
                + (unsent > 0 ? " (\(NumberText.grouped(unsent)) not sent)" : "")
        }
        let total = done.count + failed.count + unsent
        return
            "\(verb) \(NumberText.grouped(done.count)) of \(NumberText.grouped(total)); \(NumberText.grouped(failed.count)) failed\(notSent)"
    }
}
