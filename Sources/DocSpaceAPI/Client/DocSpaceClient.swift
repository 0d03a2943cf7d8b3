import Foundation

/// The People API over HTTP: builds each request, sends it through an `HTTPTransport`,
/// retries reads that may succeed a moment later, and turns every answer into a model or a
/// `DocSpaceError` whose messages are scrubbed of the credentials.
///
/// Mutations (POST/PUT/DELETE) are sent exactly once: repeating one after a timeout could
/// act twice, so a timeout surfaces as `DocSpaceError.timeout` (`isUnclear`) instead.
public final class DocSpaceClient: PeopleClient {
    public let configuration: ClientConfiguration
    private let transport: any HTTPTransport
    private let scrubber: SecretScrubber

    /// - Parameter transport: `nil` for a `CurlTransport`.
    public convenience init(configuration: ClientConfiguration, transport: (any HTTPTransport)? = nil) {
        self.init(configuration: configuration, transport: transport, extraSecrets: [])
    }

    init(configuration: ClientConfiguration, transport: (any HTTPTransport)?, extraSecrets: [String]) {
        self.configuration = configuration
        self.transport = transport ?? CurlTransport()
        self.scrubber = SecretScrubber(secrets: [configuration.credentials.secret].compactMap { $0 } + extraSecrets)
    }

    // MARK: - PeopleClient

    public func me() async throws -> Person {
        try await value(of: Person.self, from: .me)
    }

    public func people(_ query: PeopleQuery) async throws -> PeoplePage {
        guard (1...PeopleQuery.maxCount).contains(query.count) else {
            throw DocSpaceError.badRequest(
                message: "count must be between 1 and \(PeopleQuery.maxCount)",
                fieldErrors: ["count": ["The field count must be between 1 and \(PeopleQuery.maxCount)."]])
        }
        guard (0...PeoplePage.maxTotal).contains(query.startIndex) else {
            let message = "startIndex must be between 0 and \(PeoplePage.maxTotal)"
            throw DocSpaceError.badRequest(message: message, fieldErrors: ["startIndex": [message + "."]])
        }
        let endpoint = Endpoint.filter(query)
        let payload = try await call(endpoint, expecting: PeopleList.self)
        let list = try reader(for: endpoint).required(payload)
        // A portal's count can be stale or plain wrong; never report fewer people than this
        // page reaches, nor a negative number (paging and "x–y of total" rely on it), nor
        // more than `PeoplePage.maxTotal` (the page clamps it).
        let page = PeoplePage(people: list.people, startIndex: query.startIndex, total: 0)
        let reached = list.people.isEmpty ? 0 : page.end
        return PeoplePage(
            people: list.people, startIndex: query.startIndex,
            total: max(payload.total ?? list.total ?? reached, reached))
    }

    public func person(id: String) async throws -> Person {
        try await value(of: Person.self, from: .person(id: id))
    }

    public func person(email: String) async throws -> Person {
        try await value(of: Person.self, from: .person(email: email))
    }

    public func create(_ person: NewPerson) async throws -> Person {
        try await value(of: Person.self, from: .create(person))
    }

    public func invite(_ invitations: [Invitation], culture: Culture?) async throws -> [PersonSummary] {
        try await value(of: [PersonSummary].self, from: .invite(invitations, culture: culture))
    }

    public func resendInvitations(ids: [String]) async throws -> [Person] {
        try await value(of: [Person].self, from: .resendInvitations(ids: ids))
    }

    /// Only `active` and `terminated` are statuses the server lets anyone set.
    public func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
        guard status == .active || status == .terminated else {
            throw DocSpaceError.badRequest(
                message: "Incorrect status: only Active or Terminated can be set",
                fieldErrors: [:])
        }
        return try await value(of: [Person].self, from: .setStatus(status, ids: ids))
    }

    public func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person] {
        try await value(of: [Person].self, from: .upgradeType(type, ids: ids))
    }

    public func startTypeChange(userId: String, to type: EmployeeType, reassignTo: String?) async throws -> TaskProgress
    {
        try await value(of: TaskProgress.self, from: .startTypeChange(userId: userId, to: type, reassignTo: reassignTo))
    }

    public func typeChangeProgress(userId: String) async throws -> TaskProgress? {
        try await call(.typeChangeProgress(userId: userId), expecting: TaskProgress.self).response
    }

    public func cancelTypeChange(userId: String) async throws -> TaskProgress? {
        try await call(.cancelTypeChange(userId: userId), expecting: TaskProgress.self).response
    }

    public func delete(id: String) async throws -> Person {
        try await value(of: Person.self, from: .delete(id: id))
    }

    public func delete(ids: [String]) async throws -> [Person] {
        try await value(of: [Person].self, from: .delete(ids: ids))
    }

    public func reassignNecessary(userId: String) async throws -> Bool {
        try await value(of: Bool.self, from: .reassignNecessary(userId: userId))
    }

    public func startReassign(from: String, to: String, deleteProfile: Bool) async throws -> TaskProgress {
        try await value(of: TaskProgress.self, from: .startReassign(from: from, to: to, deleteProfile: deleteProfile))
    }

    public func reassignProgress(userId: String) async throws -> TaskProgress? {
        try await call(.reassignProgress(userId: userId), expecting: TaskProgress.self).response
    }

    public func cancelReassign(userId: String) async throws -> TaskProgress? {
        try await call(.cancelReassign(userId: userId), expecting: TaskProgress.self).response
    }

    public func signOutEverywhere(userId: String) async throws {
        _ = try await call(.signOutEverywhere(userId: userId), expecting: Ignored.self)
    }

    // MARK: - Groups

    public func groups(_ query: GroupQuery) async throws -> GroupPage {
        guard (1...GroupQuery.maxCount).contains(query.count) else {
            throw DocSpaceError.badRequest(
                message: "count must be between 1 and \(GroupQuery.maxCount)",
                fieldErrors: ["count": ["The field count must be between 1 and \(GroupQuery.maxCount)."]])
        }
        let endpoint = Endpoint.groups(query)
        let payload = try await call(endpoint, expecting: GroupList.self)
        let groups = try reader(for: endpoint).required(payload).groups
        // As for people: never fewer groups than this page reaches.
        let reached = groups.isEmpty ? 0 : max(0, query.startIndex) + groups.count
        return GroupPage(groups: groups, startIndex: query.startIndex, total: max(payload.total ?? reached, reached))
    }

    public func group(id: String, includeMembers: Bool) async throws -> Group {
        try await value(of: Group.self, from: .group(id: id, includeMembers: includeMembers))
    }

    public func createGroup(_ group: NewGroup) async throws -> Group {
        try await value(of: Group.self, from: .createGroup(group))
    }

    public func updateGroup(id: String, _ update: GroupUpdate) async throws -> Group {
        try await value(of: Group.self, from: .updateGroup(id: id, update))
    }

    public func addMembers(groupID: String, ids: [String]) async throws -> Group {
        try await value(of: Group.self, from: .addMembers(groupID: groupID, ids: ids))
    }

    public func removeMembers(groupID: String, ids: [String]) async throws -> Group {
        try await value(of: Group.self, from: .removeMembers(groupID: groupID, ids: ids))
    }

    public func setHead(groupID: String, userID: String) async throws -> Group {
        try await value(of: Group.self, from: .setHead(groupID: groupID, userID: userID))
    }

    public func moveMembers(from: String, to: String) async throws -> Group {
        try await value(of: Group.self, from: .moveMembers(from: from, to: to))
    }

    public func deleteGroup(id: String) async throws {
        _ = try await call(.deleteGroup(id: id), expecting: Ignored.self)
    }

    // MARK: - Security actions

    public func resetTwoFactor(userId: String) async throws {
        _ = try await call(.resetTwoFactor(userId: userId), expecting: Ignored.self)
    }

    public func sendPasswordReset(email: String) async throws -> String {
        try await call(.sendPasswordReset(email: email), expecting: String.self).response ?? ""
    }

    public func changeEmail(userId: String, to email: String) async throws -> String {
        try await call(.changeEmail(userId: userId, to: email), expecting: String.self).response ?? ""
    }

    // MARK: - API keys

    public func apiKeys() async throws -> [APIKey] {
        try await value(of: APIKeyList.self, from: .apiKeys).keys
    }

    public func setAPIKeyActive(id: String, isActive: Bool) async throws -> Bool {
        try await value(of: Bool.self, from: .setAPIKeyActive(id: id, isActive: isActive))
    }

    public func deleteAPIKey(id: String) async throws -> Bool {
        try await value(of: Bool.self, from: .deleteAPIKey(id: id))
    }

    // MARK: - Storage quotas

    public func setQuota(_ limit: StorageLimit, ids: [String]) async throws -> [Person] {
        try await value(of: [Person].self, from: .setQuota(limit, ids: ids))
    }

    public func resetQuota(ids: [String]) async throws -> [Person] {
        try await value(of: [Person].self, from: .resetQuota(ids: ids))
    }

    public func userQuotaSettings() async throws -> UserQuotaSettings {
        try await value(of: UserQuotaSettings.self, from: .userQuotaSettings)
    }

    // MARK: - Login history

    public func loginEvents(_ query: LoginEventQuery) async throws -> [LoginEvent] {
        try await value(of: LoginEventList.self, from: .loginEvents(query)).events
    }

    public func auditSettings() async throws -> AuditSettings {
        try await value(of: AuditSettings.self, from: .auditSettings)
    }

    // MARK: - Rooms

    public func rooms(_ query: RoomQuery) async throws -> RoomPage {
        try await value(of: RoomPageBody.self, from: .rooms(query)).page
    }

    // MARK: - The plan

    public func paidSeats() async throws -> PaidSeats {
        try await value(of: PaidSeats.self, from: .paymentQuota)
    }

    // MARK: - Guests

    public func removeGuests(ids: [String]) async throws {
        _ = try await call(.removeGuests(ids: ids), expecting: Ignored.self)
    }

    public func guestShareLink(userId: String) async throws -> String {
        try await value(of: String.self, from: .guestShareLink(userId: userId))
    }

    // MARK: - Sending

    /// The decoded `response`, which must be present.
    func value<Response: Decodable>(of type: Response.Type, from endpoint: Endpoint) async throws -> Response {
        let payload = try await call(endpoint, expecting: type)
        return try reader(for: endpoint).required(payload)
    }

    /// Sends `endpoint` (repeating reads while that may help) and reads the answer. Throws
    /// only `DocSpaceError`.
    func call<Response: Decodable>(_ endpoint: Endpoint, expecting type: Response.Type) async throws -> Payload<
        Response
    > {
        let request = try makeRequest(endpoint)
        let reader = reader(for: endpoint)
        let backoff = RetryBackoff(
            base: configuration.retryBaseDelay, cap: configuration.retryMaxDelay,
            maxRetryAfter: configuration.maxRetryAfter)
        var attempt = 0
        while true {
            var retryAfter: Double?
            do {
                try checkCancellation()
                let answer = try await send(request, attempt: attempt)
                try checkCancellation()
                // A 503 may say when to come back, like a 429.
                retryAfter = RetryAfter.seconds(from: answer.headers["Retry-After"])
                return try reader.read(type, from: answer)
            } catch let error as DocSpaceError {
                guard endpoint.method.isIdempotentRead, attempt < configuration.maxReadRetries,
                    error.isRetryableForReads,
                    let delay = backoff.delay(afterAttempt: attempt, retryAfter: error.retryAfter ?? retryAfter)
                else { throw error }
                do {
                    try await configuration.sleep(delay)
                } catch {
                    throw DocSpaceError.cancelled
                }
                attempt += 1
            }
        }
    }

    private func send(_ request: HTTPRequest, attempt: Int) async throws -> HTTPResponse {
        let started = Date()
        do {
            let answer = try await sendOnce(request)
            report(request, status: answer.status, failure: nil, since: started, attempt: attempt)
            return answer
        } catch let error as DocSpaceError {
            report(request, status: nil, failure: error, since: started, attempt: attempt)
            throw error
        }
    }

    private func sendOnce(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            return try await transport.send(request)
        } catch let error as DocSpaceError {
            throw scrubber.scrub(error)
        } catch is CancellationError {
            throw DocSpaceError.cancelled
        } catch {
            if Task.isCancelled { throw DocSpaceError.cancelled }
            throw scrubber.scrub(DocSpaceError.transport(message: String(describing: error)))
        }
    }

    private func report(
        _ request: HTTPRequest, status: Int?, failure: DocSpaceError?, since started: Date, attempt: Int
    ) {
        guard let observer = configuration.observer else { return }
        // As it went over the wire: `url.path` would decode `%0A` in an id into a line break.
        var target = request.url.path(percentEncoded: true)
        if let query = request.url.query(percentEncoded: true) { target += "?" + query }
        observer(
            RequestEvent(
                method: request.method.rawValue, target: target, status: status, failure: failure,
                duration: Date().timeIntervalSince(started), attempt: attempt))
    }

    private func makeRequest(_ endpoint: Endpoint) throws -> HTTPRequest {
        // An id of `.`, `..` or nothing would turn `people/{id}` into another path (`show ..`
        // would read `GET /api/2.0/`): refused before anything is sent.
        if let bad = endpoint.path.split(separator: "/", omittingEmptySubsequences: false)
            .first(where: { !PercentEncoding.isPlainSegment($0) })
        {
            let shown = bad.isEmpty ? "an empty id" : "\"\(bad)\""
            throw DocSpaceError.badRequest(
                message: "\(shown) is not an id or a user name",
                fieldErrors: [:])
        }
        guard let url = endpoint.url(relativeTo: configuration.baseURL) else {
            throw DocSpaceError.transport(
                message: "The portal address \(configuration.baseURL.absoluteString) is not a valid URL")
        }
        var headers: HTTPHeaders = [
            "Accept": "application/json",
            "User-Agent": configuration.userAgent,
        ]
        if let secret = configuration.credentials.secret {
            // Exactly "Bearer ": the server's scheme detection is case-sensitive.
            headers["Authorization"] = "Bearer \(secret)"
        }
        if endpoint.body != nil { headers["Content-Type"] = "application/json" }
        return HTTPRequest(
            method: endpoint.method, url: url, headers: headers, body: endpoint.body,
            timeout: configuration.timeout)
    }

    private func reader(for endpoint: Endpoint) -> ResponseReader {
        ResponseReader(route: endpoint.route, scrubber: scrubber)
    }

    private func checkCancellation() throws {
        if Task.isCancelled { throw DocSpaceError.cancelled }
    }
}
