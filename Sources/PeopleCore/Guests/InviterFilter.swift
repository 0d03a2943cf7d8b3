/// The People list narrowed to the accounts one person created (the portal's `createdBy`):
/// the server's `invitedByMe=true` or `inviterId`. `nil` in `ListFilters.inviter`: anyone's.
public enum InviterFilter: Sendable, Equatable {
    /// `invitedByMe=true`: those the signed-in admin invited.
    case me
    /// `inviterId`: those this person invited. The name is kept for the title bar.
    case person(id: String, name: String)

    /// What the title bar and the status line say after "Invited by: ".
    public var label: String {
        switch self {
        case .me: "me"
        case .person(_, let name): name
        }
    }
}
