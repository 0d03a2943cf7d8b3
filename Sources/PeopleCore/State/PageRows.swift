/// One page's worth of positions in the listing: the rows loaded there and their search keys,
/// packed in one buffer.
///
/// `PeopleList` is split by page for two reasons. The state is copied (the search keeps a
/// snapshot of the list, the terminal loop keeps the state it last drew), and a copied array
/// is copied whole on its next change: split by page, a new page or a refreshed person copies
/// one page, not 100,000 rows. And the local filter runs over a page's keys inside a single
/// buffer access, without touching a reference count per row.
struct PageRows: Sendable, Equatable {
    /// Where a row's key sits in `keys`.
    struct KeySpan: Sendable, Equatable {
        var start: Int32 = 0
        var count: Int32 = 0
    }

    /// A row with its key, to move it to another page (when someone is deleted the rows
    /// after them move up one position).
    struct Entry: Sendable {
        var row: PersonRow
        var key: [UInt8]
    }

    private(set) var rows: [PersonRow?]
    private var spans: [KeySpan]
    /// The keys, back to back. A replaced row's old key stays until the buffer is compacted.
    private var keys: [UInt8] = []
    private var liveKeyBytes = 0
    /// Rows that are not `nil`.
    private(set) var loadedCount = 0

    init(capacity: Int) {
        rows = Array(repeating: nil, count: capacity)
        spans = Array(repeating: KeySpan(), count: capacity)
    }

    var capacity: Int { rows.count }

    subscript(slot: Int) -> PersonRow? { rows[slot] }

    func entry(at slot: Int) -> Entry? {
        guard let row = rows[slot] else { return nil }
        let span = spans[slot]
        return Entry(row: row, key: Array(keys[Int(span.start)..<Int(span.start + span.count)]))
    }

    /// Puts a row and its search key (`SearchKey`) in a slot.
    mutating func set(_ row: PersonRow, key: [UInt8], at slot: Int) {
        let start = keys.count
        keys.append(contentsOf: key)
        place(row, span: KeySpan(start: Int32(start), count: Int32(key.count)), at: slot)
    }

    /// Replaces a row whose key does not change (only the status or the type did).
    mutating func replaceRow(_ row: PersonRow, at slot: Int) {
        precondition(rows[slot] != nil)
        rows[slot] = row
    }

    mutating func clear(_ slot: Int) {
        guard rows[slot] != nil else { return }
        rows[slot] = nil
        liveKeyBytes -= Int(spans[slot].count)
        spans[slot] = KeySpan()
        loadedCount -= 1
    }

    /// Removes the row at `slot`; the rows after it move up one slot and `incoming` (the next
    /// page's first row, if any) takes the last one.
    mutating func shiftUp(removing slot: Int, appending incoming: Entry?) {
        clear(slot)
        rows.remove(at: slot)
        spans.remove(at: slot)
        rows.append(nil)
        spans.append(KeySpan())
        if let incoming {
            let start = keys.count
            keys.append(contentsOf: incoming.key)
            place(incoming.row, span: KeySpan(start: Int32(start), count: Int32(incoming.key.count)), at: capacity - 1)
        }
    }

    private mutating func place(_ row: PersonRow, span: KeySpan, at slot: Int) {
        if rows[slot] == nil {
            loadedCount += 1
        } else {
            liveKeyBytes -= Int(spans[slot].count)
        }
        rows[slot] = row
        spans[slot] = span
        liveKeyBytes += Int(span.count)
        if keys.count > 2 * liveKeyBytes + 4096 { compactKeys() }
    }

    /// Drops the keys of replaced rows.
    private mutating func compactKeys() {
        var packed: [UInt8] = []
        packed.reserveCapacity(liveKeyBytes)
        for slot in rows.indices where rows[slot] != nil {
            let span = spans[slot]
            let start = packed.count
            packed.append(contentsOf: keys[Int(span.start)..<Int(span.start + span.count)])
            spans[slot] = KeySpan(start: Int32(start), count: span.count)
        }
        keys = packed
    }

    /// Appends to `found` each listing position among `candidates` (ascending, all on this
    /// page, which starts at position `start`) whose row matches every term.
    func appendMatches(
        of matcher: SearchTerms.Matcher, among candidates: UnsafeBufferPointer<Int32>, start: Int32,
        to found: inout [Int32]
    ) {
        keys.withUnsafeBytes { keyBytes in
            spans.withUnsafeBufferPointer { spans in
                guard let keyBase = keyBytes.baseAddress else { return }
                for position in candidates {
                    let span = spans[Int(position - start)]
                    guard span.count > 0 else { continue }
                    if matcher.matches(UnsafeRawBufferPointer(start: keyBase + Int(span.start), count: Int(span.count)))
                    {
                        found.append(position)
                    }
                }
            }
        }
    }

    /// Appends to `found` the listing position of each of `slots` whose row matches every
    /// term; the page starts at position `start`.
    func appendMatches(of matcher: SearchTerms.Matcher, in slots: Range<Int>, start: Int32, to found: inout [Int32]) {
        keys.withUnsafeBytes { keyBytes in
            spans.withUnsafeBufferPointer { spans in
                guard let keyBase = keyBytes.baseAddress else { return }
                for slot in slots {
                    let span = spans[slot]
                    guard span.count > 0 else { continue }
                    if matcher.matches(UnsafeRawBufferPointer(start: keyBase + Int(span.start), count: Int(span.count)))
                    {
                        found.append(start + Int32(slot))
                    }
                }
            }
        }
    }
}
