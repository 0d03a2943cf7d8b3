/// HTTP header fields with case-insensitive lookup (`headers["retry-after"]` finds
/// `Retry-After`), keeping the names as they were written.
public struct HTTPHeaders: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    private var fields: [Field] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the first field with this name (any case); setting replaces every field of
    /// that name, `nil` removes them.
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.lowercased() == name.lowercased() }?.value }
        set {
            let key = name.lowercased()
            var kept: [Field] = []
            var replaced = false
            for field in fields {
                guard field.name.lowercased() == key else {
                    kept.append(field)
                    continue
                }
                if let newValue, !replaced {
                    kept.append(Field(name: field.name, value: newValue))
                    replaced = true
                }
            }
            if let newValue, !replaced { kept.append(Field(name: name, value: newValue)) }
            fields = kept
        }
    }

    public var count: Int { fields.count }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}
