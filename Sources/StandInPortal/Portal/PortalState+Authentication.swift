import Foundation

/// Authentication (`AuthenticationController`, the API-key and cookie handlers): login, logout, and recognising the caller of every request.
extension PortalState {
    enum Authentication {
        case anonymous
        case caller(Caller)
        /// Credentials were sent but are not (or no longer) valid: 401 on protected routes.
        case rejected
    }

    /// Picks the scheme like the real server's `ForwardDefaultSelector`: no `Authorization`
    /// header → the `asc_auth_key` cookie; `Basic` → e-mail and password; `Bearer sk-…` →
    /// API key (acting as its creator, here the owner); `Bearer <token>` or a raw token →
    /// the cookie handler, which prefers the cookie when both are present.
    func authenticate(_ request: APIRequest) -> Authentication {
        let header = request.header("authorization")?.trimmingCharacters(in: .whitespaces)
        guard let header, !header.isEmpty else {
            guard let cookie = request.cookie("asc_auth_key") else { return .anonymous }
            return caller(forToken: cookie)
        }
        if header.hasPrefix("Basic ") {
            return basicCaller(String(header.dropFirst(6)))
        }
        if header.hasPrefix("Bearer sk-") {
            let key = String(header.dropFirst(7))
            guard let apiKey = options.apiKey, key == apiKey, let owner = directory.owner else { return .rejected }
            return .caller(Caller(person: owner))
        }
        if let cookie = request.cookie("asc_auth_key") {
            return caller(forToken: cookie)
        }
        let token = header.hasPrefix("Bearer ") ? String(header.dropFirst(7)) : header
        return caller(forToken: token)
    }

    /// Whose budget a request spends under the rate limiter: the signed-in person's id
    /// (the `Sid` claim), or the address when no one is signed in (always loopback here).
    func rateLimitPartition(for request: APIRequest) -> String {
        if case .caller(let caller) = authenticate(request) { return caller.id }
        return "address"
    }

    private func caller(forToken token: String) -> Authentication {
        guard let id = sessions.personID(for: token), let person = directory.person(id: id),
            person.status == .active
        else { return .rejected }
        return .caller(Caller(person: person))
    }

    private func basicCaller(_ encoded: String) -> Authentication {
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return .rejected }
        let email = String(text[..<colon])
        let password = String(text[text.index(after: colon)...])
        guard let person = directory.person(email: email), person.password == password,
            person.status == .active
        else { return .rejected }
        return .caller(Caller(person: person))
    }

    /// `POST /api/2.0/authentication {userName, password}` → `{token, expires, sms, tfa}`.
    func login(_ context: RequestContext) throws -> EndpointResult {
        let body = try context.body()
        guard let userName = try body.string("userName"), !userName.isEmpty else {
            throw PortalError.argument("userName empty")
        }
        let password = try body.string("password")
        guard let password, !password.isEmpty else {
            if let hash = try body.string("passwordHash"), !hash.isEmpty {
                // Client-side hashes cannot be checked against the stand-in's plain passwords.
                throw PortalError.authenticationFailed("User authentication failed")
            }
            throw PortalError.argument("password empty")
        }
        guard let person = directory.person(email: userName) ?? directory.person(userName: userName),
            let stored = person.password, stored == password
        else {
            // `SendLoginMessage(LoginFailViaApi, login)`: a row with no person.
            recordLogin(.loginFailViaAPI, userID: Self.emptyGUID, login: userName)
            throw PortalError.authenticationFailed("User authentication failed")
        }
        guard person.status == .active else { throw PortalError.invalidOperation("User disabled") }
        let token = sessions.issue(for: person.id)
        // `AuthenticateMeAndSetCookiesAsync(user.Id, LoginSuccessViaApi)` for e-mail and password.
        recordLogin(.loginSuccessViaAPI, userID: person.id, login: userName)
        var response = JSONObject()
        response.set("token", token)
        let session = try body.bool("session") ?? false
        if session {
            response.set("expires", "0001-01-01T00:00:00")
        } else {
            response.set(
                "expires", PortalDateFormat.utc.string(from: PortalInstant.now().adding(seconds: 365 * 86_400)))
        }
        response.set("sms", false)
        response.set("tfa", false)
        return EndpointResult(
            payload: .value(.object(response)),
            headers: [("Set-Cookie", "asc_auth_key=\(token); path=/; HttpOnly; SameSite=None")])
    }

    /// `POST /api/2.0/authentication/logout`: ends the session the request carries.
    func logout(_ context: RequestContext) -> EndpointResult {
        let request = context.request
        if let cookie = request.cookie("asc_auth_key") { sessions.revoke(cookie) }
        if let header = request.header("authorization"), !header.hasPrefix("Basic "), !header.hasPrefix("Bearer sk-") {
            sessions.revoke(header.hasPrefix("Bearer ") ? String(header.dropFirst(7)) : header)
        }
        var result = EndpointResult.void
        result.headers = [("Set-Cookie", "asc_auth_key=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT")]
        return result
    }

    /// `PUT security/activeconnections/logoutall/{userId:guid}` (ConnectionsController.
    /// LogOutAllActiveConnectionsForUser): the caller must be the person or a DocSpace admin
    /// (`IsDocSpaceAdminAsync`, the owner included), else 403 "Access denied" — the owner is
    /// no exception as a target. A malformed id does not match the route's `guid` constraint
    /// (404, empty body). An unknown id is the server's "lost user": nothing to end, 200. The
    /// person's cookies are reset (`ResetUserCookieAsync`): every token they hold stops working.
    func signOutEverywhere(_ context: RequestContext) throws -> EndpointResult {
        let caller = try context.authenticated
        guard let id = GUID.normalize(context.parameter("userid")) else { throw PortalError.routeNotFound }
        guard caller.id == id || caller.isAdmin else { throw PortalError.accessDenied }
        sessions.revokeAll(of: id)
        return .void
    }
}
