import DocSpaceAPI

/// The server's listing for one query, loaded page by page into the positions the server gave.
///
/// Slots are indexed like the server's `startIndex`, so `G` can jump to person 12,345 and load
/// only that page; unloaded positions are `nil` and drawn as "loading…".
public struct PeopleList: Sendable, Equatable {
    /// The server refuses more than 100 per request.
    public static let pageSize = PeopleQuery.maxCount

    /// What the server counted for this query; `nil` until the first page arrives.
    public private(set) var total: Int?
    public private(set) var slots: [Person?] = []
    /// Bumped whenever the query changes or the listing is reloaded, so that answers to
    /// older requests are recognised and dropped (newest wins).
    public var generation: Int = 0
    /// Pages requested for the current generation and not answered yet.
    public var requestedPages: [Int: RequestID] = [:]

    public init() {}

    /// Known positions: `total` once known.
    public var count: Int { total ?? 0 }
    public var isLoaded: Bool { total != nil }

    public subscript(index: Int) -> Person? {
        slots.indices.contains(index) ? slots[index] : nil
    }

    public func index(of id: String) -> Int? {
        slots.firstIndex { $0?.id == id }
    }

    /// Every loaded person, in order.
    public var loadedPeople: [Person] { slots.compactMap { $0 } }

    public static func page(containing index: Int) -> Int { index / pageSize }

    /// Forgets all rows: for a new query (other text, filter or sort).
    mutating func clear() {
        total = nil
        slots = []
        requestedPages = [:]
    }

    /// Puts a page where the server says it belongs. A changed `total` (someone added or
    /// removed people meanwhile) resizes the slots; rows from other pages stay until reloaded.
    mutating func insert(_ page: PeoplePage) {
        let newTotal = max(page.total, page.startIndex + page.people.count)
        if newTotal < slots.count {
            slots.removeLast(slots.count - newTotal)
        } else if newTotal > slots.count {
            slots.append(contentsOf: Array(repeating: nil, count: newTotal - slots.count))
        }
        total = newTotal
        for (offset, person) in page.people.enumerated() {
            slots[page.startIndex + offset] = person
        }
    }

    /// Replaces a person wherever they are, with the server's newer state. Returns whether
    /// the person was in the list.
    @discardableResult
    mutating func update(_ person: Person) -> Bool {
        guard let index = index(of: person.id) else { return false }
        slots[index] = person
        return true
    }

    /// Removes a person the server deleted.
    mutating func remove(id: String) {
        guard let index = index(of: id) else { return }
        slots.remove(at: index)
        total = max(0, (total ?? 1) - 1)
    }
}
