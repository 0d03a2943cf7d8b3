/// Where each loaded person sits in the listing, by id: placing the cursor on a person,
/// refreshing a person the server sent again, and marking take one look-up instead of a
/// scan over 100,000 rows.
///
/// The index is split into buckets by the id's hash for the same reason the rows are split by
/// page (`PageRows`): when the state has been copied, the next change copies the few small
/// buckets it touches, not one dictionary of 100,000 entries.
struct PositionIndex: Sendable {
    private static let bucketCount = 1024
    private var buckets: [[StoredID: Int32]] = Array(repeating: [:], count: bucketCount)

    init() {}

    subscript(id: String) -> Int? {
        get { self[StoredID(id)] }
        set { self[StoredID(id)] = newValue }
    }

    /// Keyed by the stored id: a GUID costs no string per person (`StoredID`).
    subscript(id: StoredID) -> Int? {
        get { buckets[Self.bucket(of: id)][id].map(Int.init) }
        set {
            let bucket = Self.bucket(of: id)
            if let newValue {
                buckets[bucket][id] = Int32(newValue)
            } else {
                buckets[bucket].removeValue(forKey: id)
            }
        }
    }

    private static func bucket(of id: StoredID) -> Int {
        var hasher = Hasher()
        hasher.combine(id)
        return Int(UInt(bitPattern: hasher.finalize()) % UInt(bucketCount))
    }
}
