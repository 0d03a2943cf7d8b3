/// A person's id as the list stores it: the 16 bytes of a GUID, or the text itself.
///
/// Every DocSpace id is a GUID in lower case (`8-4-4-4-12` hex digits). As a `String` it takes
/// a heap object of about 80 bytes per person, twice over 100,000 rows (the row and the index
/// by id); as two integers it takes none. An id in any other form is kept as it came, so the
/// id read back is always exactly the one the portal sent.
enum StoredID: Hashable, Sendable {
    case guid(UInt64, UInt64)
    case text(String)

    /// A GUID's 16 bytes as one hashable key, for the sets and indexes that hold only GUIDs.
    struct GUID: Hashable, Sendable {
        var high: UInt64
        var low: UInt64
    }

    init(_ id: String) {
        self = Self.guid(id) ?? .text(id)
    }

    /// The id as the portal sent it.
    var string: String {
        switch self {
        case .text(let text):
            return text
        case .guid(let high, let low):
            return String(unsafeUninitializedCapacity: 36) { buffer in
                var at = 0
                for index in 0..<32 {
                    if index == 8 || index == 12 || index == 16 || index == 20 {
                        buffer[at] = UInt8(ascii: "-")
                        at += 1
                    }
                    let word = index < 16 ? high : low
                    let nibble = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * (index % 16))) & 0xF
                    buffer[at] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
                    at += 1
                }
                return 36
            }
        }
    }

    /// The GUID's bytes when `id` is a GUID in the one form `string` writes back (lower case,
    /// dashes in place); `nil` for anything else.
    private static func guid(_ id: String) -> StoredID? {
        // A string without contiguous UTF-8 (never on Linux) is simply kept as text.
        id.utf8.withContiguousStorageIfAvailable { bytes -> StoredID? in
            guard bytes.count == 36 else { return nil }
            var high: UInt64 = 0
            var low: UInt64 = 0
            var digits = 0
            for (at, byte) in bytes.enumerated() {
                if at == 8 || at == 13 || at == 18 || at == 23 {
                    guard byte == UInt8(ascii: "-") else { return nil }
                    continue
                }
                let nibble: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
                default: return nil
                }
                if digits < 16 {
                    high = high << 4 | UInt64(nibble)
                } else {
                    low = low << 4 | UInt64(nibble)
                }
                digits += 1
            }
            return .guid(high, low)
        } ?? nil
    }
}
