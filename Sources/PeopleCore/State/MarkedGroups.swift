import DocSpaceAPI

/// The marked people grouped by everything the action rules can read of a person apart from
/// who they are: the type and sign-in flags, the status, the activation, whether an
/// authenticator app is set up, whether they are the signed-in admin, and who created them
/// (removing guests reads it: a DocSpace admin's guest invited by someone else is not theirs
/// to remove).
///
/// People alike in these are alike to every rule (`ChangeKind.refusal`), so the action bar, which
/// asks on every frame whether each change applies to anyone marked, asks the rules once per
/// group (a handful) instead of once per marked person (thousands).
struct MarkedGroups: Sendable, Equatable {
    /// The first marked person of each group, in marking order.
    private(set) var representatives: [Person] = []

    init() {}

    init(_ marks: Marks, me: Person) {
        representatives = marks.firstOfEachKind(me: me.id)
    }
}
