/// Where each loaded person sits in the listing, by id: placing the cursor on a person,
/// refreshing a person the server sent again, and marking take one look-up instead of a
/// scan over 100,000 rows.
///
/// The index is split into buckets by the id's hash for the same reason the rows are split by
/// page (`PageRows`): when the state has been copied, the next change copies the few small
/// buckets it touches, not one dictionary of 100,000 entries. A GUID (every DocSpace id) is
/// keyed by its 16 bytes alone; an id in another form has a table of its own.
struct PositionIndex: Sendable {
    private static let bucketCount = 1024

    private typealias GUID = StoredID.GUID

    private var buckets: [[GUID: Int32]] = Array(repeating: [:], count: bucketCount)
    private var others: [String: Int32] = [:]

    init() {}

    subscript(id: String) -> Int? {
        get { self[StoredID(id)] }
        set { self[StoredID(id)] = newValue }
    }

    subscript(id: StoredID) -> Int? {
        get {
            switch id {
            case .guid(let high, let low):
                let guid = GUID(high: high, low: low)
                return buckets[Self.bucket(of: guid)][guid].map(Int.init)
            case .text(let text):
                return others[text].map(Int.init)
            }
        }
        set {
            let position = newValue.map(Int32.init)
            switch id {
            case .guid(let high, let low):
                let guid = GUID(high: high, low: low)
                buckets[Self.bucket(of: guid)][guid] = position
            case .text(let text):
                others[text] = position
            }
        }
    }

    private static func bucket(of guid: GUID) -> Int {
        var hasher = Hasher()
        hasher.combine(guid)
        return Int(UInt(bitPattern: hasher.finalize()) % UInt(bucketCount))
    }
}
