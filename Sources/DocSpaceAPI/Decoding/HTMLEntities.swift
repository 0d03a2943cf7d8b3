import Foundation

/// Decodes the HTML entities DocSpace puts into `displayName`, `department` and group names.
///
/// The server runs those through `HttpUtility.HtmlEncode`, so `O'Brien` arrives as
/// `O&#39;Brien` and `R&D` as `R&amp;D`. Only what that encoder (and hand-edited data) produces
/// is decoded: the named entities `&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric ones
/// (`&#39;`, `&#233;`, `&#x1F600;`). Anything else — an unknown name, a number that is not a
/// Unicode scalar, an `&` without `;` — is left exactly as it was, so nothing is lost.
/// Decoding is single-pass: `&amp;lt;` becomes `&lt;`, not `<`.
public enum HTMLEntities {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    ]

    /// The longest entity body worth looking at (`#x10FFFF` is 8 characters).
    private static let maxEntityLength = 10

    public static func decode(_ text: String) -> String {
        guard mayHaveEntity(text) else { return text }
        // Entities are ASCII, so the work is on UTF-8 bytes: everything else is copied as it
        // is, and a name's scalars are never taken apart (a page has a hundred names).
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = entity(in: bytes, at: index) {
                output.append(contentsOf: String(decoded).utf8)
                index += length
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` has an `&`: looked for in its contiguous UTF-8 at once (a name and a
    /// department per person), not byte by byte through the generic `contains`.
    private static func mayHaveEntity(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let base = utf8.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "&")), utf8.count) != nil
        }
        return found ?? text.utf8.contains(UInt8(ascii: "&"))
    }

    /// The scalar for the entity starting at `start` (which holds `&`) and the entity's length
    /// in bytes including `&` and `;`, or `nil` when there is no entity this decoder knows.
    private static func entity(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= maxEntityLength + 1, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = bytes[(start + 1)..<end]
        guard body.allSatisfy({ $0 < 0x80 }) else { return nil }
        let name = String(decoding: body, as: UTF8.self)
        let length = end - start + 1
        if let scalar = named[name] { return (scalar, length) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
