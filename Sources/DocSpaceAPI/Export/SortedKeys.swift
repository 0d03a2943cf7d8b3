/// A type's coding keys in `.sortedKeys` order (UTF-8 byte order, as `JSONEncoder` sorts on
/// Linux), each with the bytes that start its member prepared once for every depth a member
/// can stand at: `,\n`, the indentation and `"key" : ` in one run (`PrettyJSONWriter.member(lead:)`
/// leaves out the comma before an object's first member). Writing a member is then one copy
/// instead of four (comma, line break, indentation, key), for ~35 members of 10,000 people.
/// The bytes live in one buffer, so visiting the keys retains nothing.
struct SortedKeys<Key: CaseIterable & RawRepresentable<String>> {
    let keys: [Key]
    private let leads: [UInt8]
    /// `ranges[depth * keys.count + index]`: the lead of key `index` at `depth`.
    private let ranges: [Range<Int>]

    /// Members deeper than this (none in the People API's models) have their lead made on
    /// the spot.
    static var preparedDepths: Int { 8 }

    init() {
        keys = Key.allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
        var leads: [UInt8] = []
        var ranges: [Range<Int>] = []
        for depth in 0..<Self.preparedDepths {
            for key in keys {
                let lead = Self.lead(key, depth: depth)
                ranges.append(leads.count..<(leads.count + lead.count))
                leads += lead
            }
        }
        self.leads = leads
        self.ranges = ranges
    }

    /// `,\n`, two spaces a depth, `"key" : `.
    private static func lead(_ key: Key, depth: Int) -> [UInt8] {
        [UInt8(ascii: ","), UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: depth * 2)
            + PrettyJSONWriter.memberPrefix(key.rawValue)
    }

    /// Each key, in order, with its lead for a member at `depth`.
    func forEach(atDepth depth: Int, _ body: (Key, UnsafeBufferPointer<UInt8>) -> Void) {
        guard depth >= 0, depth < Self.preparedDepths else {
            for key in keys {
                Self.lead(key, depth: depth).withUnsafeBufferPointer { body(key, $0) }
            }
            return
        }
        leads.withUnsafeBufferPointer { all in
            let first = depth * keys.count
            for index in keys.indices {
                body(keys[index], UnsafeBufferPointer(rebasing: all[ranges[first + index]]))
            }
        }
    }
}

extension SortedKeys: Sendable where Key: Sendable {}
