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
    /// Everyone fetched so far, page by page, in server order, as marks (`Marks`: tens of
    /// bytes a person; a decoded `Person` costs about 3 KB): this may hold a whole portal,
    /// alongside the marks it becomes. In pages because the state is copied (the terminal
    /// loop keeps the state it drew): a copied value is copied whole on its next change, and
    /// one growing value would be copied after every draw; this way only the list of pages is.
    private var pages: [Marks] = []
    public private(set) var fetchedCount = 0

    /// Pages asked for at once.
    public static let maxInFlight = 4

    init(query: PeopleQuery) {
        self.query = query
        nextStart = query.startIndex
    }

    /// The next page's query, or `nil` when every page has been asked for (or the total is
    /// not known yet and the first page is on its way).
    mutating func nextPageQuery() -> PeopleQuery? {
        if total == nil && !pending.isEmpty { return nil }
        if let total, nextStart >= total { return nil }
        guard pending.count < Self.maxInFlight else { return nil }
        var page = query
        page.startIndex = nextStart
        nextStart = PageSchedule.adding(nextStart, query.count)
        return page
    }

    /// A page short of `count` rows (or empty) before the claimed end shows the claim was
    /// wrong: the run ends where that page's rows end, so a portal claiming more people than
    /// it sends is not asked for every claimed page.
    mutating func add(_ page: PeoplePage) {
        if total == nil { total = page.total }
        if page.people.count < query.count, let claimed = total, page.end < claimed { total = page.end }
        pages.append(Marks(page.people))
        fetchedCount += page.people.count
    }

    /// Everyone fetched, each once (someone who moved between pages while they were fetched
    /// arrives twice), in server order.
    var collected: Marks {
        Marks(joining: pages)
    }

    var isComplete: Bool { pending.isEmpty && total.map { nextStart >= $0 } == true }
}
