/// A person to add with `POST /api/2.0/people` (or `POST people/active` for guests).
public struct NewPerson: Sendable, Hashable {
    public var firstName: String
    public var lastName: String
    public var email: String
    public var type: EmployeeType
    /// Optional; the server generates one when absent. Never logged or shown.
    public var password: String?
    /// Groups to put the person in, sent as `department`. The server adds them only when
    /// the caller may edit groups (DocSpace admins) and skips an unknown id without a word.
    public var groupIDs: [String]
    public init(
        firstName: String, lastName: String, email: String, type: EmployeeType = .user,
        password: String? = nil, groupIDs: [String] = []
    ) {
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.type = type
        self.password = password
        self.groupIDs = groupIDs
    }
}

/// One invitation for `POST /api/2.0/people/invite`.
public struct Invitation: Sendable, Hashable {
    public var email: String
    public var type: EmployeeType
    public init(email: String, type: EmployeeType) {
        self.email = email
        self.type = type
    }
}
