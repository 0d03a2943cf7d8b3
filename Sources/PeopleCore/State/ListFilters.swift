import DocSpaceAPI

/// Status, type and group filters and the sort: everything of the query except the search
/// text and the paging.
public struct ListFilters: Sendable, Equatable {
    /// `nil`: everyone the admin may see, whatever their status (as DocSpace's People page).
    public var status: EmployeeStatus?
    /// `nil`: every type.
    public var type: EmployeeType?
    /// `nil`: every group.
    public var group: GroupFilter?
    public var sortField: SortColumn = .name
    public var sortOrder: PeopleQuery.SortOrder = .ascending
    public var account: AccountLoginType?
    public var payments: Payments?
    public var quota: QuotaFilter?
    public var area: PeopleArea? = nil
    public var inviter: InviterFilter? = nil

    public init(
        status: EmployeeStatus? = nil, type: EmployeeType? = nil,
        sortField: SortColumn = .name, sortOrder: PeopleQuery.SortOrder = .ascending
    ) {
        self.status = status
        self.type = type
        self.sortField = sortField
        self.sortOrder = sortOrder
    }

    /// The order `f` walks through.
    public static let statusCycle: [EmployeeStatus?] = [nil, .active, .pending, .terminated]
    /// The order `F` walks through.
    public static let typeCycle: [EmployeeType?] = [nil, .docSpaceAdmin, .roomAdmin, .user, .guest]

    mutating func cycleStatus() {
        let index = Self.statusCycle.firstIndex { $0 == status } ?? 0
        status = Self.statusCycle[(index + 1) % Self.statusCycle.count]
    }

    mutating func cycleType() {
        let index = Self.typeCycle.firstIndex { $0 == type } ?? 0
        type = Self.typeCycle[(index + 1) % Self.typeCycle.count]
    }

    mutating func cycleSort() {
        let all = SortColumn.allCases
        let index = all.firstIndex(of: sortField) ?? 0
        sortField = all[(index + 1) % all.count]
    }

    mutating func reverse() {
        sortOrder = sortOrder == .ascending ? .descending : .ascending
    }

    public var statusLabel: String { status?.displayName ?? "All" }
    public var typeLabel: String { type?.displayName ?? "All" }
    public var groupLabel: String { group?.label ?? "All" }

    public var isFiltering: Bool {
        status != nil || type != nil || group != nil || account != nil || payments != nil || quota != nil
            || inviter != nil
    }
    public var sortLabel: String { sortField.label + (sortOrder == .ascending ? " ↑" : " ↓") }

    func query(text: String?, startIndex: Int, count: Int = PeopleList.pageSize) -> PeopleQuery {
        var query = PeopleQuery(
            text: text, status: status, types: type.map { [$0] } ?? [],
            sortBy: sortField.serverField, sortOrder: sortOrder,
            startIndex: startIndex, count: count)
        switch group {
        case .group(let id, _): query.groupID = id
        case .withoutGroup: query.withoutGroup = true
        case nil: break
        }
        query.accountLoginType = account
        query.payments = payments
        query.quota = quota
        query.area = area
        switch inviter {
        case .me: query.invitedByMe = true
        case .person(let id, _): query.inviterID = id
        case nil: break
        }
        return query
    }
}

/// The list columns one can sort by, in the order `o` cycles them.
public enum SortColumn: String, Sendable, CaseIterable {
    case name, email, type, registered, usedSpace

    public var label: String {
        switch self {
        case .name: "name"
        case .email: "e-mail"
        case .type: "type"
        case .registered: "registered"
        case .usedSpace: "used space"
        }
    }

    var serverField: PeopleQuery.SortField {
        switch self {
        case .name: .displayName
        case .email: .email
        case .type: .type
        case .registered: .registrationDate
        case .usedSpace: .usedSpace
        }
    }

    /// Accepts the words the command line takes (`:sort email desc`).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "name", "displayname", "n": self = .name
        case "email", "e-mail", "mail", "e": self = .email
        case "type", "role", "t": self = .type
        case "registered", "registration", "date", "registrationdate", "r": self = .registered
        case "space", "usedspace", "used", "storage", "s": self = .usedSpace
        default: return nil
        }
    }
}
