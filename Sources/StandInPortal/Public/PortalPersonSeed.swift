/// A person a test adds to the directory directly, bypassing the API's rules, to arrange a
/// situation (an LDAP user, a terminated admin, someone who owns rooms, a second admin with
/// a password…).
public struct PortalPersonSeed: Sendable, Hashable {
    public var email: String
    public var firstName: String
    public var lastName: String
    public var type: PortalEmployeeType
    public var status: PortalEmployeeStatus
    public var activationStatus: PortalActivationStatus
    /// Lets the person log in with `POST /api/2.0/authentication`.
    public var password: String?
    public var isLDAP: Bool
    public var isSSO: Bool
    /// The person owns rooms or shared files, so `reassign/necessary` answers true.
    public var ownsRooms: Bool
    /// Group (department) names; unknown names become new groups.
    public var groups: [String]
    public var location: String?
    public var notes: String?
    /// The id of the person who created this one; `nil` means the owner.
    public var createdBy: String?

    public init(email: String, firstName: String = "Test", lastName: String = "Person",
                type: PortalEmployeeType = .user, status: PortalEmployeeStatus = .active,
                activationStatus: PortalActivationStatus = .activated, password: String? = nil,
                isLDAP: Bool = false, isSSO: Bool = false, ownsRooms: Bool = false,
                groups: [String] = [], location: String? = nil, notes: String? = nil,
                createdBy: String? = nil) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.type = type
        self.status = status
        self.activationStatus = activationStatus
        self.password = password
        self.isLDAP = isLDAP
        self.isSSO = isSSO
        self.ownsRooms = ownsRooms
        self.groups = groups
        self.location = location
        self.notes = notes
        self.createdBy = createdBy
    }
}
