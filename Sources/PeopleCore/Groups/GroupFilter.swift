import DocSpaceAPI

/// The People list narrowed by group: the members of one group (the server's `groupId`), or
/// the people in no group (`withoutGroup=true`). `nil` in `ListFilters.group`: every group.
public enum GroupFilter: Sendable, Equatable {
    /// The group's name is kept for the title bar, so it is never asked for again.
    case group(id: String, name: String)
    case withoutGroup

    /// What the title bar and the status line say after "Group: ".
    public var label: String {
        switch self {
        case .group(_, let name): name
        case .withoutGroup: "none"
        }
    }
}
