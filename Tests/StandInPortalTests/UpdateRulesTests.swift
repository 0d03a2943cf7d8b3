import Foundation
import StandInPortal
import Testing

/// `PUT people/{id}`, e-mail and password routes (§3.3).
@Suite struct UpdateRulesTests {
    @Test func adminEditingSomeoneElseOnlyDisablesTheRestIsIgnored() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.send("PUT", "/api/2.0/people/\(id)", token: h.ownerToken,
                                            json: ["firstName": "Renamed", "location": "Mars", "disable": true])
            #expect(r.status == 200)
            #expect(r.person["firstName"] as? String == "Łukasz")
            #expect(r.person["status"] as? Int == 2)
            #expect(r.person["terminated"] != nil)
            let snapshot = await h.snapshot(id)
            #expect(snapshot?.firstName == "Łukasz")
            #expect(snapshot?.hasTerminationDate == true)
            let back = try await h.client.send("PUT", "/api/2.0/people/\(id)", token: h.ownerToken, json: ["disable": false])
            #expect(back.person["status"] as? Int == 1)
        }
    }

    @Test func selfEditsApplyButDisableIsIgnored() async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: Cast.user)
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.send("PUT", "/api/2.0/people/\(id)", token: token,
                                            json: ["firstName": "Luke", "comment": "new note", "disable": true])
            #expect(r.status == 200)
            #expect(r.person["firstName"] as? String == "Luke")
            #expect(r.person["notes"] as? String == "new note")
            #expect(await h.snapshot(id)?.status == .active)
            let bad = try await h.client.send("PUT", "/api/2.0/people/\(id)", token: token, json: ["firstName": "L0ke"])
            #expect(bad.status == 400)
            #expect(await h.snapshot(id)?.firstName == "Luke")
        }
    }

    @Test func theOwnerAndOtherAdminsAreOffLimits() async throws {
        try await PortalHarness.run { h in
            let admin = try await h.token(for: Cast.secondAdmin)
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let r1 = try await h.client.send("PUT", "/api/2.0/people/\(owner)", token: admin, json: ["disable": true])
            #expect(r1.status == 403)
            #expect(await h.snapshot(owner)?.status == .active)
            let other = await h.portal.addPerson(PortalPersonSeed(email: "peer.admin@example.com", type: .docSpaceAdmin))
            let r2 = try await h.client.send("PUT", "/api/2.0/people/\(other)", token: admin, json: ["disable": true])
            #expect(r2.status == 403)
            #expect(await h.snapshot(other)?.status == .active)
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let user = try await h.id(of: Cast.user)
            let r3 = try await h.client.send("PUT", "/api/2.0/people/\(user)", token: roomAdmin, json: ["disable": true])
            #expect(r3.status == 403)
            #expect(await h.snapshot(user)?.status == .active)
        }
    }

    @Test func adminChangesEmailAtOnceAndDuplicatesAreRefused() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let dup = try await h.client.send("POST", "/api/2.0/people/email", token: h.ownerToken, json: ["userId": id, "email": Cast.roomAdmin])
            #expect(dup.status == 400)
            #expect(dup.errorMessage == "User with this email is already registered")
            #expect(await h.snapshot(id)?.email == Cast.user)
            let r = try await h.client.send("POST", "/api/2.0/people/email", token: h.ownerToken,
                                            json: ["userId": id, "email": "lukasz.new@example.com"])
            #expect(r.status == 200)
            #expect(r.object["response"] is String)
            #expect(await h.snapshot(id)?.email == "lukasz.new@example.com")
            #expect(await h.snapshot(id)?.activationStatus == .notActivated)
        }
    }

    @Test func passwordInstructionsAreAnonymousButNotForTheOwnerByAnAdmin() async throws {
        try await PortalHarness.run { h in
            let anonymous = try await h.client.send("POST", "/api/2.0/people/password", json: ["email": Cast.user])
            #expect(anonymous.status == 200)
            let admin = try await h.token(for: Cast.secondAdmin)
            let owner = try await h.client.send("POST", "/api/2.0/people/password", token: admin, json: ["email": PortalHarness.ownerEmail])
            #expect(owner.status == 403)
        }
    }
}
