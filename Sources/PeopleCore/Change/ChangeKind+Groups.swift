import DocSpaceAPI

/// Who a change of group membership applies to, and how its outcome is read, as the server
/// decides it (`GroupsController.cs`).
extension ChangeKind {
    /// The group of a membership change; `nil` for the other changes.
    public var group: GroupRef? {
        switch self {
        case .addToGroup(let group), .removeFromGroup(let group): group
        case .terminate, .reactivate, .delete, .setType, .resendInvitation, .signOut, .resetTwoFactor,
            .sendPasswordReset, .setEmail, .turnOffKeys, .deleteKeys, .setQuota, .resetQuota, .removeGuest:
            nil
        }
    }

    /// `AddMembersTo` and `RemoveMembersFrom` demand `Action_EditGroups` (DocSpace admins).
    /// Adding goes through `ValidateUserAsync`, which *silently skips* disabled people and
    /// guests: they are left out here, with that reason, instead of being sent for nothing.
    /// Removing takes anyone who exists — but the group's member list
    /// (`GetUsersByGroupAsync`, Active and Pending only) never shows a disabled member, so the
    /// removal of one could not be proven by reading the group back: they are left out too.
    /// Yourself, the owner, admins and LDAP people may all be members.
    static func membershipRefusal(_ person: Person, adding: Bool, me: Person) -> Refusal? {
        if me.type != .docSpaceAdmin && !me.isOwner { return Refusal("DocSpace admins only", short: "admins") }
        if person.status == .terminated {
            return adding
                ? Refusal("disabled: the portal does not add disabled people to groups", short: "disabled")
                : Refusal(
                    "disabled: the group's member list hides disabled people, so no re-read could show it",
                    short: "disabled")
        }
        if adding && person.type == .guest {
            return Refusal("a guest: the portal does not add guests to groups", short: "guest")
        }
        return nil
    }

    /// Whether a person is in the group, as their own copy says (`groups`): the proof when
    /// the people, not the group, had to be read back.
    static func isMember(_ person: Person, of group: GroupRef) -> Bool {
        person.groups.contains { $0.id.lowercased() == group.id.lowercased() }
    }

    /// The person as the group's re-read shows them: their `groups` with the group added or
    /// taken out, so the results and the detail pane show the new membership.
    func withMembership(_ person: Person, listed: Bool) -> Person {
        guard let group else { return person }
        var person = person
        person.groups.removeAll { $0.id.lowercased() == group.id.lowercased() }
        if listed { person.groups.append(PersonGroup(id: group.id, name: group.name)) }
        return person
    }

    /// Whether the group read back shows the change done for one person: listed after an
    /// add, not listed after a removal.
    func reachedByListing(_ listed: Bool) -> Bool {
        switch self {
        case .addToGroup: listed
        case .removeFromGroup: !listed
        case .terminate, .reactivate, .delete, .setType, .resendInvitation, .signOut, .resetTwoFactor,
            .sendPasswordReset, .setEmail, .turnOffKeys, .deleteKeys, .setQuota, .resetQuota, .removeGuest:
            false
        }
    }

    /// Why a person the portal answered for is not changed: "the portal skipped them: Sales,
    /// read back, does not list them".
    func listingShows(_ listed: Bool) -> String {
        guard let group else { return "unchanged" }
        return listed ? "\(group.name), read back, still lists them" : "\(group.name), read back, does not list them"
    }
}
