/// Which pages of a listing are still to be asked for, after the first one.
///
/// The first page's `total` says where the listing ends, clamped (`PeoplePage.maxTotal`);
/// every page that comes back short of `count` rows (or empty) before that end shows the
/// claim was wrong, and the listing ends where that page's rows end: no page past it is
/// asked for, and pages past it already on their way are dropped. Start indexes are produced
/// one at a time, never as an array sized by the claim, and all arithmetic saturates.
public struct PageSchedule: Sendable, Equatable {
    /// Rows per page asked for.
    public let count: Int
    /// Where the listing is believed to end: the claimed total, lowered by short pages.
    public private(set) var end: Int
    /// The start of the next page to ask for.
    public private(set) var next: Int
    /// The total the first page claimed (clamped), to tell the user when fewer arrived.
    public let claimed: Int

    public init(after first: PeoplePage, count: Int) {
        self.count = max(1, count)
        claimed = first.total
        next = Self.adding(first.startIndex, self.count)
        end = first.total
        received(first)
    }

    /// The start index of the next page to ask for, or `nil` when none is left; each call
    /// moves on by one page.
    public mutating func nextStart() -> Int? {
        guard next < end else { return nil }
        defer { next = Self.adding(next, count) }
        return next
    }

    /// Whether a page starting here still belongs to the listing (a short page before it
    /// may have ended it while it was on its way).
    public func includes(start: Int) -> Bool { start < end }

    /// Pages still to ask for, at most.
    public var remaining: Int { next < end ? (end - next - 1) / count + 1 : 0 }

    /// Takes in a page's answer: a short or empty page ends the listing where its rows end.
    public mutating func received(_ page: PeoplePage) {
        received(rows: page.people.count, from: page.startIndex)
    }

    /// The same, for `rows` people answered to the page asked from `start`.
    public mutating func received(rows: Int, from start: Int) {
        let rowsEnd = Self.adding(start, rows)
        guard rows < count, rowsEnd < end else { return }
        end = rowsEnd
    }

    /// Whether the listing ended before the claimed total.
    public var endedShort: Bool { end < claimed }

    public static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
