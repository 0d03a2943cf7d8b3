import Foundation

/// Changing people (§3.3): profile, status, type, e-mail and password routes.
extension PortalState {
    /// `PUT /api/2.0/people/{userid}`. Self: names, location, comment, contacts; `disable`
    /// and `isUser` are ignored. Others: only `disable` and `isUser` are honoured (by an
    /// admin; the owner and, unless the caller is the owner, other admins are off limits);
    /// everything else is silently ignored and the unchanged profile comes back.
    func update(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard let target = directory.person(idOrUserName: context.parameter("userid")) else { throw PortalError.userNotFound }
        let body = try context.body()
        if target.id == caller.id {
            let first = try body.string("firstName")?.trimmingCharacters(in: .whitespaces)
            let last = try body.string("lastName")?.trimmingCharacters(in: .whitespaces)
            let renames = (first != nil || last != nil) && !target.isLDAP && !target.isSSO
            if renames, !PeopleRules.areValidNames(first: first ?? target.firstName, last: last ?? target.lastName) {
                throw PortalError.argument("Incorrect firstname or lastname")
            }
            let location = try body.string("location"), comment = try body.string("comment")
            let contacts = try body.array("contacts")?.compactMap { item -> PortalContact? in
                guard let object = item.objectValue else { return nil }
                let entry = RequestBody(object: object)
                guard let type = try entry.string("type"), let value = try entry.string("value") else { return nil }
                return PortalContact(type: type, value: value)
            }
            directory.update(target.id) { person in
                if renames {
                    if let first { person.firstName = first }
                    if let last { person.lastName = last }
                }
                if let location { person.location = location }
                if let comment { person.notes = comment }
                if let contacts { person.contacts = contacts }
            }
        } else {
            guard caller.isAdmin, !target.isOwner else { throw PortalError.accessDenied }
            if target.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
            if let disable = try body.bool("disable") {
                if disable, target.status != .terminated {
                    directory.update(target.id) {
                        $0.status = .terminated
                        $0.terminatedDate = .now()
                    }
                    sessions.revokeAll(of: target.id)
                } else if !disable, target.status == .terminated {
                    if target.type.isPaid, !hasFreePaidSeat { throw quotaExceeded() }
                    directory.update(target.id) { $0.status = Self.reactivatedStatus(of: $0) }
                }
            }
            if let isUser = try body.bool("isUser"), let current = directory.person(id: target.id) {
                if isUser, current.type != .guest {
                    directory.update(target.id) { $0.type = .guest }
                } else if !isUser, current.type == .guest {
                    if current.status != .terminated, !hasFreePaidSeat { throw quotaExceeded() }
                    directory.update(target.id) { $0.type = .roomAdmin }
                }
            }
        }
        return .value(renderer(context).full(directory.person(id: target.id)!))
    }

    /// An invitee who never filled in a name comes back pending, not active.
    static func reactivatedStatus(of person: PortalPerson) -> PortalEmployeeStatus {
        person.firstName.isEmpty && person.lastName.isEmpty && person.activationStatus == .pending ? .pending : .active
    }

    /// `PUT /api/2.0/people/status/{Active|Terminated} {userIds}`. The whole list is checked
    /// first (unknown ids, LDAP, the owner, the caller, an admin when the caller is not the
    /// owner → 403 and nothing changes); activation then takes seats one by one, so a 402
    /// leaves the people before it activated.
    func setStatus(_ context: RequestContext) throws -> EndpointResult {
        let text = context.parameter("status")
        guard let mask = WireEnum.employeeStatusMask(text) else { throw PortalError.invalidValue(text, for: "status") }
        guard mask == PortalEmployeeStatus.active.rawValue || mask == PortalEmployeeStatus.terminated.rawValue else {
            throw PortalError.argument("Incorrect status")
        }
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        let ids = try context.body().guids("userIds") ?? []
        var targets: [PortalPerson] = []
        for id in ids {
            guard let person = directory.person(id: id), !person.isLDAP, !person.isOwner, person.id != caller.id else {
                throw PortalError.accessDenied
            }
            if person.type == .docSpaceAdmin, !caller.isOwner { throw PortalError.accessDenied }
            targets.append(person)
        }
        for target in targets {
            if mask == PortalEmployeeStatus.terminated.rawValue {
                directory.update(target.id) { $0.status = .terminated }
                sessions.revokeAll(of: target.id)
            } else if let current = directory.person(id: target.id), current.status == .terminated {
                if current.type.isPaid, !hasFreePaidSeat { throw quotaExceeded() }
                directory.update(target.id) { $0.status = Self.reactivatedStatus(of: $0) }
            }
        }
        let renderer = renderer(context)
        return .stream(ids.compactMap { directory.person(id: $0) }.map { renderer.full($0) })
    }

    /// Whether `PUT people/type/{type}` may move `person` to `type` (upgrades only; the owner
    /// may also move a DocSpace admin down to room admin).
    private func isAllowedUpgrade(of person: PortalPerson, to type: PortalEmployeeType, by caller: Caller) -> Bool {
        switch type {
        case .docSpaceAdmin:
            return caller.isOwner && [.roomAdmin, .user, .guest].contains(person.type)
        case .roomAdmin:
            if person.type == .docSpaceAdmin { return caller.isOwner }
            return caller.isAdmin && [.user, .guest].contains(person.type)
        case .user:
            guard person.type == .guest else { return false }
            return caller.isAdmin || (caller.isRoomAdmin && person.createdBy == caller.id)
        case .guest:
            return false
        }
    }

    /// `PUT /api/2.0/people/type/{type} {userIds}`: synchronous upgrades only; anything else
    /// (no-op, demotion, terminated, owner, self, unknown) is 403 for the whole call.
    func upgradeType(_ context: RequestContext) throws -> EndpointResult {
        let text = context.parameter("type")
        guard let parsed = WireEnum.employeeType(text) else { throw PortalError.invalidValue(text, for: "type") }
        let caller = try context.authenticated
        if caller.isUserOrGuest { throw PortalError.accessDenied }
        let ids = try context.body().guids("userIds") ?? []
        guard let type = parsed else { throw PortalError.accessDenied }
        for id in ids {
            guard let person = directory.person(id: id), person.status != .terminated, !person.isOwner,
                  person.id != caller.id, isAllowedUpgrade(of: person, to: type, by: caller) else {
                throw PortalError.accessDenied
            }
        }
        for id in ids {
            guard let person = directory.person(id: id), person.type != type else { continue }
            if type.isPaid, !person.type.isPaid, !hasFreePaidSeat { throw quotaExceeded() }
            directory.update(id) { $0.type = type }
        }
        let renderer = renderer(context)
        return .stream(ids.compactMap { directory.person(id: $0) }.map { renderer.full($0) })
    }

    /// `POST /api/2.0/people/email {userId, email}`: an admin changes the address at once
    /// (activation reset to 0); a non-admin on themselves only gets instructions mailed.
    func changeEmail(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        let body = try context.body()
        guard let userID = try body.guid("userId") else { throw PortalError.argumentNull(parameter: "userId") }
        guard let target = directory.person(id: userID), target.status == .active else { throw PortalError.userNotFound }
        let email = (try body.string("email") ?? "").trimmingCharacters(in: .whitespaces)
        guard PeopleRules.isValidEmail(email) else { throw PortalError.argument("Incorrect email") }
        guard email.lowercased() != target.email.lowercased() else {
            throw PortalError.argument("The new email address is the same as the current one")
        }
        guard directory.person(email: email) == nil else { throw PortalError.argument("User with this email is already registered") }
        let isSelf = target.id == caller.id
        if !caller.isAdmin {
            guard isSelf else { throw PortalError.accessDenied }
            return .value(.string("The email change instructions have been sent to the \(email) email address."))
        }
        if !isSelf, target.isOwner || (target.type == .docSpaceAdmin && !caller.isOwner) { throw PortalError.accessDenied }
        directory.update(target.id) {
            $0.email = email.lowercased()
            $0.activationStatus = .notActivated
        }
        return .value(.string("The activation instructions have been sent to the \(email) email address."))
    }

    /// `POST /api/2.0/people/password {email}`: "mails" reset instructions; anonymous callers
    /// are allowed; an admin may not trigger it for the owner (or, unless owner, for admins).
    func sendPasswordInstructions(_ context: RequestContext) throws -> EndpointResult {
        let body = try context.body()
        let email = (try body.string("email") ?? "").trimmingCharacters(in: .whitespaces)
        guard PeopleRules.isValidEmail(email) else { throw PortalError.argument("Incorrect email") }
        if let caller = context.caller, caller.isAdmin, let target = directory.person(email: email), target.id != caller.id {
            if target.isOwner || (target.type == .docSpaceAdmin && !caller.isOwner) { throw PortalError.accessDenied }
        }
        return .value(.string("The password change instructions have been sent to the \(email) email address."))
    }
}
