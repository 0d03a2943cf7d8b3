/// A JSON value as the stand-in reads and writes it.
///
/// The stand-in has its own JSON types, not the client's Codable models: it shares only the
/// wire format with the client, so a bug in one cannot hide the same bug in the other.
/// Objects keep their members in order so the wire shows properties in the order the real
/// server writes them.
indirect enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSON])
    case object(JSONObject)

    static func int(_ value: Int) -> JSON { .int(Int64(value)) }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    var arrayValue: [JSON]? {
        if case .array(let a) = self { return a }
        return nil
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The serialized bytes, escaped the way ASP.NET's default encoder does.
    var encoded: [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }
}

/// An ordered JSON object. `set` drops `nil` values, as the real server omits null
/// properties (`DefaultIgnoreCondition = WhenWritingNull`).
struct JSONObject: Sendable {
    private(set) var members: [(key: String, value: JSON)] = []

    init() {}

    init(_ members: [(String, JSON)]) {
        self.members = members.map { (key: $0.0, value: $0.1) }
    }

    mutating func set(_ key: String, _ value: JSON?) {
        guard let value else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key: key, value: value))
        }
    }

    mutating func set(_ key: String, _ value: String?) { set(key, value.map(JSON.string)) }
    mutating func set(_ key: String, _ value: Bool?) { set(key, value.map(JSON.bool)) }
    mutating func set(_ key: String, _ value: Int?) { set(key, value.map(JSON.int)) }

    /// Exact-key lookup.
    subscript(key: String) -> JSON? {
        members.first { $0.key == key }?.value
    }

    /// The value of the first member whose name matches case-insensitively, as ASP.NET binds
    /// request bodies (`PropertyNameCaseInsensitive`).
    func value(ignoringCase key: String) -> JSON? {
        let lowered = key.lowercased()
        return members.first { $0.key.lowercased() == lowered }?.value
    }

    /// Keeps only the named members (the `fields` query parameter), case-insensitively.
    func keeping(_ names: Set<String>) -> JSONObject {
        var copy = JSONObject()
        copy.members = members.filter { names.contains($0.key.lowercased()) }
        return copy
    }
}
