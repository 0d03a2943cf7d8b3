/// A person with what rendering them needs from the rest of the directory — their groups
/// and their creator — resolved while the directory is at hand (on the `PortalState` actor).
struct PersonSubject: Sendable {
    var person: PortalPerson
    /// The person's groups in directory order.
    var groups: [PortalGroup]
    /// Who created them, if that person still exists.
    var creator: PortalPerson?

    /// Comma-joined group names, before HTML encoding; `""` without groups.
    var department: String { groups.map(\.name).joined(separator: ", ") }
}

extension Directory {
    func subject(_ person: PortalPerson) -> PersonSubject {
        PersonSubject(person: person, groups: groups(of: person), creator: person.createdBy.flatMap { self.person(id: $0) })
    }
}
