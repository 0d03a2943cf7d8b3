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

    func render() -> [JSON] {
        subjects.map { subject in
            let item = short ? renderer.short(subject.person) : renderer.full(subject)
            guard let fields, let object = item.objectValue else { return item }
            return .object(object.keeping(fields))
        }
    }
}
