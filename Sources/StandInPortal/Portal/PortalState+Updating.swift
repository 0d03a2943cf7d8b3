import Foundation

/// Changing people (`UserController` `UpdateMember`, `UpdateUserStatus`, `UpdateUserType`, …): profile, status, type, e-mail and password routes.
extension PortalState {
    /// `PUT /api/2.0/people/{userid}` (`UpdateMember`). Self: names, location, comment,
    /// contacts; `disable` and `isUser` are ignored. Others: only `disable` (the status, set
    /// outright) and `isUser` (to or from Guest, against the quotas) are honoured, by an
    /// admin; the owner and, unless the caller is the owner, other admins are off limits;
    /// everything else is silently ignored and the profile comes back.
    func update(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard let target = directory.person(idOrUserName: context.parameter("userid")) else {
            throw PortalError.userNotFound
        }
        let body = try context.body()
        if target.id == caller.id {
            let first = try body.string("firstName")?.trimmingCharacters(in: .whitespaces)
            let last = try body.string("lastName")?.trimmingCharacters(in: .whitespaces)
            let renames = (first != nil || last != nil) && !target.isLDAP && !target.isSSO
            if renames, !PeopleRules.areValidNames(first: first ?? target.firstName, last: last ?? target.lastName) {
                throw PortalError.argument("Incorrect firstname or lastname")
            }
            let location = try body.string("location")
            let comment = try body.string("comment")
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
                // `UpdateMember` sets the status outright: no seat check, no "pending" for
                // an invitee (unlike `PUT people/status/Active`).
                directory.update(target.id) {
                    $0.status = disable ? .terminated : .active
                    $0.terminatedDate = disable ? .now() : nil
                }
                if disable { sessions.revokeAll(of: target.id) }
            }
            if let isUser = try body.bool("isUser"), let current = directory.person(id: target.id) {
                if isUser, current.type != .guest {
                    // Only someone who is neither the owner nor a DocSpace admin can be made a
                    // guest, against the `users` quota; anyone else is left as is, silently.
                    if !current.isOwner, current.type != .docSpaceAdmin {
                        try checkUserAppend()
                        directory.update(target.id) { $0.type = .guest }
                    }
                } else if !isUser, current.type == .guest {
                    // Leaving the Guest group leaves no type group: a room admin, a paid seat.
                    try checkPaidSeatAppend()
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

    /// `PUT /api/2.0/people/status/{Active|Terminated} {userIds}` (`UpdateUserStatus`). The
    /// whole list is checked first (unknown ids, LDAP, the owner, the caller, an admin when
    /// the caller is not the owner → 403 and nothing changes); then one person at a time,
    /// so a 402 leaves the people before it changed: re-activating a DocSpace admin or room
    /// admin checks the paid seats (`CountPaidUserChecker`), a user or guest the `users`
    /// quota (`CountUserChecker`).
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
                try checkQuota(for: current.type)
                directory.update(target.id) { $0.status = Self.reactivatedStatus(of: $0) }
            }
        }
        let renderer = renderer(context)
        return .stream(ids.compactMap { directory.person(id: $0) }.map { renderer.full($0) })
    }

    /// `UserManagerWrapper.UpdateUserTypeAsync`: moves `person` to `type` if the server
    /// allows that change for this caller, and says whether it did. Never the owner or the
    /// caller, never by a guest. To DocSpaceAdmin (owner only) from RoomAdmin, or from User
    /// or Guest taking a paid seat; to RoomAdmin (DocSpace admins) from DocSpaceAdmin (owner
    /// only), or from User or Guest taking a paid seat; to User from Guest. Anything else —
    /// the same type, a demotion, a Guest target — changes nothing. A seat that is not
    /// free throws 402 (`CountPaidUserChecker.CheckAppend`).
    func changeType(of person: PortalPerson, to type: PortalEmployeeType, by caller: Caller) throws -> Bool {
        if person.isOwner || person.id == caller.id || caller.person.type == .guest { return false }
        let takesSeat: Bool
        switch (type, person.type) {
        case (.docSpaceAdmin, .roomAdmin) where caller.isOwner:
            takesSeat = false
        case (.docSpaceAdmin, .user) where caller.isOwner, (.docSpaceAdmin, .guest) where caller.isOwner:
            takesSeat = true
        case (.roomAdmin, .docSpaceAdmin) where caller.isOwner:
            takesSeat = false
        case (.roomAdmin, .user) where caller.isAdmin, (.roomAdmin, .guest) where caller.isAdmin:
            takesSeat = true
        case (.user, .guest):
            takesSeat = false
        case (.docSpaceAdmin, _), (.roomAdmin, _), (.user, _), (.guest, _):
            return false
        }
        if takesSeat { try checkPaidSeatAppend() }
        directory.update(person.id) { $0.type = type }
        return true
    }

    /// `PUT /api/2.0/people/type/{type} {userIds}` (`UpdateUserType`), synchronous. The
    /// permission for the type (`UserSecurityProvider`: room admins for User and Guest) and,
    /// for Guest, the portal's guest invitations come first; then each person in turn — one
    /// the caller cannot see (unknown ids too), a terminated one, or a change
    /// `UpdateUserTypeAsync` refuses is a 403, a seat that is not free a 402 — so a refusal
    /// leaves the people before it changed. Answers every listed person.
    func upgradeType(_ context: RequestContext) throws -> EndpointResult {
        let text = context.parameter("type")
        guard let parsed = WireEnum.employeeType(text) else { throw PortalError.invalidValue(text, for: "type") }
        let caller = try context.authenticated
        guard mayAddOrRemove(parsed, caller: caller) else { throw PortalError.accessDenied }
        if parsed == .guest, !options.allowInvitingGuests { throw PortalError.accessDenied }
        let ids = try context.body().guids("userIds") ?? []
        for id in ids {
            guard let person = directory.person(id: id), caller.canSee(person) else { throw PortalError.accessDenied }
            if person.status == .terminated { throw PortalError.accessDenied }
            guard let type = parsed, try changeType(of: person, to: type, by: caller) else {
                throw PortalError.accessDenied
            }
        }
        let renderer = renderer(context)
        return .stream(ids.compactMap { directory.person(id: $0) }.map { renderer.full($0) })
    }
}
