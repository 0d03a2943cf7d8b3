import Testing

@testable import DocSpaceAPI

/// A member written from its prepared lead (`SortedKeys`, `PrettyJSONWriter.member(lead:)`)
/// is byte for byte a member written key by key (`member(_:)`: comma, line break,
/// indentation, key), at every depth, the ones past the prepared depths included.
@Suite struct SortedKeysTests {
    enum Key: String, CaseIterable { case zeta, alpha, mid }

    static func object(atDepth depth: Int, leads: Bool) -> [UInt8] {
        var writer = PrettyJSONWriter(elementsAtDepth: depth, afterElements: false, capacity: 0)
        writer.element()
        writer.object { writer in
            if leads {
                SortedKeys<Key>().forEach(atDepth: writer.depth) { key, lead in
                    writer.member(lead: lead)
                    writer.string(key.rawValue.uppercased())
                }
            } else {
                for key in [Key.alpha, .mid, .zeta] {
                    writer.member(key.rawValue)
                    writer.string(key.rawValue.uppercased())
                }
            }
        }
        return writer.bytes
    }

    @Test(arguments: 0...(SortedKeys<Key>.preparedDepths + 2))
    func leadsWriteWhatKeysWrite(depth: Int) {
        let fromLeads = Self.object(atDepth: depth, leads: true)
        #expect(fromLeads == Self.object(atDepth: depth, leads: false))
        #expect(String(decoding: fromLeads, as: UTF8.self).contains("\"alpha\" : \"ALPHA\",\n"))
    }
}
