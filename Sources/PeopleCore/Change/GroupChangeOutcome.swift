import DocSpaceAPI
import Foundation

/// What became of a change of a group, in the words of every other change: the outcome
/// (done / failed) and the detail, proven by the group read back.
public struct GroupChangeOutcome: Sendable, Equatable {
    public var outcome: TargetOutcome
    public var detail: String
    /// The group as the portal shows it afterwards; `nil` after a delete or when unknown.
    public var group: Group?
    /// The portal's answer that refused the change or was lost, if one was.
    public var stoppedBy: DocSpaceError?

    public init(outcome: TargetOutcome, detail: String, group: Group? = nil, stoppedBy: DocSpaceError? = nil) {
        self.outcome = outcome
        self.detail = detail
        self.group = group
        self.stoppedBy = stoppedBy
    }
}

extension GroupChangeOutcome {
    /// The audit log's line for the change, as every change writes it: one target, the group.
    public func auditEntry(
        for change: GroupChange, portal: String, me: Person, source: String, time: Date
    ) -> AuditEntry {
        AuditEntry(
            time: time, portal: portal, user: AuditEntry.Actor(id: me.id, email: me.email),
            action: change.auditWord, request: change.serverCall, source: source,
            targets: [
                AuditEntry.Target(
                    id: group?.id ?? change.groupID, email: nil, displayName: group?.name ?? change.groupName,
                    outcome: outcome.rawValue, detail: detail)
            ])
    }
}
