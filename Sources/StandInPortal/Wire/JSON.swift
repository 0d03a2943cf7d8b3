/// A JSON value as the stand-in reads and writes it.
///
/// The stand-in has its own JSON types, not the client's Codable models: it shares only the
/// wire format with the client, so a bug in one cannot hide the same bug in the other.
/// Objects keep their members in order so the wire shows properties in the order the real
/// server writes them. Not `indirect`: arrays and objects already keep their elements on the
/// heap, and boxing every string and number cost an allocation each.
enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSON])
    case object(JSONObject)
    /// JSON already serialized by `JSONWriter` (a page of people), written as is.
    case serialized([UInt8])

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

    /// Roughly how many bytes the encoding takes, so the writer reserves once rather than
    /// doubling its buffer through a 100-person page.
    private var estimatedSize: Int {
        switch self {
        case .array(let items): items.count * 2048 + 64
        case .serialized(let fragment): fragment.count + 64
        case .object(let object):
            object.members.reduce(64) { sum, member in
                switch member.value {
                case .array(let items): sum + items.count * 2048
                case .serialized(let fragment): sum + fragment.count
                default: sum + 32
                }
            }
        default: 64
        }
    }

    /// The serialized bytes, escaped the way ASP.NET's default encoder does.
    var encoded: [UInt8] {
        var writer = JSONWriter(capacity: estimatedSize)
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

    /// Appends a member whose key the caller knows is new (renderers writing a fixed shape),
    /// skipping `set`'s search for an existing key; `nil` is omitted as by `set`.
    mutating func add(_ key: String, _ value: JSON?) {
        guard let value else { return }
        members.append((key: key, value: value))
    }

    mutating func add(_ key: String, _ value: String?) { add(key, value.map(JSON.string)) }
    mutating func add(_ key: String, _ value: Bool) { add(key, JSON.bool(value)) }
    mutating func add(_ key: String, _ value: Int) { add(key, JSON.int(value)) }

    mutating func reserveCapacity(_ count: Int) {
        members.reserveCapacity(count)
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
