/// Writes one object's members straight into a `JSONWriter`'s bytes, exactly as writing the
/// equivalent `JSONObject` would (same order, same escaping), without building the tree.
/// The caller writes the braces (`JSONWriter.writeObject`).
struct JSONObjectWriter: JSONMemberSink {
    var writer: JSONWriter
    private var hasMembers = false

    init(writer: JSONWriter) {
        self.writer = writer
    }

    /// `"key":`, copied as is: keys are plain identifiers (see `JSONMemberSink`).
    private mutating func key(_ key: StaticString) {
        if hasMembers { writer.appendByte(UInt8(ascii: ",")) }
        hasMembers = true
        writer.appendByte(UInt8(ascii: "\""))
        key.withUTF8Buffer { writer.appendBytes($0) }
        writer.appendByte(UInt8(ascii: "\""))
        writer.appendByte(UInt8(ascii: ":"))
    }

    mutating func add(_ key: StaticString, _ value: JSON?) {
        guard let value else { return }
        self.key(key)
        writer.write(value)
    }

    mutating func add(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        writer.writeString(value)
    }

    /// Escaping works per character, so escaping the pieces one after another writes the
    /// same bytes as escaping the joined string.
    mutating func add(_ key: StaticString, joining pieces: String...) {
        self.key(key)
        writer.writeString(pieces: pieces)
    }

    mutating func add(_ key: StaticString, _ value: Bool) {
        add(key, JSON.bool(value))
    }

    mutating func add(_ key: StaticString, _ value: Int) {
        add(key, JSON.int(value))
    }

    mutating func addObjects<Item>(
        _ key: StaticString, _ items: [Item], _ build: (inout JSONObjectWriter, Item) -> Void
    ) {
        self.key(key)
        writer.appendByte(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { writer.appendByte(UInt8(ascii: ",")) }
            writer.writeObject { members in build(&members, item) }
        }
        writer.appendByte(UInt8(ascii: "]"))
    }

    mutating func addObject(_ key: StaticString, _ build: (inout JSONObjectWriter) -> Void) {
        self.key(key)
        writer.writeObject(build)
    }
}

extension JSONWriter {
    /// `{…}` with members written by `build`. The bytes move into the member writer and
    /// back, so the buffer is never copied.
    mutating func writeObject(_ build: (inout JSONObjectWriter) -> Void) {
        appendByte(UInt8(ascii: "{"))
        var members = JSONObjectWriter(writer: JSONWriter(capacity: 0))
        swap(&members.writer, &self)
        build(&members)
        swap(&members.writer, &self)
        appendByte(UInt8(ascii: "}"))
    }
}
