/// One person in the stand-in's directory, with everything the real server stores that the
/// People API shows or its rules look at.
struct PortalPerson: Sendable {
    var id: String
    var firstName: String
    var lastName: String
    var userName: String
    var email: String
    var status: PortalEmployeeStatus
    var activationStatus: PortalActivationStatus
    var type: PortalEmployeeType
    var isOwner = false
    var groupIDs: [String] = []
    var location: String?
    var notes: String?
    var mobilePhone: String?
    var contacts: [PortalContact] = []
    var cultureName: String? = "en-US"
    var isLDAP = false
    var isSSO = false
    var usedSpace: Double = 0
    var quotaLimit: Int64?
    var createdBy: String?
    var registrationDate: PortalInstant
    var terminatedDate: PortalInstant?
    var password: String?
    var ownsRooms = false
    /// Keeps the default-avatar URLs stable per person (`…png?hash=NNN`).
    var avatarHash: Int = 0

    /// "First Last", or the e-mail while both names are empty (invitees), before encoding.
    /// Like the real server's `"{0} {1}"` format it is not trimmed: an owner called just
    /// "Administrator" is displayed as `"Administrator "` (as in ONLYOFFICE's own mocks).
    var plainDisplayName: String {
        firstName.isEmpty && lastName.isEmpty ? email : "\(firstName) \(lastName)"
    }

    var isAdmin: Bool { type == .docSpaceAdmin }

    var snapshot: PortalPersonSnapshot {
        PortalPersonSnapshot(id: id, email: email, userName: userName, firstName: firstName, lastName: lastName,
                             status: status, activationStatus: activationStatus, type: type, isOwner: isOwner,
                             isLDAP: isLDAP, ownsRooms: ownsRooms, hasTerminationDate: terminatedDate != nil)
    }
}
