/// A person's type (role) as the portal stores it: the `EmployeeType` enum of the real
/// server, named apart from the client's own model so a test can import both modules.
public enum PortalEmployeeType: Int, Sendable, Hashable, CaseIterable {
    case roomAdmin = 1
    case guest = 2
    case docSpaceAdmin = 3
    case user = 4

    /// The name the server writes and accepts (`"RoomAdmin"`…).
    public var wireName: String {
        switch self {
        case .roomAdmin: "RoomAdmin"
        case .guest: "Guest"
        case .docSpaceAdmin: "DocSpaceAdmin"
        case .user: "User"
        }
    }

    /// DocSpaceAdmin > RoomAdmin > User > Guest: invitations may only raise a type.
    var rank: Int {
        switch self {
        case .guest: 0
        case .user: 1
        case .roomAdmin: 2
        case .docSpaceAdmin: 3
        }
    }

    /// DocSpace admins and room admins occupy a paid seat.
    var isPaid: Bool { self == .docSpaceAdmin || self == .roomAdmin }
}
