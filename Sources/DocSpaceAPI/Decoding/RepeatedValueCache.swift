import Foundation

/// The last value read at one place of a page (a person's `createdBy`, their `groups`), kept
/// with the bytes it was read from, so that the same bytes on the next person are not read
/// again: on a portal most people were created by one of a few admins and share their groups,
/// and reading those meant strings made and freed for every person.
///
/// The value is a function of its bytes alone — the readers look at nothing around them — so
/// handing out the kept value for identical bytes gives exactly what reading them would. The
/// bytes are first stepped over as `skipValue` validates them; different bytes are read as
/// before, from where they start.
struct RepeatedValueCache<Value> {
    private var bytes: [UInt8] = []
    private var value: Value?

    init() {}

    /// The value at the reader's position, read by `read` unless its bytes are those of the
    /// kept one; the reader ends after it either way.
    mutating func value(
        _ reader: inout JSONByteReader,
        read: (inout JSONByteReader) throws(JSONByteReader.GiveUp) -> Value
    ) throws(JSONByteReader.GiveUp) -> Value {
        reader.skipWhitespace()
        let start = reader.position
        var ahead = reader
        try ahead.skipValue()
        let span = UnsafeBufferPointer(rebasing: reader.bytes[start..<ahead.position])
        if let value, Self.same(bytes, span) {
            reader = ahead
            return value
        }
        let fresh = try read(&reader)
        bytes = Array(span)
        value = fresh
        return fresh
    }

    private static func same(_ kept: [UInt8], _ span: UnsafeBufferPointer<UInt8>) -> Bool {
        guard kept.count == span.count else { return false }
        guard let spanBase = span.baseAddress else { return kept.isEmpty }
        return kept.withUnsafeBufferPointer { kept in
            kept.baseAddress.map { memcmp($0, spanBase, span.count) == 0 } ?? true
        }
    }
}
