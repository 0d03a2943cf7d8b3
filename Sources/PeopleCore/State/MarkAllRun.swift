import DocSpaceAPI

/// `*`: marking everyone who matches the current search and filters, loaded or not.
///
/// The pages are asked for by `update` itself, at most `maxInFlight` at a time (the same
/// bound the list uses), rather than by one long request streaming `allPeople`: the runner
/// abandons requests instead of cancelling them (see `EffectRunner`), so a streaming fetch
/// could only be stopped by leaving it to page through the rest in the background. Here Esc
/// simply stops asking, and what arrived is kept.
public struct MarkAllRun: Sendable, Equatable {
    /// The query as it was when `*` was pressed (the search and filters of that moment).
    public var query: PeopleQuery
    /// How many match, from the first page's answer.
    public var total: Int?
    /// The start index of the next page to ask for.
    var nextStart: Int
    /// Pages on their way, by request.
    var pending: [RequestID: Int] = [:]
    /// Everyone fetched so far, in server order, without repeats (a person moving between
    /// pages while they are fetched arrives twice). Kept compact (`PersonRow.person`): a
    /// decoded `Person` costs about 3 KB and this may hold a whole portal.
    public private(set) var collected: [Person] = []
    private var seen: Set<String> = []

    /// Pages asked for at once.
    public static let maxInFlight = 4

    init(query: PeopleQuery) {
        self.query = query
        nextStart = query.startIndex
    }

    public var fetchedCount: Int { collected.count }

    /// The next page's query, or `nil` when every page has been asked for (or the total is
    /// not known yet and the first page is on its way).
    mutating func nextPageQuery() -> PeopleQuery? {
        if total == nil && !pending.isEmpty { return nil }
        if let total, nextStart >= total { return nil }
        guard pending.count < Self.maxInFlight else { return nil }
        var page = query
        page.startIndex = nextStart
        nextStart += query.count
        return page
    }

    mutating func add(_ page: PeoplePage) {
        if total == nil { total = page.total }
        for person in page.people where seen.insert(person.id).inserted {
            collected.append(PersonRow(person).person)
        }
    }

    var isComplete: Bool { pending.isEmpty && total.map { nextStart >= $0 } == true }
}
