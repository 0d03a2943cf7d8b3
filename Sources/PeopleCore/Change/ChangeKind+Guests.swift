import DocSpaceAPI

/// Removing guests from your guests, as the server decides it (`UserController.DeleteGuests`):
/// the guest's relation to the caller goes, and with it the rooms the caller shared with them;
/// the account stays, as it was, for the portal and everyone else whose guest it is.
extension ChangeKind {
    /// The dialog's sentence: what the server really does, and what it does not.
    static let removeGuestConsequence =
        "Takes them out of your guests and out of the rooms you shared with them. Their accounts are NOT deleted: they stay in the portal. If one is not yours, the portal removes none."

    /// The done line: what is true afterwards, and what a re-read shows. A room admin no
    /// longer sees the guest at all; a DocSpace admin still lists them (admins see every guest).
    static let removedGuestDetail = "no longer your guest; the account stays (room admins stop seeing it)"

    /// The server's rules, person by person, so that no batch is refused whole for one guest:
    /// only DocSpace admins and room admins may call it; every person must be a guest, not
    /// disabled, and the caller's own (a relation from the caller). The relation is not in a
    /// person's answer: a room admin sees only their own guests, so anyone they see is theirs;
    /// a DocSpace admin sees every guest, and theirs are those they invited (`createdBy`) —
    /// the server still judges a guest handed over through a share link or removed before.
    static func removeGuestRefusal(_ person: Person, me: Person) -> Refusal? {
        let isAdmin = me.type == .docSpaceAdmin || me.isOwner
        guard isAdmin || me.type == .roomAdmin else {
            return Refusal("DocSpace admins and room admins only", short: "admins")
        }
        if person.type != .guest { return Refusal("not a guest", short: "not a guest") }
        if person.status == .terminated {
            return Refusal("disabled: the portal keeps disabled guests", short: "disabled")
        }
        if isAdmin, let inviter = person.createdBy, inviter.id.lowercased() != me.id.lowercased() {
            return Refusal("not your guest: invited by \(inviter.displayName)", short: "not yours")
        }
        return nil
    }
}

extension ChangeKind {
    /// Whether the server checks every person of a request before it changes anyone, so that
    /// a clear refusal means none of the batch was done (`DeleteGuests` throws in its first
    /// loop, before the loop that removes). The others change people one by one.
    public var checksEveryoneFirst: Bool {
        switch self {
        case .removeGuest: true
        case .terminate, .reactivate, .delete, .setType, .resendInvitation, .signOut, .resetTwoFactor,
            .sendPasswordReset, .setEmail, .addToGroup, .removeFromGroup, .turnOffKeys, .deleteKeys, .setQuota,
            .resetQuota:
            false
        }
    }
}
