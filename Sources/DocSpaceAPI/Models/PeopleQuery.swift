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
/// counted them for this request.
public struct PeoplePage: Sendable, Hashable {
    public var people: [Person]
    public var startIndex: Int
    public var total: Int
    public init(people: [Person], startIndex: Int, total: Int) {
        self.people = people; self.startIndex = startIndex; self.total = total
    }
}
