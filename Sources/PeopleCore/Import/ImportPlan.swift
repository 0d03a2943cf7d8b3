import DocSpaceAPI

/// One line that passed every check: what will be sent for it.
public struct ImportItem: Sendable, Equatable {
    public var line: Int
    public var email: String
    public var firstName: String
    public var lastName: String
    public var type: EmployeeType
    /// The groups named, found on the portal.
    public var groups: [Group]
    /// The storage quota to set once the person is there; `nil`: the portal's default.
    public var quota: StorageLimit?

    public init(
        line: Int, email: String, firstName: String, lastName: String, type: EmployeeType, groups: [Group] = [],
        quota: StorageLimit? = nil
    ) {
        self.line = line
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.type = type
        self.groups = groups
        self.quota = quota
    }

    /// The route of this line's request: guests are created through `people/active`.
    public func serverCall(_ mode: ImportMode) -> String {
        mode == .create && type == .guest ? "POST /api/2.0/people/active" : mode.serverCall
    }

    /// The request for a new account; the portal generates the password and mails the
    /// activation instructions.
    public var newPerson: NewPerson {
        NewPerson(
            firstName: firstName, lastName: lastName, email: email, type: type, groupIDs: groups.map(\.id))
    }
}

/// How the people of a file come in.
public enum ImportMode: Sendable, Equatable {
    /// `POST people` (guests: `people/active`): an account at once, activation mailed.
    case create
    /// `POST people/invite`: an invitation by e-mail; the person picks their own name.
    case invite

    public var serverCall: String {
        switch self {
        case .create: "POST /api/2.0/people"
        case .invite: "POST /api/2.0/people/invite"
        }
    }

    /// The audit log's word.
    public var auditWord: String {
        switch self {
        case .create: "import"
        case .invite: "import invite"
        }
    }
}

/// What the portal is like before an import, read once: who is signing in, everyone by
/// e-mail, every group, and — when a line needs them — the paid seats left and whether
/// per-user quotas are on.
public struct ImportPortal: Sendable {
    public var me: Person
    /// The paid seats still free (`portal/payment/quota`); `nil`: no limit, or not read
    /// because no line gives a paid type.
    public var paidSeats: PaidSeats?
    /// Whether per-user storage quotas are on (`settings/userquotasettings`); `nil`: not
    /// read because no line gives a quota.
    public var quotasOn: Bool?
    /// Everyone on the portal (any status), by lower-cased e-mail.
    public var peopleByEmail: [String: Person]
    public var groups: [Group]
    /// The groups by exact name, and by name in lower case.
    private var groupsByName: [String: [Group]] = [:]
    private var groupsByFoldedName: [String: [Group]] = [:]

    public init(me: Person, people: [Person], groups: [Group], paidSeats: PaidSeats? = nil, quotasOn: Bool? = nil) {
        self.me = me
        self.paidSeats = paidSeats
        self.quotasOn = quotasOn
        var byEmail: [String: Person] = [:]
        for person in people {
            guard let email = person.email?.lowercased(), !email.isEmpty else { continue }
            byEmail[email] = person
        }
        peopleByEmail = byEmail
        self.groups = groups
        for group in groups {
            groupsByName[group.name, default: []].append(group)
            groupsByFoldedName[group.name.lowercased(), default: []].append(group)
        }
    }

    /// Why a group name in a file does not name one group.
    public struct GroupProblem: Error, Sendable {
        public var message: String
    }

    /// The one group a name means: the exact name, else the only one equal ignoring case.
    /// The portal lets two groups share a name; then the file must be clearer, not guessed.
    public func group(named name: String) -> Result<Group, GroupProblem> {
        let matches = groupsByName[name] ?? groupsByFoldedName[name.lowercased()] ?? []
        switch matches.count {
        case 1: return .success(matches[0])
        case 0: return .failure(GroupProblem(message: "no group is named “\(name)”"))
        default:
            return .failure(
                GroupProblem(message: "\(matches.count) groups are named “\(name)”; rename one on the portal"))
        }
    }
}

/// Every line of a file checked before anything is sent: the lines ready to go, and every
/// problem with its line. The rules are the portal's own, checked here so a file is either
/// clean or not sent at all (`POST people` would otherwise stop a run halfway through):
/// - the address: `PeopleInputRules.emailProblem` (invitations also refuse punycode);
/// - the names (`core:username:regex`, at most 255 characters): a first name is required to
///   create an account; invitations send no names, so there they are only checked if given;
/// - the type: one of docspace-admin, room-admin, user, guest (empty: user), one the caller
///   may give (`PeopleInputRules.typeProblem`); the portal invites no guests;
/// - the groups: each names one group on the portal (exact name, else the one name equal
///   ignoring case), and only DocSpace admins may put people in groups (the server skips
///   the groups of anyone else's request without a word);
/// - the quota: a size (`StorageSize`: "10 GB", "500MB", "none"), only from a DocSpace admin
///   (`EditPortalSettings`), and only while per-user quotas are on (off, the portal would
///   store a limit it neither applies nor shows);
/// - no address twice in the file, and none that is already on the portal;
/// - the paid seats: DocSpace admins and room admins take a paid seat each
///   (`CountPaidUserChecker`), counted in file order against the seats the plan has free;
///   every line past the last free seat is a problem. Without this `POST people` would
///   silently create a User instead and an invitation would be refused with a 402.
public struct ImportPlan: Sendable, Equatable {
    public var mode: ImportMode
    public var items: [ImportItem]
    /// Every problem, in line order (a line may have several).
    public var problems: [ImportProblem]
    /// How many lines the file has besides its header.
    public var lineCount: Int
    /// Every line in file order: sent, or skipped with its problems (`--skip-bad`).
    public var steps: [ImportStep]

    /// The lines with a problem, each once, in order.
    public var badLines: [Int] {
        var seen = Set<Int>()
        return problems.map(\.line).filter { seen.insert($0).inserted }
    }

    public var isClean: Bool { problems.isEmpty }

    public init(file: ImportFile, portal: ImportPortal, mode: ImportMode) {
        self.mode = mode
        items = []
        problems = file.problems
        lineCount = file.lines.count + file.problems.count
        steps = file.problems.map { .skip(line: $0.line, email: "", reason: $0.message) }
        var firstLineOf: [String: Int] = [:]
        var seats = SeatCount(left: portal.paidSeats?.left)
        for line in file.lines {
            let found = Self.check(line, portal: portal, mode: mode, firstLineOf: &firstLineOf)
                .flatMap { seats.take(for: $0, portal: portal) }
            switch found {
            case .success(let item):
                items.append(item)
                steps.append(.send(item))
            case .failure(let lineProblems):
                problems += lineProblems.problems
                steps.append(
                    .skip(
                        line: line.line, email: line.email,
                        reason: lineProblems.problems.map(\.message).joined(separator: "; ")))
            }
        }
        // A field-count problem and the checks of other lines arrive apart; one order.
        problems.sort { $0.line < $1.line }
        steps.sort { $0.line < $1.line }
    }

    private struct LineProblems: Error {
        var problems: [ImportProblem]
    }

    /// The paid seats taken so far by clean lines, in file order.
    private struct SeatCount {
        var left: Int?
        var taken = 0

        mutating func take(for item: ImportItem, portal: ImportPortal) -> Result<ImportItem, LineProblems> {
            guard ImportPlan.takesPaidSeat(item.type), let left else { return .success(item) }
            taken += 1
            guard taken > left else { return .success(item) }
            let seats = portal.paidSeats.map { " (the plan has \($0.limit ?? 0), \($0.used ?? 0) taken)" } ?? ""
            let message =
                "type: no paid seat left for a \(item.type.displayName): \(ImportPlan.count(left, "seat")) free\(seats), "
                + "taken by earlier lines; the portal would make this person a User"
            return .failure(LineProblems(problems: [ImportProblem(line: item.line, message: message)]))
        }
    }

    /// DocSpace admins and room admins hold a paid seat; users and guests do not.
    static func takesPaidSeat(_ type: EmployeeType) -> Bool {
        switch type {
        case .docSpaceAdmin, .roomAdmin: true
        case .user, .guest: false
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func check(
        _ line: ImportLine, portal: ImportPortal, mode: ImportMode, firstLineOf: inout [String: Int]
    ) -> Result<ImportItem, LineProblems> {
        var problems: [String] = []
        let addressProblem =
            mode == .invite
            ? PeopleInputRules.invitationAddressProblem(line.email) : PeopleInputRules.emailProblem(line.email)
        if let addressProblem {
            problems.append("e-mail: \(addressProblem)")
        } else {
            let key = line.email.lowercased()
            if let earlier = firstLineOf[key] {
                problems.append("e-mail: \(line.email) is on line \(earlier) already")
            } else {
                firstLineOf[key] = line.line
            }
            if let existing = portal.peopleByEmail[key] {
                problems.append(
                    "e-mail: \(line.email) is on the portal already (\(existing.displayName), \(existing.status.displayName.lowercased()))"
                )
            }
        }
        if let problem = PeopleInputRules.nameProblem(line.firstName, required: mode == .create) {
            problems.append("first name: \(problem)")
        }
        if let problem = PeopleInputRules.nameProblem(line.lastName, required: false) {
            problems.append("last name: \(problem)")
        }
        var type = EmployeeType.user
        if !line.type.isEmpty {
            if let parsed = EmployeeType(parsing: line.type) {
                type = parsed
            } else {
                problems.append("type: “\(line.type)” is not docspace-admin, room-admin, user or guest")
            }
        }
        if let problem = PeopleInputRules.typeProblem(type, me: portal.me) {
            problems.append("type: \(problem)")
        } else if mode == .invite, type == .guest {
            problems.append("type: the portal does not invite guests (import them without --invite)")
        }
        var groups: [Group] = []
        if !line.groups.isEmpty, !(portal.me.isOwner || portal.me.isAdmin) {
            problems.append("groups: only DocSpace admins can put people in groups")
        }
        for name in line.groups {
            switch portal.group(named: name) {
            case .success(let group): if !groups.contains(group) { groups.append(group) }
            case .failure(let problem): problems.append("groups: \(problem.message)")
            }
        }
        var quota: StorageLimit?
        if !line.quota.isEmpty {
            do {
                quota = try StorageSize.parse(line.quota)
            } catch {
                problems.append("quota: \(error.description)")
            }
            if let refusal = ChangeKind.setQuota(.noLimit).refusal(for: portal.me, me: portal.me) {
                problems.append("quota: \(refusal.text)")
            } else if portal.quotasOn == false {
                problems.append(
                    "quota: per-user storage quotas are off on the portal (Settings → Storage management); leave it empty"
                )
            }
        }
        guard problems.isEmpty else {
            return .failure(LineProblems(problems: problems.map { ImportProblem(line: line.line, message: $0) }))
        }
        return .success(
            ImportItem(
                line: line.line, email: line.email, firstName: line.firstName, lastName: line.lastName, type: type,
                groups: groups, quota: quota))
    }
}

/// One line of the run, in file order.
public enum ImportStep: Sendable, Equatable {
    case send(ImportItem)
    /// A line with problems, left out (`--skip-bad`): its row says why.
    case skip(line: Int, email: String, reason: String)

    public var line: Int {
        switch self {
        case .send(let item): item.line
        case .skip(let line, _, _): line
        }
    }

    public var email: String {
        switch self {
        case .send(let item): item.email
        case .skip(_, let email, _): email
        }
    }
}
