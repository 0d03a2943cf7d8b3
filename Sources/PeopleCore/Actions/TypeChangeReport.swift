import DocSpaceAPI

/// What a type change did to each person, as the portal showed it afterwards: done only when
/// the person re-read (or the upgrade's answer) shows the new type.
public struct TypeChangeReport: Sendable, Equatable {
    public var type: EmployeeType
    public var done: [Person] = []
    public var failed: [SkippedTarget] = []
    /// The admin stopped watching a demotion: its task goes on at the portal.
    public var stoppedWatching = false
    /// People left unchanged because the admin cancelled (`x`): not refused, and not an error.
    public var cancelledIDs: Set<String> = []

    /// Failures other than the cancelled people.
    public var failedOtherwise: Int { failed.filter { !cancelledIDs.contains($0.person.id) }.count }

    public init(type: EmployeeType) { self.type = type }

    public var summary: String {
        let what = "now \(type.displayName)"
        let watch = stoppedWatching ? " (stopped watching: the portal's task goes on)" : ""
        if failed.isEmpty {
            if done.count == 1 { return "\(PendingAction.label(for: done[0])) is \(what)" + watch }
            return "\(PeopleCount(done.count).text) are \(what)" + watch
        }
        if !cancelledIDs.isEmpty {
            let changed =
                done.isEmpty
                ? "nobody's type changed"
                : "\(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count)) \(what)"
            let others = failedOtherwise
            return "Cancelled at your request: \(changed)" + (others > 0 ? "; \(others) failed" : "")
        }
        if done.isEmpty {
            if failed.count == 1 {
                return "Type change failed for \(failed[0].person.displayName): \(failed[0].reason)"
            }
            return "Type change failed for all \(PeopleCount(failed.count).text)" + watch
        }
        return
            "\(NumberText.grouped(done.count)) of \(NumberText.grouped(done.count + failed.count)) \(what); \(NumberText.grouped(failed.count)) failed"
            + watch
    }
}
