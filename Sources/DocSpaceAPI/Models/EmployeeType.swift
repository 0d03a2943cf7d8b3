/// A person's type (role), `EmployeeType` on the wire: a **string** in JSON (`"RoomAdmin"`),
/// a name or a number in routes. Ranked DocSpaceAdmin > RoomAdmin > User > Guest.
public enum EmployeeType: String, Sendable, Hashable, CaseIterable, Comparable {
    case docSpaceAdmin = "DocSpaceAdmin"
    case roomAdmin = "RoomAdmin"
    case user = "User"
    case guest = "Guest"

    /// The numeric value of the server's enum (`RoomAdmin = 1, Guest = 2, DocSpaceAdmin = 3, User = 4`).
    public var number: Int {
        switch self {
        case .roomAdmin: 1
        case .guest: 2
        case .docSpaceAdmin: 3
        case .user: 4
        }
    }

    public init?(number: Int) {
        guard let type = Self.allCases.first(where: { $0.number == number }) else { return nil }
        self = type
    }

    /// Accepts the wire name case-insensitively, the number, and the words people use
    /// (`admin`, `room-admin`, `guest`, …).
    public init?(parsing text: String) {
        let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if let number = Int(key), let type = EmployeeType(number: number) {
            self = type
            return
        }
        switch key {
        case "docspaceadmin", "admin": self = .docSpaceAdmin
        case "roomadmin", "poweruser": self = .roomAdmin
        case "user", "collaborator": self = .user
        case "guest", "visitor": self = .guest
        default: return nil
        }
    }

    /// Rank used by the server's "upgrade only" rule.
    public var rank: Int {
        switch self {
        case .guest: 0
        case .user: 1
        case .roomAdmin: 2
        case .docSpaceAdmin: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    public var displayName: String {
        switch self {
        case .docSpaceAdmin: "DocSpace admin"
        case .roomAdmin: "Room admin"
        case .user: "User"
        case .guest: "Guest"
        }
    }
}
