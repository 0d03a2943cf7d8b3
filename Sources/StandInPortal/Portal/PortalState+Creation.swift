import Foundation

/// Adding people (§3.2): `POST people`, `POST people/active`, `POST people/invite`,
/// `PUT people/invite`.
extension PortalState {
    /// May `caller` give someone `type`? DocSpace admins need the owner, room admins need an
    /// admin, users need at least a room admin.
    func mayAssign(_ type: PortalEmployeeType, caller: Caller) -> Bool {
        switch type {
        case .docSpaceAdmin: caller.isOwner
        case .roomAdmin: caller.isAdmin
        case .user, .guest: caller.isAdmin || caller.isRoomAdmin
        }
    }

    /// `POST /api/2.0/people` (Guest refused) and the hidden `POST people/active` (Guest allowed).
    func create(_ context: RequestContext, allowsGuest: Bool) throws -> EndpointResult {
        let caller = try context.authenticated
        if caller.isUserOrGuest { throw PortalError.accessDenied }
        let body = try context.body()
        // No type means no type group: a room admin (a paid seat).
        var type = try body.employeeType("type") ?? .roomAdmin
        if type == .guest, !allowsGuest { throw PortalError.accessDenied }
        guard mayAssign(type, caller: caller) else { throw PortalError.accessDenied }

        let email = (try body.string("email") ?? "").trimmingCharacters(in: .whitespaces)
        guard PeopleRules.isValidEmail(email) else { throw PortalError.argument("Incorrect email") }
        guard directory.person(email: email) == nil else {
            throw PortalError.argument("User with this email is already registered")
        }
        let firstName = (try body.string("firstName") ?? "").trimmingCharacters(in: .whitespaces)
        let lastName = (try body.string("lastName") ?? "").trimmingCharacters(in: .whitespaces)
        guard PeopleRules.areValidNames(first: firstName, last: lastName) else {
            throw PortalError.argument("Incorrect firstname or lastname")
        }
        let password = try body.string("password")
        if let password, !password.isEmpty, password.count < PeopleRules.minimumPasswordLength {
            throw PortalError.argument("The password is too short: at least \(PeopleRules.minimumPasswordLength) characters are required")
        }
        // No free paid seat: the real server silently creates a User instead.
        if type.isPaid, !hasFreePaidSeat { type = .user }

        var groupIDs: [String] = []
        for id in try body.guids("department") ?? [] where directory.group(id: id) != nil && !groupIDs.contains(id) {
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
            status: .active, activationStatus: allowsGuest ? .activated : .pending, type: type,
            groupIDs: groupIDs, location: try body.string("location"), notes: try body.string("comment"),
            contacts: contacts, cultureName: try body.string("cultureName") ?? "en-US",
            createdBy: caller.id, registrationDate: .now(),
            password: (password?.isEmpty ?? true) ? nil : password, avatarHash: Int.random(in: 1...2_000_000_000))
        directory.insert(person)
        return .value(renderer(context).full(person))
    }

    /// `POST /api/2.0/people/invite {invitations: [{email, type}]}`: creates pending people
    /// and answers with every pending person the caller can see.
    func invite(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        if caller.isUserOrGuest { throw PortalError.accessDenied }
        let body = try context.body()
        var invitations: [(email: String, type: PortalEmployeeType)] = []
        for item in try body.array("invitations") ?? [] {
            guard let object = item.objectValue else { continue }
            let entry = RequestBody(object: object)
            let email = (try entry.string("email") ?? "").trimmingCharacters(in: .whitespaces)
            let type = try entry.employeeType("type") ?? .roomAdmin
            invitations.append((email, type))
        }
        // Check every invitation before creating anyone.
        var newPaidSeats = 0
        for invitation in invitations {
            if invitation.type == .guest { throw PortalError.accessDenied }
            guard mayAssign(invitation.type, caller: caller) else { throw PortalError.accessDenied }
            guard PeopleRules.isValidEmail(invitation.email) else { throw PortalError.argument("Incorrect email") }
            if let existing = directory.person(email: invitation.email) {
                if existing.status == .terminated { throw PortalError.argument("User disabled: \(invitation.email)") }
                if invitation.type.rank > existing.type.rank, invitation.type.isPaid, !existing.type.isPaid { newPaidSeats += 1 }
            } else if invitation.type.isPaid {
                newPaidSeats += 1
            }
        }
        if newPaidSeats > 0, let limit = options.paidSeats, directory.paidSeatsInUse + newPaidSeats > limit {
            throw quotaExceeded()
        }
        for invitation in invitations {
            if let existing = directory.person(email: invitation.email) {
                if invitation.type.rank > existing.type.rank {
                    directory.update(existing.id) { $0.type = invitation.type }
                }
                continue
            }
            directory.insert(PortalPerson(
                id: GUID.random(), firstName: "", lastName: "", userName: directory.uniqueUserName(for: invitation.email),
                email: invitation.email.lowercased(), status: .pending, activationStatus: .pending, type: invitation.type,
                createdBy: caller.id, registrationDate: .now(), avatarHash: Int.random(in: 1...2_000_000_000)))
        }
        let pending = directory.all(filter: PeopleFilter(visibility: caller.visibility, statusMask: PortalEmployeeStatus.pending.rawValue),
                                    sort: .email)
        let renderer = renderer(context)
        return .list(pending.map { renderer.short($0) })
    }

    /// `PUT /api/2.0/people/invite {userIds, resendAll}`: "resends" invitations (nothing is
    /// mailed) and answers with the listed people the caller can see.
    func resendInvitations(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        if caller.isUserOrGuest { throw PortalError.accessDenied }
        let body = try context.body()
        let ids = try body.guids("userIds") ?? []
        let people: [PortalPerson]
        if try body.bool("resendAll") ?? false, caller.isAdmin {
            var filter = PeopleFilter(visibility: caller.visibility)
            filter.activationStatus = .pending
            people = directory.all(filter: filter, sort: .email).filter { $0.status != .terminated }
        } else {
            people = ids.compactMap { directory.person(id: $0) }.filter { caller.canSee($0) }
        }
        let renderer = renderer(context)
        return .stream(people.map { renderer.full($0) })
    }
}
