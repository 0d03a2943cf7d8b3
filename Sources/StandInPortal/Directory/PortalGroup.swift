/// A group; a person's `department` is the comma-joined names of their groups. Its members
/// are the people whose `groupIDs` hold its id.
struct PortalGroup: Sendable, Hashable {
    var id: String
    var name: String
    /// The head's (the server's "manager") user name, if the group has one: what
    /// `GroupSummaryDto.Manager` sends; `GroupDto` looks the person up by it.
    var manager: String?
}
