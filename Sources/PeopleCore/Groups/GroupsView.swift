import DocSpaceAPI

/// The Groups view: the portal's groups (name, head, member count), loaded page by page as
/// the People list is, sorted and searched by the server.
///
/// A portal has far fewer groups than people, so the groups of a page are kept whole; only
/// the pages on screen or just ahead of the cursor are asked for.
public struct GroupsView: Sendable, Equatable {
    /// The server takes at most 100 groups per request.
    public static let pageSize = GroupQuery.maxCount

    /// What the server counted for the query; `nil` until the first page arrives.
    public private(set) var total: Int?
    /// The groups of each page answered, by page number.
    private var pages: [Int: [Group]] = [:]
    /// Pages asked for and not answered yet in this generation.
    var requestedPages: [Int: RequestID] = [:]
    /// Bumped when the query changes, so that answers to older requests are dropped.
    var generation = 0
    public var cursor = 0
    public var scroll = 0
    public var sortField: GroupQuery.SortField = .name
    public var sortOrder: PeopleQuery.SortOrder = .ascending
    /// The search the server was asked for (`nil`: every group).
    public private(set) var appliedText: String?
    /// The `/` field while it is open.
    public var searchField: LineEditor?
    /// Why the groups are not (all) there: the last page request failed.
    public var problem: String?

    public init() {}

    public var count: Int { total ?? 0 }
    public var isLoaded: Bool { total != nil }
    public var isSearching: Bool { searchField != nil }

    /// The group at a position, if its page has come.
    public func group(at index: Int) -> Group? {
        guard index >= 0, index < count, let page = pages[index / Self.pageSize] else { return nil }
        let slot = index % Self.pageSize
        return page.indices.contains(slot) ? page[slot] : nil
    }

    /// "name ↑": the sort as the title bar says it.
    public var sortLabel: String { Self.label(of: sortField) + (sortOrder == .ascending ? " ↑" : " ↓") }

    public static func label(of field: GroupQuery.SortField) -> String {
        switch field {
        case .name: "name"
        case .head: "head"
        case .memberCount: "members"
        }
    }

    /// "1–20 of 35" for the rows on screen.
    func positionText(rows: Int) -> String {
        guard let total else { return problem == nil ? "loading…" : "not loaded" }
        if total == 0 { return "no groups" }
        let first = min(scroll + 1, total)
        let last = min(scroll + rows, total)
        return "\(NumberText.grouped(first))–\(NumberText.grouped(last)) of \(NumberText.grouped(total)) groups"
    }

    /// The query for one page.
    func query(page: Int) -> GroupQuery {
        GroupQuery(
            text: appliedText, sortBy: sortField, sortOrder: sortOrder, startIndex: page * Self.pageSize,
            count: Self.pageSize)
    }

    /// The pages that hold the rows from `first` to `last` and are neither loaded nor asked for.
    func pagesWanted(from first: Int, to last: Int) -> [Int] {
        guard isLoaded else { return requestedPages[0] == nil ? [0] : [] }
        guard count > 0 else { return [] }
        let lower = max(0, first) / Self.pageSize
        let upper = min(count - 1, max(first, last)) / Self.pageSize
        guard lower <= upper else { return [] }
        return (lower...upper).filter { pages[$0] == nil && requestedPages[$0] == nil }
    }

    mutating func insert(_ page: GroupPage, number: Int) {
        total = page.total
        pages[number] = page.groups
        problem = nil
    }

    /// A new query (sort, search, refresh): the old groups mean nothing for it.
    mutating func restart(text: String?) {
        appliedText = text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        generation += 1
        requestedPages = [:]
        pages = [:]
        total = nil
        problem = nil
        cursor = 0
        scroll = 0
    }

    /// Keeps the cursor inside the groups and the rows on screen around it.
    mutating func follow(rows: Int) {
        cursor = count == 0 ? 0 : min(max(0, cursor), count - 1)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + rows { scroll = cursor - rows + 1 }
        scroll = min(max(0, scroll), max(0, count - rows))
    }

    mutating func cycleSort() {
        let all = GroupQuery.SortField.allCases
        let index = all.firstIndex(of: sortField) ?? 0
        sortField = all[(index + 1) % all.count]
    }

    mutating func reverse() {
        sortOrder = sortOrder == .ascending ? .descending : .ascending
    }
}
