import Foundation

/// Reading helpers that accept what real portals (and their hand-written mocks) send instead
/// of failing: numbers as numeric strings, booleans as 0/1, a wrong type as "absent".
///
/// They never throw for a present-but-odd value; the only hard failure in a person is a
/// missing `id`, which the caller checks itself.
extension KeyedDecodingContainer {
    func lenientString(_ key: Key) -> String? {
        if let value = try? decodeIfPresent(String.self, forKey: key) { return value }
        if let value = try? decodeIfPresent(Int64.self, forKey: key) { return String(value) }
        return nil
    }

    func lenientInt(_ key: Key) -> Int? {
        if let value = try? decodeIfPresent(Int.self, forKey: key) { return value }
        if let value = try? decodeIfPresent(Double.self, forKey: key), let exact = Int(exactly: value) { return exact }
        if let text = try? decodeIfPresent(String.self, forKey: key) {
            return Int(text.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    func lenientInt64(_ key: Key) -> Int64? {
        if let value = try? decodeIfPresent(Int64.self, forKey: key) { return value }
        if let value = try? decodeIfPresent(Double.self, forKey: key), let exact = Int64(exactly: value.rounded()) {
            return exact
        }
        if let text = try? decodeIfPresent(String.self, forKey: key) {
            return Int64(text.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// A finite number: a numeric string such as `"nan"` or `"inf"` counts as absent, since JSON
    /// has no such numbers and nothing downstream can use them.
    func lenientDouble(_ key: Key) -> Double? {
        if let value = try? decodeIfPresent(Double.self, forKey: key), value.isFinite { return value }
        if let text = try? decodeIfPresent(String.self, forKey: key),
            let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite
        {
            return value
        }
        return nil
    }

    func lenientBool(_ key: Key) -> Bool? {
        if let value = try? decodeIfPresent(Bool.self, forKey: key) { return value }
        if let value = try? decodeIfPresent(Int.self, forKey: key) { return value != 0 }
        if let text = try? decodeIfPresent(String.self, forKey: key) {
            switch text.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: return nil
            }
        }
        return nil
    }

    func lenientDate(_ key: Key) -> APIDate? {
        try? decodeIfPresent(APIDate.self, forKey: key)
    }

    /// An array whose unreadable elements are dropped rather than failing the whole owner.
    func lenientArray<Element: Decodable>(_ type: Element.Type, _ key: Key) -> [Element] {
        guard var list = try? nestedUnkeyedContainer(forKey: key) else { return [] }
        var elements: [Element] = []
        while !list.isAtEnd {
            if let element = try? list.decode(Element.self) {
                elements.append(element)
            } else {
                // Step over the bad element so the loop can continue.
                _ = try? list.decode(Skipped.self)
            }
        }
        return elements
    }

    /// The required `id`: a string (or a number, written as a string). Missing, `null`, or
    /// empty is a decoding error whose coding path names the field.
    func requiredID(_ key: Key) throws -> String {
        guard contains(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
        }
        if let text = lenientString(key) {
            guard !text.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "empty")
            }
            return text
        }
        // Let the decoder describe the wrong type (null, object…).
        _ = try decode(String.self, forKey: key)
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an id")
    }
}

/// Consumes any JSON value.
private struct Skipped: Decodable {
    init(from decoder: any Decoder) throws {}
}
