import Foundation

/// Adding people (`UserController` `AddMember`, `AddMemberAsActivated`, `InviteUsers`): `POST people`, `POST people/active`, `POST people/invite`,
/// `PUT people/invite`.
extension PortalState {
    /// The caller-type rules of `POST people` (`AddMember`) and of each invitation
    /// (`InviteUsers`): Guest is refused outright, RoomAdmin needs a DocSpace admin,
    /// DocSpaceAdmin needs the owner. `nil` (type `All`) passes.
    func mayAssign(_ type: PortalEmployeeType?, caller: Caller) -> Bool {
        switch type {
        case .guest: false
        case .roomAdmin: caller.isAdmin
        case .docSpaceAdmin: caller.isOwner
        case .user, nil: true
        }
    }

    /// `POST /api/2.0/people` (`AddMember`) and the hidden `POST people/active`
    /// (`AddMemberAsActivated`). Both check the permission for the type and the portal's
    /// invitation settings, then the password policy, the name and a duplicate e-mail.
    /// `people` also applies the caller-type rules (no Guest), mails activation
    /// instructions and, without a free paid seat, silently creates a User instead;
    /// `people/active` does none of that: a paid type without a seat is a 402. Both store
    /// activation status 2 (Pending): `AddUserAsync` with `afterInvite: false`.
    func create(_ context: RequestContext, activated: Bool) throws -> EndpointResult {
        let caller = try context.authenticated
        let body = try context.body()
        // An omitted type binds as `All`: the person gets no type group, a room admin.
        let requested = try body.employeeType("type")
        guard mayAddOrRemove(requested, caller: caller) else { throw PortalError.accessDenied }
        if !activated, !mayAssign(requested, caller: caller) { throw PortalError.accessDenied }
        try ensureInvitationsAllowed(for: requested)
        var type = requested ?? .roomAdmin

        let password = (try body.string("password") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !password.isEmpty, let problem = PeopleRules.passwordProblem(password, policy: options.passwordPolicy) {
            throw PortalError.argument(problem)
        }
        let email = (try body.string("email") ?? "").trimmingCharacters(in: .whitespaces)
        guard PeopleRules.isValidEmail(email) else { throw PortalError.argument("Incorrect email") }
        let firstName = (try body.string("firstName") ?? "").trimmingCharacters(in: .whitespaces)
        let lastName = (try body.string("lastName") ?? "").trimmingCharacters(in: .whitespaces)
        guard PeopleRules.areValidNames(first: firstName, last: lastName) else {
            throw PortalError.argument("Incorrect firstname or lastname")
        }
        guard directory.person(email: email) == nil else {
            throw PortalError.argument("User with this email is already registered")
        }
        // `AddMember` catches the seat's `TenantQuotaException` and adds a User instead.
        if !activated, type.isPaid, (try? checkQuota(for: type)) == nil { type = .user }
        try checkQuota(for: type)

        // `UpdateDepartmentsAsync`: only a caller who may edit groups (`Action_EditGroups`,
        // DocSpace admins) puts the person in them; anyone else's `department` is dropped
        // without a word, as is an id that names no group.
        var groupIDs: [String] = []
        let departments = try body.guids("department") ?? []
        for id in departments where caller.isAdmin && directory.group(id: id) != nil && !groupIDs.contains(id) {
            groupIDs.append(id)
        }
        let contacts = try (body.array("contacts") ?? []).compactMap { item -> PortalContact? in
            guard let object = item.objectValue else { return nil }
            let entry = RequestBody(object: object)
            guard let type = try entry.string("type"), let value = try entry.string("value") else { return nil }
            return PortalContact(type: type, value: value)
        }
        let person = PortalPerson(
            id: GUID.random(), firstName: firstName, lastName: lastName,
            userName: directory.uniqueUserName(for: email), email: email.lowercased(),
            status: .active, activationStatus: .pending, type: type,
            groupIDs: groupIDs, location: try body.string("location"), notes: try body.string("comment"),
            contacts: contacts, cultureName: try body.string("cultureName") ?? "en-US",
            createdBy: caller.id, registrationDate: .now(),
            password: password.isEmpty ? nil : password, avatarHash: Int.random(in: 1...2_000_000_000))
        directory.insert(person)
        if !activated {
            outbox.append(PortalEmail(kind: .activation, to: person.email, culture: person.cultureName))
        }
        return .value(renderer(context).full(person))
    }

    /// `POST /api/2.0/people/invite {invitations: [{email, type}], culture}` (`InviteUsers`).
    /// Before the loop: the invitation settings, the caller (users and guests 403) and the
    /// seat check, which counts every RoomAdmin/DocSpaceAdmin invitation — for people who
    /// exist already too — against the free paid seats (402). Then each invitation in turn,
    /// so a refusal leaves those before it created and mailed: a bad address or one in
    /// punycode (400 "Incorrect email"), the caller-type rules (403), an existing person who
    /// is terminated (400 "User disabled: …") or whose type is raised (which may meet the
    /// seats, 402); a new address becomes a pending person in `culture` and is mailed.
    /// Answers every person with activation status Pending whom the caller can see.
    func invite(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let body = try context.body()
        guard options.allowInvitingMembers else { throw PortalError.accessDenied }
        if caller.isUserOrGuest { throw PortalError.accessDenied }
        var invitations: [(email: String, type: PortalEmployeeType?)] = []
        for item in try body.array("invitations") ?? [] {
            guard let object = item.objectValue else { continue }
            let entry = RequestBody(object: object)
            invitations.append((try entry.string("email") ?? "", try entry.employeeType("type")))
        }
        let culture = try body.string("culture")
        let quotaIncreaseBy = invitations.filter { $0.type?.isPaid ?? false }.count
        if quotaIncreaseBy > 0, let limit = options.paidSeats, limit < directory.paidSeatsInUse + quotaIncreaseBy {
            throw PortalError.paymentRequired(
                "The number of admins exceeds the limit: \(quotaIncreaseBy)/\(limit - directory.paidSeatsInUse).")
        }
        for invitation in invitations {
            guard PeopleRules.matchesEmailRegex(invitation.email), !PeopleRules.isPunycode(invitation.email) else {
                throw PortalError.argument("Incorrect email")
            }
            guard mayAssign(invitation.type, caller: caller) else { throw PortalError.accessDenied }
            let email = invitation.email.trimmingCharacters(in: .whitespacesAndNewlines)
            if let existing = directory.person(email: email) {
                if existing.status == .terminated { throw PortalError.argument("User disabled: \(invitation.email)") }
                if let type = invitation.type, type.rank > existing.type.rank {
                    _ = try changeType(of: existing, to: type, by: caller)
                }
                continue
            }
            let type = invitation.type ?? .roomAdmin
            try checkQuota(for: type)
            directory.insert(
                PortalPerson(
                    id: GUID.random(), firstName: "", lastName: "", userName: directory.uniqueUserName(for: email),
                    email: email.lowercased(), status: .pending, activationStatus: .pending, type: type,
                    cultureName: culture, createdBy: caller.id, registrationDate: .now(),
                    avatarHash: Int.random(in: 1...2_000_000_000)))
            outbox.append(PortalEmail(kind: .invitation, to: email.lowercased(), culture: culture))
        }
        var filter = PeopleFilter(visibility: caller.visibility)
        filter.activationStatus = PortalActivationStatus.pending.rawValue
        let pending = directory.all(filter: filter, sort: .email)
        let renderer = renderer(context)
        return .list(pending.map { renderer.short($0) })
    }

    /// `PUT /api/2.0/people/invite {userIds, resendAll}` (`ResendUserInvites`). Users and
    /// guests may only ask for themselves (403 otherwise, and for `resendAll`). `resendAll`
    /// takes everyone whose activation is Pending. Each person whose e-mail is not confirmed
    /// and who is not terminated is mailed — an invitation while their activation is
    /// Pending, activation instructions otherwise — unless the caller may not invite their
    /// type (`HasAccessInviteAsync`); the others are skipped silently. Answers every
    /// person taken whom the caller can see, whether mailed or not.
    func resendInvitations(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let body = try context.body()
        let people: [PortalPerson]
        if try body.bool("resendAll") ?? false {
            if caller.isUserOrGuest { throw PortalError.accessDenied }
            var filter = PeopleFilter()
            filter.activationStatus = PortalActivationStatus.pending.rawValue
            people = directory.all(filter: filter, sort: .email)
        } else {
            let ids = try body.guids("userIds") ?? []
            if caller.isUserOrGuest, ids.contains(where: { $0 != caller.id }) { throw PortalError.accessDenied }
            people = ids.compactMap { directory.person(id: $0) }
        }
        for person in people where person.activationStatus != .activated && person.status != .terminated {
            guard person.id == caller.id || mayResend(to: person, caller: caller) else { continue }
            let kind: PortalEmail.Kind = person.activationStatus == .pending ? .invitation : .activation
            outbox.append(PortalEmail(kind: kind, to: person.email, culture: person.cultureName))
        }
        let renderer = renderer(context)
        return .stream(people.filter { caller.canSee($0) }.map { renderer.full($0) })
    }

    /// `HasAccessInviteAsync`: DocSpace admins need the owner, room admins an admin, users a
    /// caller who is not a user; a guest someone else invited needs an admin (or a relation
    /// with them, which the stand-in does not keep). Guests never resend.
    private func mayResend(to person: PortalPerson, caller: Caller) -> Bool {
        if caller.person.type == .guest { return false }
        if !caller.isAdmin, person.type == .guest, let creator = person.createdBy, creator != caller.id { return false }
        switch person.type {
        case .docSpaceAdmin: return caller.isOwner
        case .roomAdmin: return caller.isAdmin
        case .user: return caller.person.type != .user
        case .guest: return true
        }
    }
}
