/// Where a renderer puts an object's members: a `JSONObject` (a value tree, for answers
/// that are trimmed or inspected afterwards) or a `JSONObjectWriter` (straight into bytes,
/// for pages of people). One renderer, two destinations, so the wire shape is written once.
///
/// Keys are literals (`StaticString`) naming DTO properties: plain ASCII identifiers, which
/// JSON writes without escaping, so a writer can copy them as they are.
/// `nil` values are omitted, as the real server omits null properties.
protocol JSONMemberSink {
    mutating func add(_ key: StaticString, _ value: JSON?)
    mutating func add(_ key: StaticString, _ value: String?)
    mutating func add(_ key: StaticString, _ value: Bool)
    mutating func add(_ key: StaticString, _ value: Int)
    /// A string value given in pieces (avatar and profile URLs), so a writer can copy the
    /// pieces instead of building the joined string first.
    mutating func add(_ key: StaticString, joining pieces: String...)
    /// An array of objects, one per item, each built by `build`.
    mutating func addObjects<Item>(_ key: StaticString, _ items: [Item], _ build: (inout Self, Item) -> Void)
    /// A nested object built by `build`.
    mutating func addObject(_ key: StaticString, _ build: (inout Self) -> Void)
}

extension JSONObject: JSONMemberSink {
    mutating func add(_ key: StaticString, _ value: JSON?) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: String?) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: Bool) { add(key.description, value) }
    mutating func add(_ key: StaticString, _ value: Int) { add(key.description, value) }

    mutating func add(_ key: StaticString, joining pieces: String...) {
        add(key.description, pieces.joined())
    }

    mutating func addObjects<Item>(_ key: StaticString, _ items: [Item], _ build: (inout JSONObject, Item) -> Void) {
        add(
            key.description,
            JSON.array(
                items.map { item in
                    var object = JSONObject()
                    build(&object, item)
                    return .object(object)
                }))
    }

    mutating func addObject(_ key: StaticString, _ build: (inout JSONObject) -> Void) {
        var object = JSONObject()
        build(&object)
        add(key.description, JSON.object(object))
    }
}
