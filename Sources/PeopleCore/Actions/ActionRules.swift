import DocSpaceAPI

/// Whether a change applies to a person, and if not why, in words for the action bar.
///
/// These mirror the server's rules (docspace-people-api.md §6) so the admin learns *before*
/// confirming that, say, delete needs a terminate first; the server stays the judge.
public enum ActionRules {
    /// `nil` when the change applies; otherwise a short reason ("terminate first (t)").
    public static func reason(
        _ kind: ChangeKind, cannotApplyTo person: Person, me: Person,
        keys: KeyTable = .standard
    ) -> String? {
        refusal(kind, cannotApplyTo: person, me: me, keys: keys)?.text
    }

    /// `nil` when the change applies; otherwise the reason in its long and its short form.
    public static func refusal(
        _ kind: ChangeKind, cannotApplyTo person: Person, me: Person,
        keys: KeyTable = .standard
    ) -> Refusal? {
        if person.id == me.id { return Refusal("not on yourself", short: "you") }
        if person.isOwner { return Refusal("not on the owner", short: "owner") }
        if person.isLDAP { return Refusal("LDAP account", short: "LDAP") }
        if person.type == .docSpaceAdmin && !me.isOwner { return Refusal("admins: owner only", short: "owner only") }
        switch kind {
        case .terminate:
            if person.status == .terminated { return Refusal("already disabled", short: "disabled") }
        case .reactivate:
            if person.status != .terminated { return Refusal("not disabled", short: "active") }
        case .delete:
            if person.status != .terminated {
                let key = keys.keyName(for: .terminate) ?? "t"
                return Refusal("terminate first (\(key))", short: "\(key) first")
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
