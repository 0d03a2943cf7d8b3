/// A group of people (`GroupDto`, `GET /api/2.0/group/{id}`): its head — the wire's
/// `manager`, a full person — how many members it has and, when asked for, the members.
public struct Group: Sendable, Hashable, Identifiable {
    public var id: String
    /// As stored: `GroupFullDtoHelper` copies `group.Name` without HTML encoding.
    public var name: String
    /// The wire's `manager`; `nil` when the group has none.
    public var head: Person?
    /// `membersCount`: the active and pending members (`GetUsersByGroupAsync` with
    /// `EmployeeStatus.Default`), so terminated members are not counted.
    public var memberCount: Int
    /// `nil` unless the request asked for members (`GET group` never sends them).
    public var members: [Person]?
    /// The group comes from LDAP (its `sid` is set).
    public var isLDAP: Bool

    public init(
        id: String, name: String, head: Person? = nil, memberCount: Int = 0,
        members: [Person]? = nil, isLDAP: Bool = false
    ) {
        self.id = id
        self.name = name
        self.head = head
        self.memberCount = memberCount
        self.members = members
        self.isLDAP = isLDAP
    }
}

/// One page of `GET /api/2.0/group`, with the number of groups matching the query.
public struct GroupPage: Sendable, Hashable {
    public var groups: [Group]
    public var startIndex: Int
    public var total: Int

    /// `total` is clamped to `0...PeoplePage.maxTotal`, as a portal's number is not trusted.
    public init(groups: [Group], startIndex: Int, total: Int) {
        self.groups = groups
        self.startIndex = startIndex
        self.total = min(max(0, total), PeoplePage.maxTotal)
    }
}
