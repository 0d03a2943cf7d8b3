import DocSpaceAPI
import Foundation

/// The local half of search-as-you-type matches like the server: every space-separated term
/// must be contained in the first name, last name, display name or e-mail; case and accents
/// are ignored.
///
/// Over 100,000 loaded people a key press must filter in a few milliseconds, so each person's
/// fields are folded once, when their page arrives, into one key of UTF-8 bytes
/// (`name␟first␟last␟mail`), and a term is looked for in the bytes (`SearchTerms`). The unit
/// separator between the fields cannot be typed, so no term matches across two fields.
enum SearchKey {
    static let fieldSeparator: UInt8 = 0x1F

    /// Appends the person's key to `bytes`. A first or last name already inside the display
    /// name, and an e-mail equal to it, are left out: any term they contain, the display name
    /// contains too, and a shorter key is a faster search.
    static func append(_ person: Person, to bytes: inout [UInt8]) {
        let name = Array(fold(person.displayName).utf8)
        bytes.append(contentsOf: name)
        for field in [person.firstName, person.lastName, person.email] {
            guard let field, !field.isEmpty else { continue }
            let folded = Array(fold(field).utf8)
            guard !contains(name, folded) else { continue }
            bytes.append(fieldSeparator)
            bytes.append(contentsOf: folded)
        }
    }

    /// Whether `needle`'s bytes occur in `haystack`'s, in order and together.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        guard let first = needle.first else { return true }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == first
            && haystack[start..<start + needle.count].elementsEqual(needle)
        {
            return true
        }
        return false
    }

    /// Case and accents folded away. Most names and every e-mail are ASCII: lower-casing the
    /// bytes gives the same result as Foundation's folding, fifty times faster.
    static func fold(_ text: String) -> String {
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard isASCII else {
            return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        guard hasUpper else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the person matches the text, straight from their fields (for one person at a
    /// time; lists use their precomputed keys).
    static func matches(_ person: Person, _ text: String) -> Bool {
        var key: [UInt8] = []
        append(person, to: &key)
        let terms = SearchTerms(text)
        return key.withUnsafeBytes { terms.allContained(in: $0) }
    }
}
