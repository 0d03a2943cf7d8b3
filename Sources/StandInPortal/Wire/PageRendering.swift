/// A page of people resolved on the `PortalState` actor and rendered after, off it.
///
/// Rendering and serializing 100 people is most of a page request's work; done on the actor
/// it serialized every concurrent page request behind the others. The subjects carry all
/// the directory data the renderer reads, so rendering needs no access to the actor.
struct PageRendering: Sendable {
    var subjects: [PersonSubject]
    var renderer: PersonRenderer
    /// `EmployeeDto` (people/simple/filter) rather than `EmployeeFullDto`.
    var short: Bool
    /// The `fields` query parameter, lower-cased; `nil` keeps every member.
    var fields: Set<String>?

    /// The page as values (for `fields=`, which trims each object).
    func render() -> [JSON] {
        subjects.map { subject in
            let item = short ? renderer.short(subject.person) : renderer.full(subject)
            guard let fields, let object = item.objectValue else { return item }
            return .object(object.keeping(fields))
        }
    }

    /// The `response` array: serialized straight to bytes when every member is kept (no
    /// value tree per person), else through `render()`.
    var response: JSON {
        guard fields == nil else { return .array(render()) }
        var writer = JSONWriter(capacity: subjects.count * 2_300 + 2)
        writer.appendByte(UInt8(ascii: "["))
        for (index, subject) in subjects.enumerated() {
            if index > 0 { writer.appendByte(UInt8(ascii: ",")) }
            writer.writeObject { members in
                if short {
                    renderer.writeShort(subject.person, to: &members)
                } else {
                    renderer.writeFull(subject, to: &members)
                }
            }
        }
        writer.appendByte(UInt8(ascii: "]"))
        return .serialized(writer.bytes)
    }
}
