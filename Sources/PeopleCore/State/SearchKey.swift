import DocSpaceAPI
import Foundation

/// The local half of search-as-you-type matches like the server: every space-separated term
/// must be contained in the first name, last name, display name or e-mail; case and accents
/// are ignored.
///
/// Over 100,000 loaded people a key press must filter in a few milliseconds, so each person's
/// fields are folded once, when their page arrives, into one key of UTF-8 bytes
/// (`name␟first␟last␟mail`), and a term is looked for in the bytes (`SearchTerms`). The unit separator
/// between the fields cannot be typed, so no term matches across two fields.
enum SearchKey {
    static let fieldSeparator: UInt8 = 0x1F

    /// Appends the person's key to `bytes`.
    static func append(_ person: Person, to bytes: inout [UInt8]) {
        let fields = [person.displayName, person.firstName ?? "", person.lastName ?? "", person.email ?? ""]
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(fieldSeparator) }
            bytes.append(contentsOf: fold(field).utf8)
        }
    }

    /// Case and accents folded away. Most names and every e-mail are ASCII: lower-casing the
    /// bytes gives the same result as Foundation's folding, fifty times faster.
    static func fold(_ text: String) -> String {
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
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
