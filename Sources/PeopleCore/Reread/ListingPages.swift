import DocSpaceAPI

/// The start indexes of the listing pages after the first, without trusting the portal's
/// `total`: the claim is clamped to `maxTotal` (a hostile or broken portal could say
/// `Int.max`), start indexes are handed out one at a time (nothing is sized by the claim),
/// and the first short or empty page ends the listing where its rows end. Only the start
/// indexes asked for are used, never the ones a page echoes.
struct ListingPages {
    /// The most people a listing is believed to hold, whatever the portal claims: a hundred
    /// times the largest portal this tool is built for.
    static let maxTotal = 10_000_000

    let count: Int
    /// Where the listing is believed to end: the clamped claim, lowered by short pages.
    private(set) var end: Int
    private var next: Int

    /// After the first page (asked from index 0) came back with `first`.
    init(after first: PeoplePage, count: Int) {
        self.count = max(1, count)
        end = min(max(0, first.total), Self.maxTotal)
        next = self.count
        received(first.people.count, from: 0)
    }

    /// Pages still to read, at most.
    var remaining: Int { next < end ? (end - next + count - 1) / count : 0 }

    /// The start of the next page to read, or `nil` when the listing has ended.
    mutating func nextStart() -> Int? {
        guard next < end else { return nil }
        defer { next += count }
        return next
    }

    /// A short or empty page ends the listing where its rows end.
    mutating func received(_ rows: Int, from start: Int) {
        guard rows < count else { return }
        end = min(end, start + rows)
    }
}
