/// The member names one Codable type reads, looked up straight from a key's bytes: no
/// `String` is made and nothing is hashed per member, which mattered at ~35 members per
/// person and 10,000 people. Names come from the type's own `CodingKeys`, so the fast path
/// reads exactly the members the Codable path reads.
struct JSONKeyTable<Key: CaseIterable & RawRepresentable<String> & Sendable>: Sendable {
    /// Every key, in `allCases` order; a key's ordinal is its index here.
    let keys: [Key]
    /// Every name's bytes, one after another.
    private let names: [UInt8]
    /// The names grouped by byte length: those of length `n` are
    /// `candidates[starts[n]..<starts[n + 1]]`. Flat arrays of plain values, so a look-up
    /// retains nothing and calls nothing (a few hundred thousand look-ups per listing).
    private let candidates: [Candidate]
    private let starts: [Int]

    private struct Candidate: Sendable {
        var ordinal: Int
        var offset: Int
    }

    init() {
        keys = Array(Key.allCases)
        precondition(keys.count <= 64, "JSONByteReader.readMembers tracks members in 64 bits")
        let spelled = keys.map { Array($0.rawValue.utf8) }
        let longest = spelled.map(\.count).max() ?? 0
        var names: [UInt8] = []
        var offsets: [Int] = []
        for name in spelled {
            offsets.append(names.count)
            names += name
        }
        var candidates: [Candidate] = []
        var starts: [Int] = []
        for length in 0...longest {
            starts.append(candidates.count)
            for (ordinal, name) in spelled.enumerated() where name.count == length {
                candidates.append(Candidate(ordinal: ordinal, offset: offsets[ordinal]))
            }
        }
        starts.append(candidates.count)
        self.names = names
        self.candidates = candidates
        self.starts = starts
    }

    var count: Int { keys.count }

    /// The ordinal of the key spelled by `bytes`, or `nil` for a member the type ignores.
    func ordinal(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = bytes.count
        guard length + 1 < starts.count else { return nil }
        let range = starts[length]..<starts[length + 1]
        return names.withUnsafeBufferPointer { names in
            candidates.withUnsafeBufferPointer { candidates in
                for candidate in candidates[range] {
                    var index = 0
                    while index < length, names[candidate.offset + index] == bytes[index] { index += 1 }
                    if index == length { return candidate.ordinal }
                }
                return nil
            }
        }
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
