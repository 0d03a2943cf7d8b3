import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

/// Every error class, produced by the stand-in's rules or its fault injection.
@Suite("Client ↔ stand-in: errors")
struct ErrorClassTests {
    @Test("401: a bad token, a bad API key, and an expired token (empty body)")
    func unauthorized() async throws {
        try await LivePortal.run { portal in
            #expect(
                await docSpaceError { try await portal.client(.token("not-a-token")).me() }
                    == .unauthorized(message: nil))
            #expect(
                await docSpaceError { try await portal.client(.apiKey("sk-wrong")).me() } == .unauthorized(message: nil)
            )
            #expect(await docSpaceError { try await portal.client(.none).me() } == .unauthorized(message: nil))
            try await portal.setFault("GET /api/2.0/people/@self: expired-token times=1")
            #expect(await docSpaceError { try await portal.client().me() } == .unauthorized(message: nil))
        }
    }

    @Test("401 on login: wrong password, with the server's message")
    func wrongPassword() async throws {
        try await LivePortal.run { portal in
            let error = await docSpaceError {
                try await DocSpaceClient.login(baseURL: portal.url, userName: "owner@example.com", password: "wrong-pw")
            }
            #expect(error == .unauthorized(message: "User authentication failed"))
            #expect(error?.description.contains("wrong-pw") == false)
        }
    }

    @Test("403 on login: a terminated account")
    func userDisabled() async throws {
        try await LivePortal.run { portal in
            _ = await portal.add("former@example.org", status: .terminated, password: "pw-former-1")
            let error = await docSpaceError {
                try await DocSpaceClient.login(
                    baseURL: portal.url, userName: "former@example.org", password: "pw-former-1")
            }
            #expect(error == .forbidden(message: "User disabled"))
        }
    }

    @Test("a terminated person's token stops working (401)")
    func revokedToken() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("soon.gone@example.org", password: "pw-soon-1")
            let token = try await DocSpaceClient.login(
                baseURL: portal.url, userName: "soon.gone@example.org", password: "pw-soon-1")
            _ = try await portal.client().setStatus(.terminated, ids: [id])
            #expect(
                await docSpaceError { try await portal.client(.token(token.token)).me() } == .unauthorized(message: nil)
            )
        }
    }

    @Test("403 rules: terminate the owner or yourself; delete someone active; no-op type change; LDAP")
    func forbidden() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            let owner = try await client.me()
            let active = await portal.add("still.here@example.org")
            let ldap = await portal.add("ldap@example.org", isLDAP: true)

            #expect(
                await docSpaceError { try await client.setStatus(.terminated, ids: [owner.id]) }
                    == .forbidden(message: "Access denied"))
            #expect(
                await docSpaceError { try await client.setStatus(.terminated, ids: [ldap]) }
                    == .forbidden(message: "Access denied"))
            #expect(
                await docSpaceError { try await client.delete(id: active) }
                    == .forbidden(message: "The user is not suspended"))
            #expect(
                await docSpaceError { try await client.upgradeType(.user, ids: [active]) }
                    == .forbidden(message: "Access denied"))
            #expect(await portal.server.snapshot(id: active)?.status == .active, "a refused call changed nothing")
        }
    }

    @Test("403 for a plain user listing people")
    func userCannotList() async throws {
        try await LivePortal.run { portal in
            _ = await portal.add("plain@example.org", type: .user, password: "pw-plain-1")
            let token = try await DocSpaceClient.login(
                baseURL: portal.url, userName: "plain@example.org", password: "pw-plain-1")
            let error = await docSpaceError { try await portal.client(.token(token.token)).people(PeopleQuery()) }
            #expect(error == .forbidden(message: "Access denied"))
        }
    }

    @Test("404: unknown id, unknown e-mail")
    func notFound() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            #expect(
                await docSpaceError { try await client.person(id: "00000000-1111-2222-3333-444444444444") }
                    == .notFound(message: "The user could not be found"))
            #expect(await docSpaceError { try await client.person(email: "nobody@example.org") } != nil)
            if case .notFound? = await docSpaceError({ try await client.person(email: "nobody@example.org") }) {
            } else {
                Issue.record("unknown e-mail should be 404")
            }
        }
    }

    @Test("400: a duplicate e-mail, a bad name")
    func badRequest() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            _ = try await client.create(NewPerson(firstName: "Dup", lastName: "One", email: "dup@example.org"))
            #expect(
                await docSpaceError {
                    try await client.create(NewPerson(firstName: "Dup", lastName: "Two", email: "dup@example.org"))
                }
                    == .badRequest(message: "User with this email is already registered", fieldErrors: [:]))
            #expect(
                await docSpaceError {
                    try await client.create(NewPerson(firstName: "R2<D2>", lastName: "X", email: "r2@example.org"))
                }
                    == .badRequest(message: "Incorrect firstname or lastname", fieldErrors: [:]))
        }
    }

    @Test("402: no free paid seat for an upgrade")
    func paymentRequired() async throws {
        try await LivePortal.run(LivePortal.options(users: 1, paidSeats: 1)) { portal in
            let id = await portal.add("wants.seat@example.org", type: .user)
            let error = await docSpaceError { try await portal.client().upgradeType(.roomAdmin, ids: [id]) }
            guard case .paymentRequired(let message)? = error else {
                Issue.record("expected 402, got \(String(describing: error))")
                return
            }
            #expect(message?.isEmpty == false)
            #expect(await portal.server.snapshot(id: id)?.type == .user)
        }
    }

    @Test("429: a GET waits out Retry-After and succeeds; without retries it reports the wait")
    func rateLimited() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/@self: status=429 retry-after=2 times=1")
            let sleeps = SleepRecorder()
            let me = try await portal.client(sleeps: sleeps).me()
            #expect(me.isOwner)
            #expect(await sleeps.delays == [2])
            #expect(await portal.requests("GET /api/2.0/people/@self") == 2)

            try await portal.setFault("GET /api/2.0/people/@self: status=429 retry-after=7 times=1")
            #expect(
                await docSpaceError { try await portal.client(maxReadRetries: 0).me() } == .rateLimited(retryAfter: 7))
        }
    }

    @Test("429 on a PUT is reported, never retried")
    func rateLimitedMutation() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("rl@example.org")
            try await portal.setFault("PUT /api/2.0/people/status/*: status=429 retry-after=1 times=1")
            let sleeps = SleepRecorder()
            #expect(
                await docSpaceError { try await portal.client(sleeps: sleeps).setStatus(.terminated, ids: [id]) }
                    == .rateLimited(retryAfter: 1))
            #expect(await sleeps.delays.isEmpty)
            // Once the client has given up it sends nothing more; on a loaded machine the
            // stand-in may only now get to the request, so wait for it to show up.
            let route = "PUT /api/2.0/people/status/{status}"
            let deadline = Date().addingTimeInterval(20)
            while await portal.requests(route) < 1 && Date() < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let sent = await portal.requests(route)
            let routes = await portal.server.stats().perRoute
            #expect(sent == 1, "the stand-in saw \(sent) status requests; stats: \(routes)")
            #expect(await portal.server.snapshot(id: id)?.status == .active)
        }
    }

    @Test("5xx: the proxy's HTML 503 is retried for reads, then reported; 500 with a message")
    func serverErrors() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/filter: status=503 times=2")
            let sleeps = SleepRecorder()
            let page = try await portal.client(sleeps: sleeps).people(PeopleQuery(count: 5))
            #expect(page.people.count == 5)
            #expect(await sleeps.delays.count == 2)

            try await portal.setFault("GET /api/2.0/people/filter: status=502")
            #expect(
                await docSpaceError { try await portal.client(maxReadRetries: 1).people(PeopleQuery()) }
                    == .server(status: 502, message: nil))

            try await portal.setFault("GET /api/2.0/people/@self: status=500")
            #expect(
                await docSpaceError { try await portal.client().me() }
                    == .server(status: 500, message: "Simulated failure (HTTP 500)"))
        }
    }

    @Test("a 200 whose body is an error envelope is a failure")
    func errorInSuccess() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/@self: error-body")
            #expect(
                await docSpaceError { try await portal.client(maxReadRetries: 0).me() }
                    == .server(status: 200, message: "Simulated failure reported with HTTP 200"))
        }
    }

    @Test("timeout: the portal answers later than the client waits")
    func timeout() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/@self: latency=2500 times=1")
            let error = await docSpaceError { try await portal.client(timeout: 1, maxReadRetries: 0).me() }
            #expect(error == .timeout(seconds: 1))
            #expect(error?.isUnclear == true)
        }
    }

    @Test("a mutation that times out is unclear and not repeated")
    func timeoutMutation() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("slow@example.org")
            try await portal.setFault("PUT /api/2.0/people/status/*: latency=2500 times=1")
            let error = await docSpaceError { try await portal.client(timeout: 1).setStatus(.terminated, ids: [id]) }
            #expect(error == .timeout(seconds: 1))
            #expect(error?.isUnclear == true)
            // Once the client has given up it sends nothing more; on a loaded machine the
            // stand-in may only now get to the request, so wait for it to show up.
            let route = "PUT /api/2.0/people/status/{status}"
            let deadline = Date().addingTimeInterval(20)
            while await portal.requests(route) < 1 && Date() < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let sent = await portal.requests(route)
            let routes = await portal.server.stats().perRoute
            #expect(sent == 1, "the stand-in saw \(sent) status requests; stats: \(routes)")
        }
    }

    @Test("dropped: a dropped connection; reads retry, writes are unclear")
    func dropped() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/@self: drop times=1")
            let meAfterDrop = try await portal.client().me()
            #expect(meAfterDrop.isOwner, "a read survives one dropped connection")

            try await portal.setFault("GET /api/2.0/people/@self: drop")
            guard case .dropped? = await docSpaceError({ try await portal.client(maxReadRetries: 0).me() }) else {
                Issue.record("a dropped connection should be reported as dropped")
                return
            }

            let id = await portal.add("dropped@example.org")
            try await portal.setFault("PUT /api/2.0/people/status/*: drop")
            let error = await docSpaceError { try await portal.client().setStatus(.terminated, ids: [id]) }
            #expect(error?.isUnclear == true)
            // Once the client has given up it sends nothing more; on a loaded machine the
            // stand-in may only now get to the request, so wait for it to show up.
            let route = "PUT /api/2.0/people/status/{status}"
            let deadline = Date().addingTimeInterval(20)
            while await portal.requests(route) < 1 && Date() < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let sent = await portal.requests(route)
            let routes = await portal.server.stats().perRoute
            #expect(sent == 1, "the stand-in saw \(sent) status requests; stats: \(routes)")
        }
    }

    @Test("decoding: a malformed body names the route")
    func malformed() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/filter: malformed")
            let error = await docSpaceError { try await portal.client().people(PeopleQuery()) }
            #expect(
                error
                    == .decoding(
                        context: "GET /api/2.0/people/filter: body: not JSON (application/json; charset=utf-8)"))
        }
    }

    @Test("a truncated body is a dropped connection (curl sees the short body), never a short list")
    func truncated() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/filter: truncated")
            let error = await docSpaceError { try await portal.client(maxReadRetries: 0).people(PeopleQuery()) }
            guard case .dropped(let message)? = error else {
                Issue.record("expected a dropped connection, got \(String(describing: error))")
                return
            }
            #expect(!message.isEmpty)
        }
    }

    @Test("validation 400 for an out-of-range count is caught before sending")
    func countValidation() async throws {
        try await LivePortal.run { portal in
            await portal.server.resetStats()
            guard case .badRequest? = await docSpaceError({ try await portal.client().people(PeopleQuery(count: 500)) })
            else {
                Issue.record("count 500 should be refused")
                return
            }
            #expect(await portal.server.stats().total == 0)
        }
    }

    @Test("no secret in any error from the portal")
    func noSecrets() async throws {
        try await LivePortal.run { portal in
            try await portal.setFault("GET /api/2.0/people/@self: drop")
            let dropped = await docSpaceError { try await portal.client(maxReadRetries: 0).me() }
            try await portal.setFault("GET /api/2.0/people/@self: status=500")
            let failed = await docSpaceError { try await portal.client().me() }
            for error in [dropped, failed] {
                #expect(error?.description.contains(LivePortal.apiKey) == false)
            }
        }
    }
}
