import DocSpaceAPI

/// Whether a change applies to a person, and if not why, in words for the action bar.
///
/// These mirror the server's rules (docspace-people-api.md §6) so the admin learns *before*
/// confirming that, say, delete needs a terminate first; the server stays the judge.
public enum ActionRules {
    /// `nil` when the change applies; otherwise a short reason ("terminate first (t)").
    public static func reason(_ kind: ChangeKind, cannotApplyTo person: Person, me: Person,
                              keys: KeyTable = .standard) -> String? {
        if person.id == me.id { return "not on yourself" }
        if person.isOwner { return "not on the owner" }
        if person.isLDAP { return "LDAP account" }
        if person.type == .docSpaceAdmin && !me.isOwner { return "admins: owner only" }
        switch kind {
        case .terminate:
            if person.status == .terminated { return "already disabled" }
        case .reactivate:
            if person.status != .terminated { return "not disabled" }
        case .delete:
            if person.status != .terminated {
                return "terminate first (\(keys.keyName(for: .terminate) ?? "t"))"
            }
        }
        return nil
    }
}

/// Whether an action can run now, for the action bar.
public enum Availability: Sendable, Equatable {
    case available
    case unavailable(String)

    public var reason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}
