/// The stand-in portal's state and rules: the directory, sessions and background tasks
/// behind one actor, so every API call sees and leaves a consistent directory. Endpoints are
/// grouped by concern in the `PortalState+….swift` extensions.
actor PortalState {
    let options: PortalOptions
    let dates: PortalDateFormat
    var directory: Directory
    var sessions = Sessions()
    var tasks: [TaskKey: PortalTask] = [:]
    var taskRunners: [String: Task<Void, Never>] = [:]
    /// The e-mails the portal would have sent, oldest first.
    var outbox: [PortalEmail] = []
    /// Every API key of the portal, newest first (`PortalState+Keys.swift`).
    var apiKeys: [PortalAPIKey]
    /// The login history, oldest first (`PortalState+LoginHistory.swift`).
    var loginHistory: [PortalLoginEvent]
    let clock = ContinuousClock()
    var twoFactorAppOn: Bool { options.twoFactorApp }
    /// `TenantUserQuotaSettings`: per-user quotas on, and the default limit in bytes.
    var userQuotas: (enabled: Bool, defaultQuota: Int64)
    /// Every room of the portal (`PortalState+Rooms.swift`): who owns which, who is in them.
    var rooms: [PortalRoom]
    /// The rooms each person is a member of (places in `rooms`), so that deleting a person
    /// visits their rooms, not every room of the portal (a bulk delete of 200 on a portal of
    /// 10,000 visited thousands of rooms 200 times). Kept with `memberIDs`.
    var roomsOfMember: [String: [Int]] = [:]

    struct TaskKey: Hashable, Sendable {
        var kind: PortalTask.Kind
        var userID: String
    }

    init(options: PortalOptions) {
        self.options = options
        self.dates = PortalDateFormat(offsetMinutes: options.timeZoneOffsetMinutes)
        self.directory = DemoDirectoryBuilder(options: options).build()
        self.apiKeys = DemoAPIKeys.build(for: directory, seed: options.seed)
        self.userQuotas = (options.userQuotas, options.defaultUserQuota)
        self.loginHistory = DemoLoginHistory.build(
            for: directory, now: .now(), keptDays: options.loginHistoryDays)
        self.rooms = DemoRooms.build(for: directory, seed: options.seed)
        for (place, room) in rooms.enumerated() {
            for member in room.memberIDs { roomsOfMember[member, default: []].append(place) }
        }
    }

    /// Answers one API call: authenticate, run the endpoint, wrap the result or the refusal.
    ///
    /// Only the endpoint runs on the actor; the answer is serialized afterwards, off it, so
    /// that concurrent page requests write their bodies in parallel instead of queueing
    /// behind one another (a page of 100 people is ~200 KB of JSON).
    nonisolated func respond(to request: APIRequest, endpoint: Endpoint, parameters: [String: String]) async
        -> APIResponse
    {
        switch await answer(to: request, endpoint: endpoint, parameters: parameters) {
        case .success(let result) where result.isNoContent:
            return .empty(204)
        case .success(let result):
            var response = APIResponse.json(
                Envelope.success(result.payload, href: request.displayURL, method: request.method))
            for (name, value) in result.headers { response.addHeader(name, value) }
            return response
        case .failure(let error):
            return ErrorRendering.response(for: error, request: request, action: endpoint.action)
        }
    }

    /// Authenticates and runs the endpoint; every failure becomes the `PortalError` to render.
    private func answer(to request: APIRequest, endpoint: Endpoint, parameters: [String: String]) -> Result<
        EndpointResult, PortalError
    > {
        do {
            let caller: Caller?
            switch authenticate(request) {
            case .caller(let c): caller = c
            case .anonymous, .rejected:
                guard endpoint.allowsAnonymous else { throw PortalError.unauthenticated }
                caller = nil
            }
            let context = RequestContext(request: request, parameters: parameters, caller: caller)
            // ASP.NET validates the bound model (`[ApiController]`) before the action runs.
            let issues = try ModelValidation.issues(for: endpoint, context)
            if !issues.isEmpty { throw PortalError.validation(issues) }
            return .success(try perform(endpoint, context))
        } catch let error as PortalError {
            return .failure(error)
        } catch {
            return .failure(.server(String(describing: error)))
        }
    }

    private func perform(_ endpoint: Endpoint, _ context: RequestContext) throws -> EndpointResult {
        switch endpoint {
        case .login: return try login(context)
        case .isAuthenticated: return .value(.bool(context.caller != nil))
        case .logout: return logout(context)
        case .listActive: return try listActive(context)
        case .filter: return try filter(context, short: false)
        case .simpleFilter: return try filter(context, short: true)
        case .byStatus: return try listByStatus(context)
        case .statusSearch: return try searchByStatus(context)
        case .search: return try search(context)
        case .atSearch: return try atSearch(context)
        case .byEmail: return try readByEmail(context)
        case .exists: return try exists(context)
        case .me: return try me(context)
        case .read: return try read(context)
        case .create: return try create(context, activated: false)
        case .createActive: return try create(context, activated: true)
        case .invite: return try invite(context)
        case .resendInvitations: return try resendInvitations(context)
        case .update: return try update(context)
        case .setStatus: return try setStatus(context)
        case .upgradeType: return try upgradeType(context)
        case .startTypeChange: return try startTypeChange(context)
        case .typeChangeProgress: return try progress(context, kind: .typeChange)
        case .terminateTypeChange: return try terminateTask(context, kind: .typeChange)
        case .changeEmail: return try changeEmail(context)
        case .sendPasswordInstructions: return try sendPasswordInstructions(context)
        case .setPassword: throw PortalError.forbiddenWithoutBody
        case .delete: return try delete(context)
        case .bulkDelete: return try bulkDelete(context)
        case .reassignNecessary: return try reassignNecessary(context)
        case .startReassign: return try startReassign(context)
        case .reassignProgress: return try progress(context, kind: .reassign)
        case .terminateReassign: return try terminateTask(context, kind: .reassign)
        case .startRemoval: return try startRemoval(context)
        case .removalProgress: return try progress(context, kind: .removal)
        case .terminateRemoval: return try terminateTask(context, kind: .removal)
        case .signOutEverywhere: return try signOutEverywhere(context)
        case .listGroups: return try listGroups(context)
        case .readGroup: return try readGroup(context)
        case .createGroup: return try createGroup(context)
        case .updateGroup: return try updateGroup(context)
        case .deleteGroup: return try deleteGroup(context)
        case .addGroupMembers: return try addGroupMembers(context)
        case .removeGroupMembers: return try removeGroupMembers(context)
        case .setGroupHead: return try setGroupHead(context)
        case .moveGroupMembers: return try moveGroupMembers(context)
        case .resetTwoFactor: return try resetTwoFactor(context)
        case .setUserQuota: return try setUserQuota(context)
        case .resetUserQuota: return try resetUserQuota(context)
        case .userQuotaSettings: return try userQuotaSettings(context)
        case .saveUserQuotaSettings: return try saveUserQuotaSettings(context)
        case .listAPIKeys: return try listAPIKeys(context)
        case .updateAPIKey: return try updateAPIKey(context)
        case .deleteAPIKey: return try deleteAPIKey(context)
        case .loginEvents: return try loginEvents(context)
        case .auditSettings: return try auditSettings(context)
        case .listRooms: return try listRooms(context)
        case .paymentQuota: return try paymentQuota(context)
        case .removeGuests: return try removeGuests(context)
        case .guestShareLink: return try guestShareLink(context)
        }
    }

    /// The renderer for people as this caller sees them, resolving against the directory.
    func renderer(_ context: RequestContext) -> DirectoryRenderer {
        DirectoryRenderer(directory: directory, renderer: personRenderer(context))
    }

    /// The renderer for people as this caller sees them, for subjects already resolved.
    func personRenderer(_ context: RequestContext) -> PersonRenderer {
        PersonRenderer(
            caller: context.caller, origin: context.request.origin, dates: dates, twoFactorAppOn: twoFactorAppOn,
            defaultUserQuota: userQuotas.enabled ? userQuotas.defaultQuota : nil)
    }

    // MARK: Quotas

    /// `CountPaidUserChecker.CheckAppend`: one more DocSpace admin or room admin must fit
    /// the paid seats (`CountPaidUserStatistic` counts them, terminated people aside).
    func checkPaidSeatAppend() throws {
        guard let limit = options.paidSeats, directory.paidSeatsInUse + 1 > limit else { return }
        throw PortalError.paymentRequired("The number of admins should not exceed \(limit)")
    }

    /// `CountUserChecker.CheckAppend`: `CountUserStatistic` counts the Guest group's
    /// members (active and pending), so the `users` quota is checked against them plus one.
    func checkUserAppend() throws {
        guard let limit = options.usersQuota, directory.guestsInUse + 1 > limit else { return }
        throw PortalError.paymentRequired("The number of users should not exceed \(limit)")
    }

    /// The check `UserManager.SaveUserInfo` makes before it stores a new person of `type`
    /// (and `UpdateUserStatus` before it re-activates one): users and guests against the
    /// `users` quota, admins and room admins against the paid seats.
    func checkQuota(for type: PortalEmployeeType) throws {
        if type.isPaid { try checkPaidSeatAppend() } else { try checkUserAppend() }
    }

    /// The `UserSecurityProvider(type)` check for `Action_AddRemoveUser`: DocSpace admins
    /// may act on every type; room admins only on users and guests (`Security.Rules`);
    /// users and guests on none. `nil` (type `All`) has no target role, so only admins pass.
    func mayAddOrRemove(_ type: PortalEmployeeType?, caller: Caller) -> Bool {
        if caller.isAdmin { return true }
        guard caller.isRoomAdmin, let type else { return false }
        return type == .user || type == .guest
    }

    /// `TenantUserInvitationSettings`: guests need `AllowInvitingGuests`, every other type
    /// `AllowInvitingMembers`; refused with 403.
    func ensureInvitationsAllowed(for type: PortalEmployeeType?) throws {
        let allowed = type == .guest ? options.allowInvitingGuests : options.allowInvitingMembers
        if !allowed { throw PortalError.accessDenied }
    }

    // MARK: For the public test API

    func issueToken(forEmail email: String) -> String? {
        guard let person = directory.person(email: email) else { return nil }
        return sessions.issue(for: person.id)
    }

    /// The person with `ownsRooms` read from the rooms, which hand-overs change.
    func snapshot(id: String) -> PortalPersonSnapshot? {
        directory.person(id: id).map(roomsSnapshot)
    }

    func snapshot(email: String) -> PortalPersonSnapshot? {
        directory.person(email: email).map(roomsSnapshot)
    }

    private func roomsSnapshot(_ person: PortalPerson) -> PortalPersonSnapshot {
        var snapshot = person.snapshot
        snapshot.ownsRooms = ownsRooms(person.id)
        return snapshot
    }

    var peopleCount: Int { directory.count }

    var sentEmails: [PortalEmail] { outbox }

    func addPerson(_ seed: PortalPersonSeed) -> String {
        if let existing = directory.person(email: seed.email) { return existing.id }
        let groupIDs = seed.groups.map { name in
            directory.group(named: name)?.id ?? directory.addGroup(PortalGroup(id: GUID.random(), name: name))
        }
        var person = PortalPerson(
            id: GUID.random(), firstName: seed.firstName, lastName: seed.lastName,
            userName: directory.uniqueUserName(for: seed.email), email: seed.email.lowercased(),
            status: seed.status, activationStatus: seed.activationStatus, type: seed.type, groupIDs: groupIDs,
            location: seed.location, notes: seed.notes, isLDAP: seed.isLDAP, isSSO: seed.isSSO,
            createdBy: seed.createdBy ?? directory.ownerID, registrationDate: .now(),
            terminatedDate: seed.status == .terminated ? .now() : nil, password: seed.password,
            ownsRooms: seed.ownsRooms, avatarHash: Int.random(in: 1...2_000_000_000))
        person.isAutoGenerated = seed.isAutoGenerated
        person.sharesFiles = seed.sharesFiles
        directory.insert(person)
        if seed.ownsRooms { addRoom(ownedBy: person.id, title: "Rooms of \(seed.email)") }
        return person.id
    }

    /// Stops the background tasks (the server is shutting down).
    func shutdown() {
        for runner in taskRunners.values { runner.cancel() }
        taskRunners.removeAll()
    }
}
