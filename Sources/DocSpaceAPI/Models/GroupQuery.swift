/// What to list from `GET /api/2.0/group` (`GeneralInformationRequestDto`): text, whose
/// groups, sort and one page.
public struct GroupQuery: Sendable, Hashable {
    /// `GroupSortType`, parsed by the server ignoring case; anything else sorts by name.
    public enum SortField: String, Sendable, Hashable, CaseIterable {
        /// The group's name.
        case name = "title"
        /// The head's first name (`DbUserService.GetGroupsAsync`); groups without one first.
        case head = "manager"
        /// Member rows, terminated members included (the count the list shows leaves them out).
        case memberCount = "membersCount"
    }

    /// `filterValue`: the server lower-cases and trims it and keeps groups whose name
    /// *contains* it.
    public var text: String?
    /// `userId`: only the groups this person is in (or heads, with `headOnly`).
    public var memberID: String?
    /// `manager=true`: with `memberID`, only the groups that person heads.
    public var headOnly: Bool
    public var sortBy: SortField
    public var sortOrder: PeopleQuery.SortOrder
    public var startIndex: Int
    /// 1…100 (`[Range(1, ApiContext.MaxCount)]`): anything else is a validation 400.
    public var count: Int

    public static let maxCount = 100

    public init(
        text: String? = nil, memberID: String? = nil, headOnly: Bool = false, sortBy: SortField = .name,
        sortOrder: PeopleQuery.SortOrder = .ascending, startIndex: Int = 0, count: Int = 100
    ) {
        self.text = text
        self.memberID = memberID
        self.headOnly = headOnly
        self.sortBy = sortBy
        self.sortOrder = sortOrder
        self.startIndex = startIndex
        self.count = count
    }
}
