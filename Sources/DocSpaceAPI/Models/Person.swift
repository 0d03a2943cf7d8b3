import Foundation

/// A person as the People API describes them (`EmployeeFullDto`), decoded leniently.
///
/// Everything the server may omit is optional. Text is kept as the server sent it except
/// `displayName` and `department`, which the server HTML-encodes and which are stored here
/// **decoded** (`O&#39;Brien` → `O'Brien`). Text is not sanitised for the terminal here: that is
/// the drawing layer's job, and JSON output must stay exact.
public struct Person: Sendable, Hashable, Identifiable {
    public var id: String
    public var displayName: String
    public var firstName: String?
    public var lastName: String?
    public var userName: String?
    public var email: String?
    public var status: EmployeeStatus
    public var activationStatus: ActivationStatus
    /// Comma-joined group names, HTML-decoded; `nil` when the server omitted it.
    public var department: String?
    public var groups: [PersonGroup]
    public var contacts: [Contact]
    public var location: String?
    public var notes: String?
    public var mobilePhone: String?
    public var cultureName: String?
    public var isOwner: Bool
    /// DocSpace admin and not the owner (3.7); older portals also set it on the owner.
    public var isAdmin: Bool
    public var isRoomAdmin: Bool
    /// Type "User".
    public var isCollaborator: Bool
    /// Type "Guest".
    public var isVisitor: Bool
    public var isLDAP: Bool
    public var isSSO: Bool
    public var usedSpace: Double?
    public var quotaLimit: Int64?
    public var isCustomQuota: Bool?
    public var createdBy: PersonSummary?
    public var registrationDate: APIDate?
    public var terminated: APIDate?
    public var avatar: String?
    public var profileUrl: String?
    /// Whether the person has set up an authenticator app. The portal says it only to a
    /// DocSpace admin and only while its two-factor authentication by app is on; `nil` else.
    public var tfaAppEnabled: Bool?

    public init(
        id: String, displayName: String, firstName: String? = nil, lastName: String? = nil,
        userName: String? = nil, email: String? = nil, status: EmployeeStatus = .active,
        activationStatus: ActivationStatus = .activated, department: String? = nil,
        groups: [PersonGroup] = [], contacts: [Contact] = [], location: String? = nil,
        notes: String? = nil, mobilePhone: String? = nil, cultureName: String? = nil,
        isOwner: Bool = false, isAdmin: Bool = false, isRoomAdmin: Bool = false,
        isCollaborator: Bool = false, isVisitor: Bool = false, isLDAP: Bool = false,
        isSSO: Bool = false, usedSpace: Double? = nil, quotaLimit: Int64? = nil,
        isCustomQuota: Bool? = nil, createdBy: PersonSummary? = nil,
        registrationDate: APIDate? = nil, terminated: APIDate? = nil, avatar: String? = nil,
        profileUrl: String? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.firstName = firstName
        self.lastName = lastName
        self.userName = userName
        self.email = email
        self.status = status
        self.activationStatus = activationStatus
        self.department = department
        self.groups = groups
        self.contacts = contacts
        self.location = location
        self.notes = notes
        self.mobilePhone = mobilePhone
        self.cultureName = cultureName
        self.isOwner = isOwner
        self.isAdmin = isAdmin
        self.isRoomAdmin = isRoomAdmin
        self.isCollaborator = isCollaborator
        self.isVisitor = isVisitor
        self.isLDAP = isLDAP
        self.isSSO = isSSO
        self.usedSpace = usedSpace
        self.quotaLimit = quotaLimit
        self.isCustomQuota = isCustomQuota
        self.createdBy = createdBy
        self.registrationDate = registrationDate
        self.terminated = terminated
        self.avatar = avatar
        self.profileUrl = profileUrl
    }

    /// The type derived from the flags. Admin/owner is tested first: some portals (and
    /// ONLYOFFICE's own mocks) set `isAdmin`, `isOwner` and `isRoomAdmin` together.
    public var type: EmployeeType {
        if isOwner || isAdmin { return .docSpaceAdmin }
        if isRoomAdmin { return .roomAdmin }
        if isCollaborator { return .user }
        if isVisitor { return .guest }
        // No type group at all: the server treats such a person as a room admin.
        return .roomAdmin
    }
}

/// A group a person belongs to.
public struct PersonGroup: Sendable, Hashable {
    public var id: String
    public var name: String
    public var manager: String?
    public init(id: String, name: String, manager: String? = nil) {
        self.id = id
        self.name = name
        self.manager = manager
    }
}

/// A contact entry (`{type, value}`), e.g. phone or skype.
public struct Contact: Sendable, Hashable {
    public var type: String
    public var value: String
    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

/// The short person (`EmployeeDto`): id, display name (HTML-decoded), avatar, profile URL.
public struct PersonSummary: Sendable, Hashable, Identifiable {
    public var id: String
    public var displayName: String
    public var avatar: String?
    public var profileUrl: String?
    public var hasAvatar: Bool?
    public init(
        id: String, displayName: String, avatar: String? = nil,
        profileUrl: String? = nil, hasAvatar: Bool? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.avatar = avatar
        self.profileUrl = profileUrl
        self.hasAvatar = hasAvatar
    }
}
