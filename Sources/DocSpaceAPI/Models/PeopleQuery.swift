/// What to list from `GET /api/2.0/people/filter`: text, filters, sort and one page.
public struct PeopleQuery: Sendable, Hashable {
    /// Sort fields the server knows (`SortType`), sent as `sortBy`.
    public enum SortField: String, Sendable, Hashable, CaseIterable {
        case firstName = "firstname", lastName = "lastname", displayName = "displayname"
        case type, email, department, usedSpace = "usedspace", createdBy = "createdby"
        case registrationDate = "registrationdate"
    }
    public enum SortOrder: Int, Sendable, Hashable { case ascending = 0, descending = 1 }

    /// Matched by the server with *contains* on first name, last name and e-mail; every
    /// space-separated term must match.
    public var text: String?
    /// `nil` lists everyone the caller may see (for an admin: active, pending and terminated).
    public var status: EmployeeStatus?
    /// Any of these types (`employeeTypes`, repeated); empty means all types.
    public var types: [EmployeeType]
    public var activationStatus: ActivationStatus?
    public var sortBy: SortField
    public var sortOrder: SortOrder
    public var startIndex: Int
    /// 1…100: the server answers anything else with a validation 400.
    public var count: Int

    public static let maxCount = 100

    public init(text: String? = nil, status: EmployeeStatus? = nil, types: [EmployeeType] = [],
                activationStatus: ActivationStatus? = nil, sortBy: SortField = .displayName,
                sortOrder: SortOrder = .ascending, startIndex: Int = 0, count: Int = 100) {
        self.text = text; self.status = status; self.types = types
        self.activationStatus = activationStatus; self.sortBy = sortBy
        self.sortOrder = sortOrder; self.startIndex = startIndex; self.count = count
    }
}

/// One page of a listing. `total` is the number of matches ignoring paging, as the server
/// counted them for this request — never trusted beyond `maxTotal`.
public struct PeoplePage: Sendable, Hashable {
    public var people: [Person]
    public var startIndex: Int
    public var total: Int

    /// The most people a listing is believed to hold, whatever a portal claims: a portal's
    /// `total` sizes the TUI's listing and the paging, so `1e11` or `Int.max` would allocate
    /// gigabytes or overflow. Ten million is a hundred times the largest portal this tool is
    /// built for, and keeps every position within `Int32`.
    public static let maxTotal = 10_000_000

    /// `total` is clamped to `0...maxTotal`.
    public init(people: [Person], startIndex: Int, total: Int) {
        self.people = people; self.startIndex = startIndex
        self.total = min(max(0, total), Self.maxTotal)
    }

    /// Where the rows of this page end: `startIndex + people.count`, saturating.
    public var end: Int {
        let (sum, overflow) = startIndex.addingReportingOverflow(people.count)
        return overflow ? Int.max : sum
    }
}
