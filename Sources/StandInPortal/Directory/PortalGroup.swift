/// A group; a person's `department` is the comma-joined names of their groups.
struct PortalGroup: Sendable, Hashable {
    var id: String
    var name: String
    /// The manager's user name, if the group has one.
    var manager: String?
}
