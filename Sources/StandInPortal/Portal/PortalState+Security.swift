/// The security actions on a person: two-factor reset, the password-reset e-mail, the e-mail
/// change (the server's `TfaappController` and `UserController`).
extension PortalState {
    /// `PUT /api/2.0/settings/tfaappnewapp {id}` (TfaappController.UnlinkTfaApp). No `id`, or
    /// the caller's: their own app. For another person: the `EditUser` permission (admins),
    /// then the owner alone — both refusals are `InvalidOperationException(ErrorAccessDenied)`,
    /// 403 "No permissions to perform this action"; then a person without the app (an unknown
    /// id is the LostUser, who has none) 403 "TFA application settings are not available"; a
    /// disabled person 403 "Not available.". Unlinking resets the person's cookies
    /// (`ResetUserCookieAsync`: every session ends) and mails them; for others it answers "".
    func resetTwoFactor(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let id = try context.body().guid("id").flatMap { $0 == Self.emptyGUID ? nil : $0 } ?? caller.id
        let isMe = id == caller.id
        let denied = PortalError.invalidOperation("No permissions to perform this action")
        if !isMe {
            guard caller.isAdmin else { throw denied }
            guard caller.isOwner else { throw denied }
        }
        guard twoFactorAppOn, let target = directory.person(id: id), target.hasTwoFactorApp else {
            throw PortalError.invalidOperation("TFA application settings are not available")
        }
        guard target.status != .terminated else { throw PortalError.invalidOperation("Not available.") }
        directory.update(id) { $0.twoFactorAppSetUp = false }
        sessions.revokeAll(of: id)
        if isMe { return .value(.string("\(context.request.origin)/confirm/TfaActivation")) }
        outbox.append(PortalEmail(kind: .twoFactorReset, to: target.email, culture: target.cultureName))
        return .value(.string(""))
    }
}

extension PortalState {
    static let emptyGUID = "00000000-0000-0000-0000-000000000000"

    /// `POST /api/2.0/people/email {userId, email}` (UserController.SendEmailChangeInstructions),
    /// in the server's order: no `userId` 400; an empty or malformed address 400; an unknown,
    /// disabled or invited person 404; someone else needs a DocSpace admin, never the owner
    /// as the target, and the owner for another admin (403 "Access denied"); an address
    /// someone has 400. A person on themselves (not an admin) is only mailed instructions; an
    /// admin's call sets the address at once, Not activated, ends every session of the person
    /// (`ResetUserCookieAsync`) and mails activation instructions to the new address.
    func changeEmail(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let body = try context.body()
        guard let userID = try body.guid("userId"), userID != Self.emptyGUID else {
            throw PortalError.argumentNull(parameter: "UserId")
        }
        let email = (try body.string("email") ?? "").trimmingCharacters(in: .whitespaces)
        guard !email.isEmpty else { throw PortalError.argument("Email field is empty") }
        guard PeopleRules.isValidEmail(email) else { throw PortalError.argument("Incorrect email") }
        guard let target = directory.person(id: userID), target.status == .active else {
            throw PortalError.userNotFound
        }
        let isSelf = target.id == caller.id
        if !isSelf {
            guard caller.isAdmin, !target.isOwner else { throw PortalError.accessDenied }
            if target.type == .docSpaceAdmin && !caller.isOwner { throw PortalError.accessDenied }
        }
        guard directory.person(email: email) == nil else {
            throw PortalError.argument("User with this email is already registered")
        }
        if caller.isAdmin {
            directory.update(target.id) {
                $0.email = email.lowercased()
                $0.activationStatus = .notActivated
            }
            sessions.revokeAll(of: target.id)
            outbox.append(PortalEmail(kind: .activation, to: email.lowercased(), culture: target.cultureName))
        }
        return .value(.string("The email change instructions have been successfully sent"))
    }

    /// `POST /api/2.0/people/password {email}` (UserController.SendUserPassword). Signed in,
    /// for someone else: a DocSpace admin only, never for the owner, another admin only by the
    /// owner (403 "Access denied"). Then `UserManagerWrapper.SendUserPasswordAsync`: no one
    /// with the address, a disabled person, LDAP, SSO and auto-generated addresses are
    /// refused — in the server's words, 403, to a signed-in caller; anonymously the answer is
    /// the same "if a user … exists" sentence whatever happened. An invitee is mailed the
    /// invitation again; anyone else the reset link.
    func sendPasswordInstructions(_ context: RequestContext) throws -> EndpointResult {
        let body = try context.body()
        let email = (try body.string("email") ?? "").trimmingCharacters(in: .whitespaces)
        let target = directory.person(email: email)
        if let caller = context.caller, target?.id != caller.id {
            guard caller.isAdmin else { throw PortalError.accessDenied }
            if let target, target.isOwner || (target.type == .docSpaceAdmin && !caller.isOwner) {
                throw PortalError.accessDenied
            }
        }
        guard PeopleRules.isValidEmail(email) else { throw PortalError.argument("Incorrect email") }
        if let refusal = passwordRefusal(target, email: email) {
            if context.caller != nil { throw PortalError.invalidOperation(refusal) }
        } else if let target {
            let kind: PortalEmail.Kind =
                target.status == .pending && target.activationStatus == .pending ? .invitation : .passwordReset
            outbox.append(PortalEmail(kind: kind, to: target.email, culture: target.cultureName))
        }
        if context.caller == nil {
            return .value(
                .string(
                    "If a user with the \(email) email exists, the password change instruction has been sent to this email address."
                ))
        }
        return .value(.string("The password change instruction has been sent to \(email) email address."))
    }

    /// `SendUserPasswordAsync`'s refusals, in its order and words.
    private func passwordRefusal(_ target: PortalPerson?, email: String) -> String? {
        guard let target, !target.email.isEmpty else { return "The user with \"\(email)\" email could not be found" }
        if target.status == .terminated { return "Your profile is suspended" }
        if target.isLDAP { return "Password recovery operation is prohibited for an LDAP user" }
        if target.isSSO { return "Password recovery operation is prohibited for an SSO user" }
        if target.isAutoGenerated {
            return "Password recovery operation is prohibited for auto generated email address"
        }
        return nil
    }
}
