import DocSpaceAPI

/// One person as the list keeps them: what a row draws and what the action rules read.
///
/// A portal's listing can hold 100,000 people. A full `Person` costs a dozen heap objects
/// (avatar and profile URLs, groups, contacts, the creator…), about 3 KB each, so the list
/// keeps this compact row instead and full people only for the latest pages
/// (`PeopleList`) and the detail pane, which loads its own fresh copy anyway.
public struct PersonRow: Sendable, Hashable {
    public var id: String
    public var displayName: String
    public var email: String?
    public var status: EmployeeStatus
    public var activationStatus: ActivationStatus
    /// The first of the person's groups, for the list's group column; `nil`: in none.
    public var firstGroup: String?
    /// How many groups the person is in (the column says "+N" for the others).
    public var groupCount: Int
    /// The columns beyond the first five (`ListColumn`), in the forms the list stores them:
    /// the used space as a `Float` (a size shown to three digits needs no more), the limit
    /// in bytes (`-1`: no limit), the inviter's name, the registration day as `yyyymmdd`.
    public var extra: Extra
    var flags: Flags

    /// What the storage, inviter and registered columns draw; `nil`: the portal did not say.
    public struct Extra: Sendable, Hashable {
        public var usedSpace: Float?
        public var quotaLimit: Int64?
        public var inviter: String?
        /// The day of registration as the portal wrote it (its own time zone): 20260302.
        public var registeredDay: Int32?

        public init(
            usedSpace: Float? = nil, quotaLimit: Int64? = nil, inviter: String? = nil, registeredDay: Int32? = nil
        ) {
            self.usedSpace = usedSpace
            self.quotaLimit = quotaLimit
            self.inviter = inviter
            self.registeredDay = registeredDay
        }

        init(_ person: Person) {
            usedSpace = person.usedSpace.flatMap { $0.isFinite && $0 >= 0 ? Float($0) : nil }
            quotaLimit = person.quotaLimit
            inviter = person.createdBy?.displayName
            registeredDay = person.registrationDate.flatMap { Self.day(of: $0.text) }
        }

        /// `2026-03-02T17:05:11…` → 20260302: the date part of the text, the portal's own day.
        static func day(of text: String) -> Int32? {
            let digits = text.prefix(10).split(separator: "-")
            guard digits.count == 3, digits[0].count == 4, digits[1].count == 2, digits[2].count == 2,
                let year = Int32(digits[0]), let month = Int32(digits[1]), let day = Int32(digits[2]),
                year > 1, (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            return year * 10000 + month * 100 + day
        }
    }

    /// The booleans of `Person` that decide the type and the action rules, in one byte.
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let owner = Flags(rawValue: 1 << 0)
        static let admin = Flags(rawValue: 1 << 1)
        static let roomAdmin = Flags(rawValue: 1 << 2)
        static let collaborator = Flags(rawValue: 1 << 3)
        static let visitor = Flags(rawValue: 1 << 4)
        static let ldap = Flags(rawValue: 1 << 5)
        static let sso = Flags(rawValue: 1 << 6)
    }

    public init(_ person: Person) {
        id = person.id
        displayName = person.displayName
        email = person.email
        status = person.status
        activationStatus = person.activationStatus
        firstGroup = person.groups.first?.name
        groupCount = person.groups.count
        extra = Extra(person)
        flags = Self.flags(of: person)
    }

    /// The type and sign-in booleans of a person, without making the rest of a row.
    static func flags(of person: Person) -> Flags {
        var flags: Flags = []
        if person.isOwner { flags.insert(.owner) }
        if person.isAdmin { flags.insert(.admin) }
        if person.isRoomAdmin { flags.insert(.roomAdmin) }
        if person.isCollaborator { flags.insert(.collaborator) }
        if person.isVisitor { flags.insert(.visitor) }
        if person.isLDAP { flags.insert(.ldap) }
        if person.isSSO { flags.insert(.sso) }
        return flags
    }

    /// A row read back from the list's storage (`PageRows`).
    init(
        id: String, displayName: String, email: String?, status: EmployeeStatus,
        activationStatus: ActivationStatus, firstGroup: String?, groupCount: Int, extra: Extra, flags: Flags
    ) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.status = status
        self.activationStatus = activationStatus
        self.firstGroup = firstGroup
        self.groupCount = groupCount
        self.extra = extra
        self.flags = flags
    }

    /// "Sales +2": the first group and how many more, as the group column shows them.
    public var groupsText: String? {
        guard let firstGroup else { return nil }
        return groupCount > 1 ? "\(firstGroup) +\(groupCount - 1)" : firstGroup
    }

    public var isOwner: Bool { flags.contains(.owner) }
    public var isLDAP: Bool { flags.contains(.ldap) }

    /// The type derived from the flags, exactly as `Person.type` does it.
    public var type: EmployeeType {
        if flags.contains(.owner) || flags.contains(.admin) { return .docSpaceAdmin }
        if flags.contains(.roomAdmin) { return .roomAdmin }
        if flags.contains(.collaborator) { return .user }
        if flags.contains(.visitor) { return .guest }
        return .roomAdmin
    }

    /// The person as far as the row knows them: everything the list, the action rules and
    /// the confirmation dialog read; the rest stays empty until the detail is loaded.
    public var person: Person {
        Person(
            id: id, displayName: displayName, email: email, status: status,
            activationStatus: activationStatus, isOwner: flags.contains(.owner),
            isAdmin: flags.contains(.admin), isRoomAdmin: flags.contains(.roomAdmin),
            isCollaborator: flags.contains(.collaborator), isVisitor: flags.contains(.visitor),
            isLDAP: flags.contains(.ldap), isSSO: flags.contains(.sso))
    }
}
