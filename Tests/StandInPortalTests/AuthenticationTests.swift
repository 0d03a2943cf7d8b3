import Foundation
import StandInPortal
import Testing

/// Authentication: logging in, the ways a token travels, API keys, and terminated people.
@Suite struct AuthenticationTests {
    private func login(_ h: PortalHarness, _ email: String, _ password: String) async throws -> WireResponse {
        try await h.client.send("POST", "/api/2.0/authentication", json: ["userName": email, "password": password])
    }

    @Test func ownerLogsInWithPasswordAndTheTokenWorksAsBearer() async throws {
        try await PortalHarness.run { h in
            let r = try await login(h, PortalHarness.ownerEmail, "demo-owner-password")
            #expect(r.status == 200)
            let token = try #require(r.person["token"] as? String)
            #expect(r.person["sms"] as? Bool == false)
            #expect(r.person["tfa"] as? Bool == false)
            #expect((r.person["expires"] as? String)?.hasSuffix("Z") == true)
            #expect(r.header("Set-Cookie")?.hasPrefix("asc_auth_key=\(token)") == true)
            let me = try await h.client.get("/api/2.0/people/@self", token: token)
            #expect(me.person["email"] as? String == PortalHarness.ownerEmail)
        }
    }

    @Test(
        "AuthenticationController.AuthenticateMe: by user name too; a session login's token has no expiry date (0001-01-01T00:00:00)"
    )
    func sessionLoginByUserNameHasNoExpiry() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/authentication",
                json: ["userName": "owner", "password": "demo-owner-password", "session": true])
            #expect(r.status == 200)
            #expect(r.person["expires"] as? String == "0001-01-01T00:00:00")
        }
    }

    @Test func wrongPasswordOrUnknownLoginIs401WithAnErrorBody() async throws {
        try await PortalHarness.run { h in
            for (email, password) in [
                (PortalHarness.ownerEmail, "wrong"), ("nobody@example.com", "demo-owner-password"),
            ] {
                let r = try await login(h, email, password)
                #expect(r.status == 401)
                #expect(r.errorMessage == "User authentication failed")
                #expect(r.object["statusCode"] as? Int == 401)
                #expect(!r.text.contains(password))
            }
        }
    }

    @Test func terminatedPeopleCannotLogIn() async throws {
        try await PortalHarness.run { h in
            _ = await h.portal.addPerson(
                PortalPersonSeed(email: "gone@example.com", status: .terminated, password: "secret-pass-1"))
            let r = try await login(h, "gone@example.com", "secret-pass-1")
            #expect(r.status == 403)
            #expect(r.errorMessage == "User disabled")
        }
    }

    @Test func terminatingSomeoneEndsTheirTokens() async throws {
        try await PortalHarness.run { h in
            let (id, _) = try await h.add(PortalPersonSeed(email: "soon.gone@example.com", password: "secret-pass-2"))
            let login = try await login(h, "soon.gone@example.com", "secret-pass-2")
            let token = try #require(login.person["token"] as? String)
            #expect(try await h.client.get("/api/2.0/people/@self", token: token).status == 200)
            let terminate = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken, json: ["userIds": [id]])
            #expect(terminate.status == 200)
            let after = try await h.client.get("/api/2.0/people/@self", token: token)
            #expect(after.status == 401)
            #expect(after.body.isEmpty)
        }
    }

    @Test(
        "logoutall/{userId} (ConnectionsController.LogOutAllActiveConnectionsForUser): the person's tokens stop working"
    )
    func signOutEverywhereEndsEveryToken() async throws {
        try await PortalHarness.run { h in
            let (id, _) = try await h.add(
                PortalPersonSeed(email: "many.sessions@example.com", password: "secret-pass-3"))
            let first = try #require(
                try await login(h, "many.sessions@example.com", "secret-pass-3").person["token"] as? String)
            let second = try #require(
                try await login(h, "many.sessions@example.com", "secret-pass-3").person["token"] as? String)
            let signOut = try await h.client.send(
                "PUT", "/api/2.0/security/activeconnections/logoutall/\(id)", token: h.ownerToken)
            #expect(signOut.status == 200)
            for token in [first, second] {
                #expect(try await h.client.get("/api/2.0/people/@self", token: token).status == 401)
            }
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 200, "others stay")
        }
    }

    @Test(
        "logoutall/{userId}: a non-admin may end only their own sessions (403); an admin may end the owner's; a bad id is 404"
    )
    func signOutEverywhereRights() async throws {
        try await PortalHarness.run { h in
            let (userID, userToken) = try await h.add(PortalPersonSeed(email: "plain.user@example.com"))
            let (adminID, adminToken) = try await h.add(
                PortalPersonSeed(email: "an.admin@example.com", type: .docSpaceAdmin))
            let refused = try await h.client.send(
                "PUT", "/api/2.0/security/activeconnections/logoutall/\(adminID)", token: userToken)
            #expect(refused.status == 403)
            #expect(try await h.client.get("/api/2.0/people/@self", token: adminToken).status == 200, "nothing ended")
            let owner = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            let ownerID = try #require(owner.person["id"] as? String)
            let byAdmin = try await h.client.send(
                "PUT", "/api/2.0/security/activeconnections/logoutall/\(ownerID)", token: adminToken)
            #expect(byAdmin.status == 200)
            #expect(try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).status == 401)
            let own = try await h.client.send(
                "PUT", "/api/2.0/security/activeconnections/logoutall/\(userID)", token: userToken)
            #expect(own.status == 200, "anyone may end their own sessions")
            let bad = try await h.client.send(
                "PUT", "/api/2.0/security/activeconnections/logoutall/not-a-guid", token: adminToken)
            #expect(bad.status == 404)
        }
    }

    @Test func apiKeyActsAsTheOwner() async throws {
        try await PortalHarness.run { h in
            let me = try await h.client.send(
                "GET", "/api/2.0/people/@self", authorization: "Bearer \(PortalHarness.apiKey)")
            #expect(me.status == 200)
            #expect(me.person["isOwner"] as? Bool == true)
            let wrong = try await h.client.send("GET", "/api/2.0/people/@self", authorization: "Bearer sk-wrong")
            #expect(wrong.status == 401)
        }
    }

    @Test func rawTokenHeaderAndCookieWorkAndTheCookieWins() async throws {
        try await PortalHarness.run { h in
            let raw = try await h.client.send("GET", "/api/2.0/people/@self", authorization: h.ownerToken)
            #expect(raw.person["isOwner"] as? Bool == true)
            let cookie = try await h.client.send(
                "GET", "/api/2.0/people/@self", cookie: "lang=en; asc_auth_key=\(h.ownerToken)")
            #expect(cookie.person["isOwner"] as? Bool == true)
            let userToken = try await h.token(for: Cast.user)
            let both = try await h.client.send(
                "GET", "/api/2.0/people/@self", token: userToken,
                cookie: "asc_auth_key=\(h.ownerToken)")
            #expect(both.person["isOwner"] as? Bool == true)
        }
    }

    @Test func isAuthenticatedAndLogout() async throws {
        try await PortalHarness.run { h in
            let anonymous = try await h.client.get("/api/2.0/authentication")
            #expect(anonymous.status == 200)
            #expect(anonymous.object["response"] as? Bool == false)
            let token = try #require(
                try await login(h, PortalHarness.ownerEmail, "demo-owner-password").person["token"] as? String)
            #expect(try await h.client.get("/api/2.0/authentication", token: token).object["response"] as? Bool == true)
            let logout = try await h.client.send("POST", "/api/2.0/authentication/logout", token: token)
            #expect(logout.status == 200)
            #expect(try await h.client.get("/api/2.0/people/@self", token: token).status == 401)
        }
    }

    @Test func missingUserNameIs400() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send("POST", "/api/2.0/authentication", json: ["password": "x"])
            #expect(r.status == 400)
            #expect(r.errorMessage == "userName empty")
        }
    }

    @Test func basicAuthenticationChecksThePassword() async throws {
        try await PortalHarness.run { h in
            let good = Data("owner@example.com:demo-owner-password".utf8).base64EncodedString()
            let accepted = try await h.client.send("GET", "/api/2.0/people/@self", authorization: "Basic \(good)")
            #expect(accepted.status == 200)
            let bad = Data("owner@example.com:nope".utf8).base64EncodedString()
            let refused = try await h.client.send("GET", "/api/2.0/people/@self", authorization: "Basic \(bad)")
            #expect(refused.status == 401)
        }
    }

    @Test func passwordChangeWithANormalTokenIsRefused() async throws {
        try await PortalHarness.run { h in
            let me = try await h.id(of: PortalHarness.ownerEmail)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/\(me)/password", token: h.ownerToken, json: ["password": "another-pass-123"])
            #expect(r.status == 403)
            let stillWorks = try await login(h, PortalHarness.ownerEmail, "demo-owner-password")
            #expect(stillWorks.status == 200)
        }
    }
}
