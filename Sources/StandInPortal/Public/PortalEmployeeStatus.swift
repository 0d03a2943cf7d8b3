/// A person's status (`EmployeeStatus` on the wire: 1, 2 or 4).
public enum PortalEmployeeStatus: Int, Sendable, Hashable, CaseIterable {
    case active = 1
    case terminated = 2
    /// An invitee who has not accepted yet.
    case pending = 4
}
