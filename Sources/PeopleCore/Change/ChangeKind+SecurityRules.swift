import DocSpaceAPI

/// Who the security changes apply to, as the server decides it, so that a refusal is greyed
/// with its reason before `y` instead of coming back as a 403 part-way.
extension ChangeKind {
    /// `TfaappController.UnlinkTfaApp`: for another person the caller must be the portal's
    /// owner (`tenant.OwnerId`), whatever else they are; a disabled person is "Not available.";
    /// an invitee has not signed in, so has no app to unlink ("TFA application settings are
    /// not available"); nor has anyone the portal says set none up (`tfaAppEnabled` false —
    /// the same 405). Where the portal says nothing (its two-factor by app is off, or an
    /// older server) the server decides.
    static func twoFactorRefusal(_ person: Person, me: Person) -> Refusal? {
        if !me.isOwner { return Refusal("owner only: the portal lets only the owner reset it", short: "owner only") }
        if person.status == .terminated { return Refusal("disabled", short: "disabled") }
        if person.status == .pending { return Refusal("invited: no app set up yet", short: "invited") }
        if person.tfaAppEnabled == false { return Refusal("no authenticator app set up", short: "no app") }
        return nil
    }

    /// `UserController.SendUserPassword` for a signed-in caller: another person needs a
    /// DocSpace admin, never the owner as the target, and the owner for another admin;
    /// `UserManagerWrapper.SendUserPasswordAsync` then refuses disabled, LDAP and SSO people
    /// and mails an invitee an invitation instead (that is resending the invitation, `I`).
    static func passwordResetRefusal(_ person: Person, me: Person) -> Refusal? {
        if me.type != .docSpaceAdmin && !me.isOwner { return Refusal("DocSpace admins only", short: "admins") }
        if let refusal = protectedTarget(person, me: me) { return refusal }
        if person.status == .terminated { return Refusal("disabled", short: "disabled") }
        if person.status == .pending { return Refusal("invited: resend the invitation instead", short: "invited") }
        if person.isLDAP { return Refusal("LDAP account: its password is LDAP's", short: "LDAP") }
        if person.isSSO { return Refusal("SSO account: its password is the provider's", short: "SSO") }
        return nil
    }

    /// `UserController.SendEmailChangeInstructions` for an admin: only active people are found
    /// (disabled and invited → 404); the owner's address is the owner's own; another admin's
    /// needs the owner; the same address is refused.
    static func emailChangeRefusal(_ person: Person, to email: String, me: Person) -> Refusal? {
        if me.type != .docSpaceAdmin && !me.isOwner { return Refusal("DocSpace admins only", short: "admins") }
        if let refusal = protectedTarget(person, me: me) { return refusal }
        if person.status == .terminated { return Refusal("disabled", short: "disabled") }
        if person.status == .pending { return Refusal("invited: not joined yet", short: "invited") }
        if person.email?.lowercased() == email.lowercased() { return Refusal("already their address", short: "same") }
        return nil
    }

    /// The owner is off limits to others, and a DocSpace admin to anyone but the owner.
    private static func protectedTarget(_ person: Person, me: Person) -> Refusal? {
        if person.isOwner { return Refusal("not on the owner", short: "owner") }
        if person.type == .docSpaceAdmin && !me.isOwner { return Refusal("admins: owner only", short: "owner only") }
        return nil
    }
}
