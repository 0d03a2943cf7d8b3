/// The members of one JSON object that a type reads, by key ordinal (`JSONKeyTable`), as
/// scanned values. A repeated member gives up: which copy `JSONDecoder` keeps is its
/// business, so such a body takes the Codable path.
struct ScannedMembers<Key: CaseIterable & RawRepresentable<String> & Sendable> {
    private var values: [JSONByteReader.Value?]
    let table: JSONKeyTable<Key>

    /// Reads the object at the reader's position; members the table does not know are
    /// validated and skipped, and `nested` may claim a member to read it itself (returning
    /// `true` once it has consumed the value).
    init(_ reader: inout JSONByteReader, table: JSONKeyTable<Key>,
         nested: (inout JSONByteReader, Key) throws(JSONByteReader.GiveUp) -> Bool = { _, _ in false }) throws(JSONByteReader.GiveUp) {
        self.table = table
        var values = [JSONByteReader.Value?](repeating: nil, count: table.count)
        try reader.readObject { reader, name throws(JSONByteReader.GiveUp) in
            guard let ordinal = table.ordinal(of: name) else {
                try reader.skipValue()
                return
            }
            let key = table.keys[ordinal]
            if try nested(&reader, key) { return }
            guard values[ordinal] == nil else { throw .init() }
            values[ordinal] = try reader.readValue()
        }
        self.values = values
    }

    /// Each member present, in the type's key order.
    func forEach(_ body: (Key, JSONByteReader.Value) throws(JSONByteReader.GiveUp) -> Void) throws(JSONByteReader.GiveUp) {
        for (ordinal, value) in values.enumerated() {
            if let value { try body(table.keys[ordinal], value) }
        }
    }
}
