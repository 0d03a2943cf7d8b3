/// A type's coding keys in `.sortedKeys` order (UTF-8 byte order, as `JSONEncoder` sorts on
/// Linux), each with its `"key" : ` bytes prepared once. The bytes live in one buffer, so
/// visiting the keys for each of 10,000 people retains nothing.
struct SortedKeys<Key: CaseIterable & RawRepresentable<String>> {
    let keys: [Key]
    private let prefixes: [UInt8]
    private let ranges: [Range<Int>]

    init() {
        keys = Key.allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
        var prefixes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for key in keys {
            let prefix = PrettyJSONWriter.memberPrefix(key.rawValue)
            ranges.append(prefixes.count..<(prefixes.count + prefix.count))
            prefixes += prefix
        }
        self.prefixes = prefixes
        self.ranges = ranges
    }

    /// Each key, in order, with its `"key" : ` bytes.
    func forEach(_ body: (Key, UnsafeBufferPointer<UInt8>) -> Void) {
        prefixes.withUnsafeBufferPointer { all in
            for index in keys.indices {
                body(keys[index], UnsafeBufferPointer(rebasing: all[ranges[index]]))
            }
        }
    }
}

extension SortedKeys: Sendable where Key: Sendable {}
