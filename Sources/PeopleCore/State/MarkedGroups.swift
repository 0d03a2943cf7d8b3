import DocSpaceAPI

/// The marked people grouped by everything the action rules can read of a person apart from
/// who they are: the type and sign-in flags, the status, the activation, and whether they are
/// the signed-in admin, and who created them (removing guests reads it: a DocSpace admin's
/// guest invited by someone else is not theirs to remove).
///
/// People alike in these are alike to every rule (`ChangeKind.refusal`), so the action bar, which
/// asks on every frame whether each change applies to anyone marked, asks the rules once per
/// group (a handful) instead of once per marked person (thousands).
struct MarkedGroups: Sendable, Equatable {
    private struct Group: Hashable {
        var flags: PersonRow.Flags
        var status: EmployeeStatus
        var activationStatus: ActivationStatus
        var isMe: Bool
        var creatorID: String?
    }

    /// The first marked person of each group, in marking order.
    private(set) var representatives: [Person] = []

    init() {}

    init(_ marks: [Person], me: Person) {
        var seen = Set<Group>()
        for person in marks {
            // The flags alone: a whole row would also copy names and read dates.
            let group = Group(
                flags: PersonRow.flags(of: person), status: person.status,
                activationStatus: person.activationStatus, isMe: person.id == me.id, creatorID: person.createdBy?.id)
            if seen.insert(group).inserted { representatives.append(person) }
        }
    }
}
