/// What the directory holds for one person right now, for tests to check that a refused call
/// changed nothing (or that an accepted one did) without going through the API.
public struct PortalPersonSnapshot: Sendable, Hashable {
    public var id: String
    public var email: String
    public var userName: String
    public var firstName: String
    public var lastName: String
    public var status: PortalEmployeeStatus
    public var activationStatus: PortalActivationStatus
    public var type: PortalEmployeeType
    public var isOwner: Bool
    public var isLDAP: Bool
    public var ownsRooms: Bool
    /// Whether the person has shared files (see `PortalPersonSeed.sharesFiles`).
    public var sharesFiles: Bool
    /// Whether a termination date is stored (only `PUT people/{id}` with `disable` sets one).
    public var hasTerminationDate: Bool

    public init(
        id: String, email: String, userName: String, firstName: String, lastName: String,
        status: PortalEmployeeStatus, activationStatus: PortalActivationStatus,
        type: PortalEmployeeType, isOwner: Bool, isLDAP: Bool, ownsRooms: Bool,
        hasTerminationDate: Bool, sharesFiles: Bool = false
    ) {
        self.id = id
        self.email = email
        self.userName = userName
        self.firstName = firstName
        self.lastName = lastName
        self.status = status
        self.activationStatus = activationStatus
        self.type = type
        self.isOwner = isOwner
        self.isLDAP = isLDAP
        self.ownsRooms = ownsRooms
        self.hasTerminationDate = hasTerminationDate
        self.sharesFiles = sharesFiles
    }
}
