import Foundation

/// Strict percent-encoding for query values and path segments: everything but the RFC 3986
/// unreserved characters is escaped. Foundation's query encoding leaves `+` alone, which
/// servers read as a space — `jane+tag@example.com` would silently become another address.
enum PercentEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String {
        // Text of unreserved characters only (numbers, ids, sort words) is its own encoding,
        // told without Foundation's `CharacterSet` look-ups (several per request).
        if text.utf8.allSatisfy(isUnreserved) { return text }
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// A path segment from caller data (an id or user name), so it cannot add segments.
    /// `.` and `..` (and the empty text) pass the encoding unchanged, yet they would name the
    /// parent path (`people/..` is `GET /api/2.0/`); they are not ids, and
    /// `isPlainSegment` lets the client refuse them before anything is sent.
    static func segment(_ text: String) -> String { encode(text) }

    /// Whether an encoded path segment names one resource: not empty, `.` or `..`.
    static func isPlainSegment(_ segment: some StringProtocol) -> Bool {
        !segment.isEmpty && segment != "." && segment != ".."
    }
}
