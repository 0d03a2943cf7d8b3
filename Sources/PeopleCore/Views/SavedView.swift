import DocSpaceAPI

/// A saved view: a `[views.NAME]` table of config.toml, with the settings of `list`'s flags
/// (filters, search, sort) and the list's columns. The command line (`list --view NAME`) and
/// the terminal UI (`:view NAME`, `v`) read all of it; the command line's table shows the
/// columns, its JSON and CSV whole people.
///
/// Empty means "not set": no status, every type, no group, no search, the name sort, the
/// standard columns.
public struct SavedView: Sendable, Equatable {
    public var status: EmployeeStatus?
    public var types: [EmployeeType]
    /// A group's id or exact name, as `list --group` takes it.
    public var group: String?
    public var withoutGroup: Bool
    public var search: String?
    public var sort: PeopleQuery.SortField?
    public var descending: Bool
    public var quota: QuotaFilter?
    /// `list --account`: SSO, LDAP or standard accounts.
    public var account: AccountLoginType?
    /// `list --paid` / `--free`.
    public var seats: Payments?
    /// `list --guests`: the Guests view.
    public var guests = false
    /// `list --invited-by-me`.
    public var invitedByMe = false
    /// `list --inviter`: the inviter's id, user name or e-mail (`:view-save` writes an id).
    /// Your own invitations are `invitedByMe`, never `inviter = "me"`.
    public var inviter: String?
    /// Empty: `ListColumn.standard`.
    public var columns: [ListColumn]

    public init(
        status: EmployeeStatus? = nil, types: [EmployeeType] = [], group: String? = nil, withoutGroup: Bool = false,
        search: String? = nil, sort: PeopleQuery.SortField? = nil, descending: Bool = false,
        quota: QuotaFilter? = nil, columns: [ListColumn] = []
    ) {
        self.status = status
        self.types = types
        self.group = group
        self.withoutGroup = withoutGroup
        self.search = search
        self.sort = sort
        self.descending = descending
        self.quota = quota
        self.columns = columns
    }

    /// `active`, `terminated` (or `disabled`), `pending` (or `invited`): `list --status`'s words.
    public static func status(parsing word: String) -> EmployeeStatus? {
        switch word.lowercased() {
        case "active": .active
        case "terminated", "disabled": .terminated
        case "pending", "invited": .pending
        default: nil
        }
    }

    /// The word `status` is written with; `nil` for a status the portal has but no filter.
    public static func statusWord(_ status: EmployeeStatus) -> String? {
        switch status {
        case .active: "active"
        case .terminated: "terminated"
        case .pending: "pending"
        case .other: nil
        }
    }

    /// `docspace-admin`, `room-admin`, `user`, `guest`: `list --type`'s words.
    public static func typeWord(_ type: EmployeeType) -> String {
        switch type {
        case .docSpaceAdmin: "docspace-admin"
        case .roomAdmin: "room-admin"
        case .user: "user"
        case .guest: "guest"
        }
    }
}

/// The saved views of the config file, as the terminal UI has them.
public struct SavedViews: Sendable, Equatable {
    public var views: [String: SavedView]
    /// `--view NAME`: the view the UI opens on.
    public var opening: String?

    public init(views: [String: SavedView] = [:], opening: String? = nil) {
        self.views = views
        self.opening = opening
    }

    /// The names, sorted, as the picker lists them.
    public var names: [String] { views.keys.sorted() }

    /// A view's name as config.toml takes it unquoted: letters, digits, `-` and `_`.
    public static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
    }
}

/// Saves a view into the config file for the terminal UI (`:view-save NAME`). The command
/// line provides it: its profile switcher, which already knows the config file, is one.
public protocol ViewSaver: Sendable {
    /// Writes `[views.NAME]` and answers the file's path, or throws an error whose
    /// description says why nothing was written.
    func save(_ view: SavedView, as name: String) throws -> String
}
