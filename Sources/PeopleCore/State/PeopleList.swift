import DocSpaceAPI

/// The server's listing for one query, loaded page by page into the positions the server gave.
///
/// Positions are indexed like the server's `startIndex`, so `G` can jump to person 12,345 and
/// load only that page; unloaded positions have no row and are drawn as "loading…".
///
/// Built for 100,000 people: each position holds a compact row (a 40-byte record with its texts
/// as UTF-8, read back as a `PersonRow`; full `Person` values only for the latest pages,
/// `RecentPeople`), rows are grouped by page (`PageRows`) with their search keys, and an index
/// finds a person's position by id (a GUID as 16 bytes, `StoredID`). A person appears at most
/// once: when a page puts someone at a new position (the listing shifted), their old position
/// is emptied and loaded again if it comes on screen.
///
/// The portal's `total` is not trusted: it is clamped (`PeoplePage.maxTotal`), and the
/// positions of a page that answered with fewer rows than the total promised are *missing*,
/// drawn as such and not asked for again; no page is asked for more than
/// `maxRequestsPerPage` times per generation, so a portal that keeps contradicting itself
/// costs a bounded number of requests.
public struct PeopleList: Sendable, Equatable {
    /// The server refuses more than 100 per request.
    public static let pageSize = PeopleQuery.maxCount
    /// Full copies are kept for this many people: the latest three pages.
    static let recentCapacity = 3 * pageSize

    /// What the server counted for this query; `nil` until the first page arrives.
    public private(set) var total: Int?
    /// One entry per page of positions; `nil` for a page of which nothing is loaded.
    private var pages: [PageRows?] = []
    private var positions = PositionIndex()
    private var recent = RecentPeople(capacity: recentCapacity)
    /// The bytes of the search keys, counted: the search looks for a term's rarest byte.
    private(set) var byteFrequencies = ByteFrequencies()
    /// Rows loaded, over all pages.
    public private(set) var loadedCount = 0
    /// Bumped whenever the query changes or the listing is reloaded, so that answers to
    /// older requests are recognised and dropped (newest wins).
    public var generation: Int = 0 {
        didSet { requestCounts = [:] }
    }
    /// Pages requested for the current generation and not answered yet.
    public var requestedPages: [Int: RequestID] = [:]
    /// Pages whose answer has been placed: their empty positions are missing, not loading.
    private var answeredPages: Set<Int> = []
    /// How often each page was asked for in this generation.
    private var requestCounts: [Int: Int] = [:]
    /// A page is asked for at most this often per generation (a reload starts a new one): once,
    /// and again when the listing shifted under it.
    static let maxRequestsPerPage = 3

    public init() {}

    /// Known positions: `total` once known.
    public var count: Int { total ?? 0 }
    public var isLoaded: Bool { total != nil }

    public static func page(containing index: Int) -> Int { index / pageSize }

    // MARK: Reading

    /// The compact row at a position, if loaded: what the list pane draws.
    public func row(at index: Int) -> PersonRow? {
        guard index >= 0, index < count else { return nil }
        return pages[index / Self.pageSize]?[index % Self.pageSize]
    }

    /// Whether the row at a position is loaded.
    public func hasRow(at index: Int) -> Bool {
        guard index >= 0, index < count, let page = pages[index / Self.pageSize] else { return false }
        return page.isLoaded(index % Self.pageSize)
    }

    /// A position the portal promised (it is below `total`) but whose page, answered, did not
    /// bring — or whose page was asked for as often as it may be. Not asked for again until a
    /// reload.
    public func isMissing(at index: Int) -> Bool {
        guard index >= 0, index < count, !hasRow(at: index) else { return false }
        let number = Self.page(containing: index)
        return requestedPages[number] == nil && (answeredPages.contains(number) || !mayRequest(page: number))
    }

    /// Whether a page may be asked for (again) in this generation.
    public func mayRequest(page number: Int) -> Bool {
        requestCounts[number, default: 0] < Self.maxRequestsPerPage
    }

    /// Counts a request for a page.
    mutating func noteRequest(page number: Int, id: RequestID) {
        requestedPages[number] = id
        requestCounts[number, default: 0] += 1
    }

    /// The person at a position: the full copy when it is one of the latest, else as far as
    /// the row knows them.
    public subscript(index: Int) -> Person? {
        guard let row = row(at: index) else { return nil }
        return recent[row.id] ?? row.person
    }

    public func index(of id: String) -> Int? {
        positions[id]
    }

    public func contains(id: String) -> Bool {
        positions[id] != nil
    }

    /// Every loaded person, in order. O(loaded rows): for tests and small lists, not per frame.
    public var loadedPeople: [Person] {
        var people: [Person] = []
        people.reserveCapacity(loadedCount)
        for page in pages {
            guard let page else { continue }
            for slot in 0..<page.capacity {
                if let row = page[slot] { people.append(recent[row.id] ?? row.person) }
            }
        }
        return people
    }

    // MARK: Changing

    /// Forgets all rows: for a new query (other text, filter or sort).
    mutating func clear() {
        total = nil
        pages = []
        positions = PositionIndex()
        recent = RecentPeople(capacity: Self.recentCapacity)
        byteFrequencies = ByteFrequencies()
        loadedCount = 0
        requestedPages = [:]
        answeredPages = []
        requestCounts = [:]
    }

    /// Puts a page where the server says it belongs. A changed `total` (someone added or
    /// removed people meanwhile) resizes the listing; rows from other pages stay until reloaded.
    /// The page's own positions that it left empty are missing from then on (`isMissing`).
    mutating func insert(_ page: PeoplePage) {
        guard page.startIndex >= 0, page.startIndex < PeoplePage.maxTotal else { return }
        resize(to: min(PeoplePage.maxTotal, max(page.total, page.end)))
        for (offset, person) in page.people.enumerated() where page.startIndex + offset < count {
            place(person, at: page.startIndex + offset)
            recent.add(person)
        }
        // The pages just filled give back the room their buffers grew by.
        let first = Self.page(containing: page.startIndex)
        let last = min(pages.count - 1, Self.page(containing: max(page.startIndex, page.end - 1)))
        if first <= last {
            for number in first...last { pages[number]?.fit() }
        }
        answeredPages.insert(Self.page(containing: page.startIndex))
    }

    /// Replaces a person wherever they are, with the server's newer state. Returns whether
    /// the person was in the list.
    @discardableResult
    mutating func update(_ person: Person) -> Bool {
        guard let index = positions[person.id] else { return false }
        let known = recent[person.id]
        guard known != person else { return true }
        // The search key also holds the first and last names, which the row does not keep:
        // unless the full copy shows the key's fields unchanged, the key is folded anew.
        if let known, known.displayName == person.displayName, known.email == person.email,
            known.firstName == person.firstName, known.lastName == person.lastName
        {
            let row = PersonRow(person)
            if self.row(at: index) != row { pages[index / Self.pageSize]?.replaceRow(row, at: index % Self.pageSize) }
        } else {
            place(person, at: index)
        }
        recent.add(person)
        return true
    }

    /// Removes a person the server deleted; the people after them move up one position, as
    /// they do in the server's listing. O(positions after them).
    mutating func remove(id: String) {
        guard let index = positions[id] else { return }
        positions[id] = nil
        recent.remove(id: id)
        loadedCount -= 1
        let last = count - 1
        let firstPage = index / Self.pageSize
        let lastPage = last / Self.pageSize
        for number in firstPage...lastPage {
            let removed = number == firstPage ? index % Self.pageSize : 0
            let incoming = number < lastPage ? pages[number + 1]?.entry(at: 0) : nil
            if pages[number] == nil {
                guard incoming != nil else { continue }
                pages[number] = PageRows(capacity: Self.pageSize)
            }
            pages[number]?.shiftUp(removing: removed, appending: incoming)
            // Everyone from the removed slot on moved up one position.
            let base = number * Self.pageSize
            if let page = pages[number] {
                for slot in removed..<Self.pageSize {
                    if let id = page.storedID(at: slot) { positions[id] = base + slot }
                }
            }
        }
        total = max(0, count - 1)
        // The last slot of each page from here on may now wait for its row: loading, not missing.
        answeredPages.subtract(firstPage...lastPage)
        trimPages()
    }

    // MARK: Internals

    private mutating func resize(to newTotal: Int) {
        if newTotal < count {
            for index in newTotal..<count { clearPosition(index) }
        }
        total = newTotal
        trimPages()
        let needed = (newTotal + Self.pageSize - 1) / Self.pageSize
        if pages.count < needed { pages.append(contentsOf: repeatElement(nil, count: needed - pages.count)) }
    }

    /// Drops pages wholly past the end.
    private mutating func trimPages() {
        let needed = (count + Self.pageSize - 1) / Self.pageSize
        if pages.count > needed { pages.removeLast(pages.count - needed) }
    }

    private mutating func place(_ person: Person, at index: Int) {
        let number = index / Self.pageSize
        let slot = index % Self.pageSize
        let id = StoredID(person.id)
        if let old = pages[number]?.storedID(at: slot), old != id, positions[old] == index {
            positions[old] = nil
        }
        if let elsewhere = positions[id], elsewhere != index {
            // The listing shifted: the person's old position no longer holds them.
            clearPosition(elsewhere)
        }
        if pages[number] == nil { pages[number] = PageRows(capacity: Self.pageSize) }
        let before = pages[number]?.loadedCount ?? 0
        var key: [UInt8] = []
        SearchKey.append(person, to: &key)
        byteFrequencies.add(key)
        pages[number]?.set(PersonRow(person), key: key, at: slot)
        loadedCount += (pages[number]?.loadedCount ?? 0) - before
        positions[id] = index
    }

    private mutating func clearPosition(_ index: Int) {
        let number = index / Self.pageSize
        let slot = index % Self.pageSize
        guard number < pages.count, let id = pages[number]?.storedID(at: slot) else { return }
        if positions[id] == index { positions[id] = nil }
        pages[number]?.clear(slot)
        // The row is gone from here, not missing: the page is asked for again when on screen.
        answeredPages.remove(number)
        loadedCount -= 1
        if pages[number]?.loadedCount == 0 { pages[number] = nil }
    }

    // MARK: Search

    /// Positions of the loaded people who match every term, ascending: among `candidates`
    /// (ascending positions) if given, else among all. Pages equal to those of `except` are
    /// skipped (the search's snapshot already covers them).
    func positions(
        matching terms: SearchTerms, among candidates: [Int32]? = nil,
        skippingPagesOf except: PeopleList? = nil
    ) -> [Int32] {
        var found: [Int32] = []
        terms.withMatcher { matcher in
            if let candidates {
                candidates.withUnsafeBufferPointer { candidates in
                    // Candidates come in runs, one run per page.
                    var i = 0
                    while i < candidates.count {
                        let number = Int(candidates[i]) / Self.pageSize
                        let end = Int32((number + 1) * Self.pageSize)
                        var j = i + 1
                        while j < candidates.count && candidates[j] < end { j += 1 }
                        if number < pages.count, let page = pages[number] {
                            page.appendMatches(
                                of: matcher, among: UnsafeBufferPointer(rebasing: candidates[i..<j]),
                                start: Int32(number * Self.pageSize), to: &found)
                        }
                        i = j
                    }
                }
                return
            }
            found.reserveCapacity(loadedCount)
            for number in pages.indices {
                guard let page = pages[number] else { continue }
                if let except, number < except.pages.count, except.pages[number] == page { continue }
                let base = number * Self.pageSize
                let end = min(Self.pageSize, count - base)
                page.appendMatches(of: matcher, in: 0..<end, start: Int32(base), to: &found)
            }
        }
        return found
    }

    // MARK: Equality

    /// The index is derived from the rows and left out.
    public static func == (a: PeopleList, b: PeopleList) -> Bool {
        a.total == b.total && a.generation == b.generation && a.loadedCount == b.loadedCount
            && a.requestedPages == b.requestedPages && a.pages == b.pages && a.recent == b.recent
            && a.answeredPages == b.answeredPages && a.requestCounts == b.requestCounts
    }
}
