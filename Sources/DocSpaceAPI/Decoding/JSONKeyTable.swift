import Foundation

/// The member names one Codable type reads, looked up straight from a key's bytes: no
/// `String` is made and nothing is hashed per member, which mattered at ~35 members per
/// person and 10,000 people. Names come from the type's own `CodingKeys`, so the fast path
/// reads exactly the members the Codable path reads.
struct JSONKeyTable<Key: CaseIterable & RawRepresentable<String> & Sendable>: Sendable {
    /// Every key, in `allCases` order; a key's ordinal is its index here.
    let keys: [Key]
    /// Ordinals of the names of each byte length, with their bytes.
    private let byLength: [[(ordinal: Int, name: [UInt8])]]

    init() {
        keys = Array(Key.allCases)
        precondition(keys.count <= 64, "JSONByteReader.readMembers tracks members in 64 bits")
        let names = keys.map { Array($0.rawValue.utf8) }
        var table = Array(repeating: [(ordinal: Int, name: [UInt8])](), count: (names.map(\.count).max() ?? 0) + 1)
        for (ordinal, name) in names.enumerated() {
            table[name.count].append((ordinal, name))
        }
        byLength = table
    }

    var count: Int { keys.count }

    /// The ordinal of the key spelled by `bytes`, or `nil` for a member the type ignores.
    func ordinal(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count < byLength.count else { return nil }
        guard let start = bytes.baseAddress else { return nil }
        for candidate in byLength[bytes.count] {
            let same = candidate.name.withUnsafeBufferPointer { name in
                name.baseAddress.map { memcmp($0, start, bytes.count) == 0 } ?? false
            }
            if same { return candidate.ordinal }
        }
        return nil
    }
}

extension JSONByteReader {
    /// Reads the object at the position member by member. A member `table` knows is handed
    /// to `body`, which must consume its value; the others are validated and skipped. A
    /// repeated known member gives up: which copy `JSONDecoder` keeps is its business.
    mutating func readMembers<Key>(
        of table: JSONKeyTable<Key>,
        _ body: (inout JSONByteReader, Key) throws(GiveUp) -> Void
    ) throws(GiveUp) {
        var seen: UInt64 = 0
        try readObject { reader, name throws(GiveUp) in
            guard let ordinal = table.ordinal(of: name) else {
                try reader.skipValue()
                return
            }
            let bit: UInt64 = 1 << UInt64(ordinal)
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            try body(&reader, table.keys[ordinal])
        }
    }
}
