import DocSpaceAPI

/// A change of people, described once: its words, who it applies to, the request in the
/// server's words, how dangerous it is and how its outcome is proven. The terminal UI and the
/// command line build their confirmations, dry runs, batches, results and audit lines from
/// it, so a new action is one case here and its answers (`ChangeKind+Send.swift`).
public enum ChangeKind: Sendable, Hashable {
    case terminate
    case reactivate
    case delete
    /// Giving people a type. Raises go in batches (`PUT people/type/{type}`); lowerings are a
    /// portal task per person (`TypeChangePlan`, `TaskWatch`) and join the same report.
    case setType(EmployeeType)
    /// `PUT people/invite`: the invitation e-mail again, to pending people.
    case resendInvitation
    /// `PUT security/activeconnections/logoutall/{userId}`: ends every session of the person.
    case signOut
    /// `PUT settings/tfaappnewapp {id}`: unlinks the person's authenticator app (and ends
    /// their sessions); for others the server allows it to the owner only.
    case resetTwoFactor
    /// `POST people/password {email}`: the password-reset e-mail, one person per call.
    case sendPasswordReset
    /// `POST people/email {userId, email}`: an admin's call changes the address at once and
    /// ends the person's sessions. One person: an address belongs to one.
    case setEmail(String)
    /// `PUT group/{id}/members`: makes the people members of the group. The server skips
    /// guests and disabled people without a word; the group it answers, read after the
    /// change, shows who is in it.
    case addToGroup(GroupRef)
    /// `DELETE group/{id}/members`: takes the people out of the group (a removed head stops
    /// being its head); they stay in the portal.
    case removeFromGroup(GroupRef)
    /// `PUT keys/{keyId} {isActive: false}` for each of the person's chosen keys that still
    /// works (`ChangeKind+Keys.swift`): the keys stop signing anyone in; they can be turned
    /// on again, which this tool does not do.
    case turnOffKeys(APIKeyChoice)
    /// `DELETE keys/{keyId}` for each of the person's chosen keys. Cannot be undone.
    case deleteKeys(APIKeyChoice)
    /// `PUT people/userquota {userIds, quota}`: a custom storage limit (bytes, or no limit).
    case setQuota(StorageLimit)
    /// `PUT people/resetquota {userIds}`: back to the portal's default limit.
    case resetQuota
    /// `DELETE people/guests {userIds}`: the guests leave the caller's guests and the rooms the
    /// caller shared with them. Their accounts stay (`ChangeKind+Guests.swift`).
    case removeGuest

    /// The changes a key makes to the selected or marked people through the one change path,
    /// for tests that go through each of them.
    public static let batched: [ChangeKind] = [
        .terminate, .reactivate, .delete, .setType(.roomAdmin), .resendInvitation, .signOut, .resetTwoFactor,
        .sendPasswordReset,
    ]

    // MARK: Words

    /// The change as a noun, for messages about it: "Resend stopped before anything was sent".
    public var name: String {
        switch self {
        case .terminate: "Terminate"
        case .reactivate: "Re-activate"
        case .delete: "Delete"
        case .setType: "Type change"
        case .resendInvitation: "Resend"
        case .signOut: "Sign-out"
        case .resetTwoFactor: "Two-factor reset"
        case .sendPasswordReset: "Password reset"
        case .setEmail: "E-mail change"
        case .addToGroup: "Adding to a group"
        case .removeFromGroup: "Removing from a group"
        case .turnOffKeys: "Turning off API keys"
        case .deleteKeys: "Deleting API keys"
        case .setQuota: "Quota change"
        case .resetQuota: "Quota reset"
        case .removeGuest: "Removing guests"
        }
    }

    /// The verb as a dialog title and the status line use it.
    public var verb: String {
        switch self {
        case .terminate: "Terminate"
        case .reactivate: "Re-activate"
        case .delete: "Delete"
        case .setType(let type): "Make \(type.displayName)"
        case .resendInvitation: "Resend the invitation to"
        case .signOut: "Sign out everywhere"
        case .resetTwoFactor: "Reset two-factor authentication of"
        case .sendPasswordReset: "Send a password-reset e-mail to"
        case .setEmail(let email): "Change the e-mail to \(email) of"
        case .addToGroup(let group): "Add to \(group.name)"
        case .removeFromGroup(let group): "Remove from \(group.name)"
        case .turnOffKeys: "Turn off the API keys of"
        case .deleteKeys: "Delete the API keys of"
        case .setQuota(let limit): "Set the storage quota to \(StorageSize.text(limit)) for"
        case .resetQuota: "Reset the storage quota of"
        case .removeGuest: "Remove from your guests"
        }
    }

    public var pastTense: String {
        switch self {
        case .terminate: "Terminated"
        case .reactivate: "Re-activated"
        case .delete: "Deleted"
        case .setType(let type): "Changed to \(type.displayName):"
        case .resendInvitation: "Invitation resent to"
        case .signOut: "Signed out everywhere"
        case .resetTwoFactor: "Two-factor authentication reset for"
        case .sendPasswordReset: "Password-reset e-mail sent to"
        case .setEmail: "E-mail changed for"
        case .addToGroup(let group): "Added to \(group.name):"
        case .removeFromGroup(let group): "Removed from \(group.name):"
        case .turnOffKeys: "API keys turned off for"
        case .deleteKeys: "API keys deleted for"
        case .setQuota(let limit): "Storage quota set to \(StorageSize.text(limit)) for"
        case .resetQuota: "Storage quota reset to the default for"
        case .removeGuest: "Removed from your guests:"
        }
    }

    /// "Terminating", for the progress view and the status line while it runs.
    public var progressive: String {
        switch self {
        case .terminate: "Terminating"
        case .reactivate: "Re-activating"
        case .delete: "Deleting"
        case .setType(let type): "Making \(type.displayName)"
        case .resendInvitation: "Resending the invitation to"
        case .signOut: "Signing out"
        case .resetTwoFactor: "Resetting two-factor authentication of"
        case .sendPasswordReset: "Sending password-reset e-mails to"
        case .setEmail: "Changing the e-mail of"
        case .addToGroup(let group): "Adding to \(group.name)"
        case .removeFromGroup(let group): "Removing from \(group.name)"
        case .turnOffKeys: "Turning off the API keys of"
        case .deleteKeys: "Deleting the API keys of"
        case .setQuota: "Setting the storage quota of"
        case .resetQuota: "Resetting the storage quota of"
        case .removeGuest: "Removing from your guests"
        }
    }

    /// The word of the audit log, the results file's name and the command line's summary.
    public var auditWord: String {
        switch self {
        case .terminate: "terminate"
        case .reactivate: "activate"
        case .delete: "delete"
        case .setType(let type): "set-type \(type.rawValue)"
        case .resendInvitation: "resend-invitation"
        case .signOut: "sign-out"
        case .resetTwoFactor: "reset-2fa"
        case .sendPasswordReset: "send-password-reset"
        case .setEmail: "set-email"
        case .addToGroup: "group-add"
        case .removeFromGroup: "group-remove"
        case .turnOffKeys: "keys-disable"
        case .deleteKeys: "keys-delete"
        case .setQuota(let limit): "quota-set \(limit.wireValue)"
        case .resetQuota: "quota-reset"
        case .removeGuest: "guest-remove"
        }
    }

    /// The confirmation's title: "Terminate 3 people?", "Make 2 people Room admin?".
    public func question(_ people: String) -> String {
        switch self {
        case .terminate, .reactivate, .delete, .resendInvitation: "\(verb) \(people)?"
        case .setType(let type): "Make \(people) \(type.displayName)?"
        case .signOut: "Sign \(people) out everywhere?"
        case .resetTwoFactor: "Reset two-factor authentication of \(people)?"
        case .sendPasswordReset: "Send a password-reset e-mail to \(people)?"
        case .setEmail(let email): "Change the e-mail of \(people) to \(email)?"
        case .addToGroup(let group): "Add \(people) to \(group.name)?"
        case .removeFromGroup(let group): "Remove \(people) from \(group.name)?"
        case .turnOffKeys: "Turn off the API keys of \(people)?"
        case .deleteKeys: "Delete the API keys of \(people)?"
        case .setQuota(let limit): "Set the storage quota of \(people) to \(StorageSize.text(limit))?"
        case .resetQuota: "Reset the storage quota of \(people) to the portal's default?"
        case .removeGuest: "Remove \(people) from your guests?"
        }
    }

    /// What happens, in one sentence, before `y`.
    public func consequence(isUndo: Bool = false) -> String {
        switch self {
        case .terminate:
            "Signs them out and blocks sign-in; their data stays. u undoes it for a while."
        case .reactivate:
            isUndo
                ? "Undoes the last terminate: restores their sign-in; each takes a paid seat again if their type needs one."
                : "Restores sign-in; each takes a paid seat again if their type needs one."
        case .delete:
            "Removes the profile and queues erasure of their data. This cannot be undone."
        case .setType(let type):
            "Gives them the \(type.displayName) type at once; a paid type takes a seat each."
        case .resendInvitation:
            "Mails each the invitation again. The portal allows this endpoint about 5 calls in 15 minutes."
        case .signOut:
            "Ends every session and signs them out of the apps; they can sign in again. Nothing else changes."
        case .resetTwoFactor:
            "Unlinks their authenticator app and ends every session; each is mailed and sets the app up again at the next sign-in. The portal lets only the owner do this for others."
        case .sendPasswordReset:
            "Mails each a link to set a new password; the password and sessions stay until they use it. The portal allows 5 calls in 15 minutes; beyond that the run waits as long as it says."
        case .setEmail:
            "Changes the address at once and ends every session they have; the new address is mailed activation instructions and shows Not activated until they follow them. Only the owner changes a DocSpace admin's address; nobody changes the owner's."
        case .addToGroup(let group):
            "Makes them members of \(group.name). The portal skips guests and disabled people without a word: the group is read back to show who is in it."
        case .removeFromGroup(let group):
            "Takes them out of \(group.name); they stay in the portal and in their other groups. A removed head stops being the head."
        case .turnOffKeys:
            "Their API keys stop signing anyone in; expired keys stay as they are. The portal lets only DocSpace admins do this to others' keys."
        case .deleteKeys:
            "Deletes the keys: scripts using them stop working. This cannot be undone. The portal lets only DocSpace admins do this to others' keys."
        case .setQuota(.noLimit):
            "Lifts their storage limit: each may use as much as the portal has."
        case .setQuota:
            "Limits each one's storage (binary units: 1 MB = 1,048,576 bytes). Anyone already above it keeps their files but cannot add more."
        case .resetQuota:
            "Each goes back to the portal's default storage quota; their files stay."
        case .removeGuest: Self.removeGuestConsequence
        }
    }

    /// The request, in the server's words, for these people.
    public func serverCall(ids: [String]) -> String {
        switch self {
        case .terminate: "PUT /api/2.0/people/status/Terminated"
        case .reactivate: "PUT /api/2.0/people/status/Active"
        case .delete: ids.count == 1 ? "DELETE /api/2.0/people/\(ids[0])" : "PUT /api/2.0/people/delete"
        case .setType(let type): "PUT /api/2.0/people/type/\(type.rawValue)"
        case .resendInvitation: "PUT /api/2.0/people/invite"
        case .signOut:
            ids.count == 1
                ? "PUT /api/2.0/security/activeconnections/logoutall/\(ids[0])"
                : "PUT /api/2.0/security/activeconnections/logoutall/{id}, one per person"
        case .resetTwoFactor:
            ids.count == 1
                ? "PUT /api/2.0/settings/tfaappnewapp {id: \(ids[0])}"
                : "PUT /api/2.0/settings/tfaappnewapp, one per person"
        case .sendPasswordReset:
            ids.count == 1
                ? "POST /api/2.0/people/password (e-mail of \(ids[0]))"
                : "POST /api/2.0/people/password, one per person"
        case .setEmail(let email): "POST /api/2.0/people/email {userId: \(ids.first ?? ""), email: \(email)}"
        case .addToGroup(let group): "PUT /api/2.0/group/\(group.id)/members"
        case .removeFromGroup(let group): "DELETE /api/2.0/group/\(group.id)/members"
        case .turnOffKeys: "GET /api/2.0/keys, then PUT /api/2.0/keys/{keyId} {isActive: false} per working key"
        case .deleteKeys: "GET /api/2.0/keys, then DELETE /api/2.0/keys/{keyId} per key"
        case .setQuota(let limit): "PUT /api/2.0/people/userquota {quota: \(limit.wireValue)}"
        case .resetQuota: "PUT /api/2.0/people/resetquota"
        case .removeGuest: "DELETE /api/2.0/people/guests"
        }
    }

    /// The changes a key makes at once (a raise goes through the type dialog, `T`).
    public static let keyed: [ChangeKind] = [
        .terminate, .reactivate, .delete, .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset,
        .turnOffKeys(.all), .removeGuest,
    ]

    /// The key action of this change in the key table.
    public var action: UserAction {
        switch self {
        case .setType: .changeType
        case .terminate, .reactivate, .delete, .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset,
            .setEmail, .turnOffKeys, .deleteKeys, .setQuota, .resetQuota, .removeGuest:
            .change(self)
        case .addToGroup: .addToGroup
        case .removeFromGroup: .removeFromGroup
        }
    }

    /// The name the `:` command line and the config file use, and the command line's command.
    public var commandName: String {
        switch self {
        case .terminate: "terminate"
        case .reactivate: "reactivate"
        case .delete: "delete"
        case .setType: "settype"
        case .resendInvitation: "resend"
        case .signOut: "sign-out"
        case .resetTwoFactor: "reset-2fa"
        case .sendPasswordReset: "send-password-reset"
        case .setEmail: "set-email"
        case .addToGroup: "add-to-group"
        case .removeFromGroup: "remove-from-group"
        case .turnOffKeys: "keys-disable"
        case .deleteKeys: "keys-delete"
        case .setQuota: "quota-set"
        case .resetQuota: "quota-reset"
        case .removeGuest: "guest-remove"
        }
    }

    // MARK: Who it applies to

    // These mirror the server's rules so that the admin learns *before* confirming that, say,
    // a delete needs a terminate first; the server stays the judge, and its refusals are
    // reported in its words.

    /// `nil` when the change applies; otherwise the reason in its long and its short form.
    /// `keys`: the key table whose keys a reason names ("terminate first (t)"); `nil` for the
    /// command line, which has no keys.
    public func refusal(for person: Person, me: Person, keys: KeyTable? = .standard) -> Refusal? {
        switch self {
        case .addToGroup: return Self.membershipRefusal(person, adding: true, me: me)
        case .removeFromGroup: return Self.membershipRefusal(person, adding: false, me: me)
        case .setQuota, .resetQuota:
            // `EditPortalSettings`: any DocSpace admin (the owner too), for anyone, themselves
            // included; the server checks nothing about the person.
            return me.type == .docSpaceAdmin || me.isOwner ? nil : Refusal("DocSpace admins only", short: "admins")
        case .removeGuest: return Self.removeGuestRefusal(person, me: me)
        case .terminate, .reactivate, .delete, .setType, .resendInvitation, .signOut, .resetTwoFactor,
            .sendPasswordReset, .setEmail, .turnOffKeys, .deleteKeys:
            break
        }
        if person.id == me.id {
            // Signing yourself out would end this very session; the other changes the server
            // refuses on the caller.
            return Refusal("not on yourself", short: "you")
        }
        switch self {
        case .signOut:
            // The server lets any DocSpace admin (the owner included) end anyone's sessions,
            // the owner's too, and refuses everyone else (403).
            if me.type != .docSpaceAdmin && !me.isOwner { return Refusal("DocSpace admins only", short: "admins") }
            if person.status == .terminated { return Refusal("disabled: no sessions", short: "disabled") }
            return nil
        case .resendInvitation:
            return Self.resendRefusal(person)
        case .resetTwoFactor:
            return Self.twoFactorRefusal(person, me: me)
        case .sendPasswordReset:
            return Self.passwordResetRefusal(person, me: me)
        case .setEmail(let email):
            return Self.emailChangeRefusal(person, to: email, me: me)
        case .turnOffKeys, .deleteKeys:
            return Self.keysRefusal(me: me)
        case .setType(let type):
            switch TypeRules.verdict(person, to: type, me: me) {
            case .upgrade: return nil
            case .demotion: return Refusal("a lowering: a portal task of its own", short: "lowering")
            case .refused(let reason): return Refusal(reason)
            }
        case .terminate, .reactivate, .delete, .addToGroup, .removeFromGroup, .setQuota, .resetQuota, .removeGuest:
            break
        }
        if person.isOwner { return Refusal("not on the owner", short: "owner") }
        if person.isLDAP { return Refusal("LDAP account", short: "LDAP") }
        if person.type == .docSpaceAdmin && !me.isOwner { return Refusal("admins: owner only", short: "owner only") }
        switch self {
        case .terminate:
            if person.status == .terminated { return Refusal("already disabled", short: "disabled") }
        case .reactivate:
            if person.status != .terminated { return Refusal("not disabled", short: "active") }
        case .delete:
            if person.status != .terminated {
                guard let keys else { return Refusal("terminate first") }
                let key = keys.keyName(for: .change(.terminate)) ?? "t"
                return Refusal("terminate first (\(key))", short: "\(key) first")
            }
        case .setType, .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset, .setEmail, .addToGroup,
            .removeFromGroup, .turnOffKeys, .deleteKeys, .setQuota, .resetQuota, .removeGuest:
            break
        }
        return nil
    }

    /// Why a person cannot be sent an invitation again. The server silently skips people who
    /// have activated their account and disabled people. An active person whose activation is
    /// Pending was added directly (`POST people`, `people/active`), never invited: the server
    /// would mail them an invitation to join a portal they are already in, so none is offered.
    /// An active person Not activated (after an e-mail change) is mailed activation
    /// instructions: offered.
    static func resendRefusal(_ person: Person) -> Refusal? {
        if person.status == .terminated { return Refusal("disabled") }
        if person.status == .pending { return nil }
        if person.activationStatus == .pending {
            return Refusal("added directly, not invited: no invitation to resend", short: "not invited")
        }
        if person.activationStatus == .notActivated { return nil }
        return Refusal("not pending: they accepted the invitation", short: "accepted")
    }

    /// The people a change applies to, and those it leaves out with the reason.
    public func split(_ people: [Person], me: Person, keys: KeyTable? = .standard) -> (
        applicable: [Person], leftOut: [SkippedTarget]
    ) {
        var applicable: [Person] = []
        var leftOut: [SkippedTarget] = []
        for person in people {
            if let reason = refusal(for: person, me: me, keys: keys)?.text {
                leftOut.append(SkippedTarget(person: person, reason: reason, outcome: .notSent))
            } else {
                applicable.append(person)
            }
        }
        return (applicable, leftOut)
    }

    // MARK: Danger

    /// The word to type before a delete of several people.
    public static let deleteWord = "DELETE"
    /// Above this many people a change asks for their number to be typed: one `y` must not
    /// reach a whole portal. Twenty is the largest group an admin can still read name by name
    /// in the dialog.
    public static let typedCountThreshold = 20

    /// What must be typed to confirm a change of `count` people; `nil` when `y` does.
    /// `DELETE` for a delete of several (it cannot be undone), the number for anything of
    /// more than `typedCountThreshold`.
    public func typedAnswer(count: Int) -> TypedAnswer? {
        if self == .delete { return count > 1 ? TypedAnswer(word: Self.deleteWord) : nil }
        return count > Self.typedCountThreshold ? TypedAnswer(count: count) : nil
    }

    // MARK: Batches

    /// The most people one request carries: the server's limit of 100 ids (the group routes
    /// take any number, but a batch of 100 keeps a refusal's re-read and Esc's stop as small
    /// as elsewhere), and one for the per-person routes.
    public var batchSize: Int {
        switch self {
        case .terminate, .reactivate, .delete, .setType, .resendInvitation, .addToGroup, .removeFromGroup,
            .setQuota, .resetQuota, .removeGuest:
            PeopleQuery.maxCount
        case .signOut, .resetTwoFactor, .sendPasswordReset, .setEmail, .turnOffKeys, .deleteKeys: 1
        }
    }

    /// The server's own limit on calls to this change's endpoint, when it has one: resending
    /// invitations, password-reset e-mails and e-mail changes are each limited to 5 calls in
    /// 15 minutes per user (`SensitiveApi`).
    public var callLimit: (calls: Int, minutes: Int)? {
        switch self {
        case .resendInvitation, .sendPasswordReset, .setEmail: (5, 15)
        case .terminate, .reactivate, .delete, .setType, .signOut, .resetTwoFactor, .addToGroup, .removeFromGroup,
            .turnOffKeys, .deleteKeys, .setQuota, .resetQuota, .removeGuest:
            nil
        }
    }

    // MARK: Proof

    /// How the outcome of this change is known.
    public enum Proof: Sendable, Equatable {
        /// The person as the portal answers or re-reads them shows it (status, type).
        case state
        /// Only a 404 when the person is read again proves a delete.
        case gone
        /// The portal's answer is the only trace (an e-mail sent, sessions ended): a re-read
        /// of the person cannot show it, so after an unclear answer the outcome stays unknown.
        case answer
        /// The group read back lists them (added) or does not (removed): the portal answers
        /// a membership change with the group as it is afterwards, and skips some people
        /// without a word. When only the people could be read back, their own `groups` say it.
        case membership
    }

    public var proof: Proof {
        switch self {
        case .terminate, .reactivate, .setType, .setEmail, .setQuota, .resetQuota: .state
        case .delete: .gone
        case .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset: .answer
        case .addToGroup, .removeFromGroup: .membership
        // The key listing after the change is read in `sendKeys`: a person is "accepted" only
        // when it shows none of the chosen keys working (or there).
        case .turnOffKeys, .deleteKeys: .answer
        // No re-read can show the relation to a DocSpace admin, who sees every guest: the
        // server's 200 is the proof, and it checks every guest before it removes any
        // (`ChangeKind+Guests.swift`).
        case .removeGuest: .answer
        }
    }

    /// Whether the portal's copy of the person shows the change done. A re-activated invitee
    /// comes back Pending, which is as active as they can be.
    public func reached(_ person: Person) -> Bool {
        switch self {
        case .terminate: person.status == .terminated
        case .reactivate: person.status == .active || person.status == .pending
        case .setType(let type): person.type == type
        case .setEmail(let email): person.email?.lowercased() == email.lowercased()
        case .addToGroup(let group): Self.isMember(person, of: group)
        case .removeFromGroup(let group): !Self.isMember(person, of: group)
        // The portal shows a limit only while per-user quotas are on: a person without one
        // proves nothing.
        case .setQuota(let limit): person.isCustomQuota == true && person.quotaLimit == limit.wireValue
        case .resetQuota: person.quotaLimit != nil && person.isCustomQuota != true
        case .delete, .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset, .turnOffKeys, .deleteKeys,
            .removeGuest:
            false
        }
    }

    /// What a done line says about the person.
    public func doneDetail(_ person: Person, isUndo: Bool = false, dataLost: Bool = false) -> String {
        switch self {
        case .terminate: "now \(person.status.displayName)"
        case .reactivate: isUndo ? "undone: now \(person.status.displayName)" : "now \(person.status.displayName)"
        case .delete: dataLost ? "deleted with their rooms and files (not handed over)" : "deleted"
        case .setType(let type): "now \(type.displayName)"
        case .resendInvitation: "invitation sent again"
        case .signOut: "every session ended"
        case .resetTwoFactor: "authenticator app unlinked, every session ended"
        case .sendPasswordReset: "password-reset e-mail sent"
        case .setEmail:
            person.activationStatus == .notActivated
                ? "now \(person.email ?? "?"), not activated" : "now \(person.email ?? "?")"
        case .addToGroup(let group): "now in \(group.name)"
        case .removeFromGroup(let group): "no longer in \(group.name)"
        case .turnOffKeys: "no API key of theirs works now (a listing shows it)"
        case .deleteKeys: "the keys are gone (a listing shows it)"
        case .setQuota(let limit): "limit now \(StorageSize.text(limit))"
        case .resetQuota: "back to the default (\(Self.limitText(person)))"
        case .removeGuest: Self.removedGuestDetail
        }
    }

    /// What the person looks like in a re-read that does not show the change done.
    func shownState(_ person: Person) -> String {
        switch self {
        case .terminate, .reactivate: "still \(person.status.displayName)"
        case .setType: "still \(person.type.displayName)"
        case .delete: "still there"
        case .setEmail: "still \(person.email ?? "without an e-mail")"
        case .addToGroup(let group): "still not in \(group.name)"
        case .removeFromGroup(let group): "still in \(group.name)"
        case .setQuota, .resetQuota:
            person.isCustomQuota == true
                ? "still a custom limit of \(Self.limitText(person))" : "still \(Self.limitText(person))"
        case .resendInvitation, .signOut, .resetTwoFactor, .sendPasswordReset, .turnOffKeys, .deleteKeys, .removeGuest:
            "unchanged"
        }
    }

    /// A person's limit as the portal shows it: "10 GB", "no limit", or "no limit shown"
    /// while per-user quotas are off.
    static func limitText(_ person: Person) -> String {
        guard let limit = person.quotaLimit else { return "no limit shown" }
        return StorageSize.text(StorageLimit(quotaLimit: limit))
    }
}
