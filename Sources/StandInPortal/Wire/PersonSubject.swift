/// A person with what their rendering needs from the directory (groups, creator), looked up
/// on the `PortalState` actor so that the rendering itself can happen off it.
struct PersonSubject: Sendable {
    var person: PortalPerson
    /// The person's groups in directory order.
    var groups: [PortalGroup]
    /// Who created them; `nil` when no creator is recorded.
    var creator: Creator?

    /// `EmployeeFullDto.CreatedBy` is `GetUsersAsync(createdBy)`, which answers the system
    /// "LostUser" for an id that no longer resolves (a deleted profile): shown with the
    /// "profile removed" name (`DisplayUserSettingsHelper.GetFullUserName`).
    enum Creator: Sendable {
        case person(PortalPerson)
        case removed
    }

    /// Comma-joined group names, before HTML encoding; `""` without groups.
    var department: String { groups.map(\.name).joined(separator: ", ") }
}

extension Directory {
    func subject(_ person: PortalPerson) -> PersonSubject {
        let creator = person.createdBy.map { id in self.person(id: id).map(PersonSubject.Creator.person) ?? .removed }
        return PersonSubject(person: person, groups: groups(of: person), creator: creator)
    }
}
