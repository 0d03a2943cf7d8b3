import Foundation
import StandInPortal
import Testing

/// `PUT people/{id}`, e-mail and password routes.
@Suite struct UpdateRulesTests {
    @Test func adminEditingSomeoneElseOnlyDisablesTheRestIsIgnored() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/\(id)", token: h.ownerToken,
                json: ["firstName": "Renamed", "location": "Mars", "disable": true])
            #expect(r.status == 200)
            #expect(r.person["firstName"] as? String == "Łukasz")
            #expect(r.person["status"] as? Int == 2)
            #expect(r.person["terminated"] != nil)
            let snapshot = await h.snapshot(id)
            #expect(snapshot?.firstName == "Łukasz")
            #expect(snapshot?.hasTerminationDate == true)
            let back = try await h.client.send(
                "PUT", "/api/2.0/people/\(id)", token: h.ownerToken, json: ["disable": false])
            #expect(back.person["status"] as? Int == 1)
        }
    }

    @Test(
        "UserController.UpdateMember: disable sets the status outright — no seat check, no pending, the termination date cleared"
    )
    func updateMemberDisableSetsTheStatusOutright() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse)) { h in
            let roomAdmin = await h.portal.addPerson(
                PortalPersonSeed(email: "back.ra@example.com", type: .roomAdmin, status: .terminated))
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/\(roomAdmin)", token: h.ownerToken, json: ["disable": false])
            #expect(r.status == 200, "no seat check here, unlike PUT people/status/Active")
            #expect(await h.snapshot(roomAdmin)?.status == .active)
            #expect(await h.snapshot(roomAdmin)?.hasTerminationDate == false)
            let invitee = await h.portal.addPerson(
                PortalPersonSeed(
                    email: "back.invitee@example.com", firstName: "", lastName: "",
                    status: .terminated, activationStatus: .pending))
            _ = try await h.client.send(
                "PUT", "/api/2.0/people/\(invitee)", token: h.ownerToken, json: ["disable": false])
            #expect(await h.snapshot(invitee)?.status == .active)
        }
    }

    @Test(
        "UserController.UpdateMember: isUser makes a guest only of someone who is not an admin, against the users quota; back to a room admin against the seats"
    )
    func updateMemberIsUser() async throws {
        let guests = try await PartialEffectTests.guestsInUse(PortalOptions(users: 60))
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        var options = PortalOptions(users: 60, paidSeats: inUse)
        options.usersQuota = guests + 1
        try await PortalHarness.run(options) { h in
            let admin = await h.portal.addPerson(
                PortalPersonSeed(email: "stays.admin@example.com", type: .docSpaceAdmin))
            let kept = try await h.client.send(
                "PUT", "/api/2.0/people/\(admin)", token: h.ownerToken, json: ["isUser": true])
            #expect(kept.status == 200)
            #expect(await h.snapshot(admin)?.type == .docSpaceAdmin, "silently left as is")
            let one = await h.portal.addPerson(PortalPersonSeed(email: "to.guest.one@example.com"))
            let two = await h.portal.addPerson(PortalPersonSeed(email: "to.guest.two@example.com"))
            #expect(
                try await h.client.send("PUT", "/api/2.0/people/\(one)", token: h.ownerToken, json: ["isUser": true])
                    .status == 200)
            #expect(await h.snapshot(one)?.type == .guest)
            let full = try await h.client.send(
                "PUT", "/api/2.0/people/\(two)", token: h.ownerToken, json: ["isUser": true])
            #expect(full.status == 402)
            #expect(full.errorMessage == "The number of users should not exceed \(guests + 1)")
            let back = try await h.client.send(
                "PUT", "/api/2.0/people/\(one)", token: h.ownerToken, json: ["isUser": false])
            #expect(back.status == 402, "a room admin takes a paid seat")
            #expect(await h.snapshot(one)?.type == .guest)
        }
    }

    @Test func selfEditsApplyButDisableIsIgnored() async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: Cast.user)
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/\(id)", token: token,
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
            let other = await h.portal.addPerson(
                PortalPersonSeed(email: "peer.admin@example.com", type: .docSpaceAdmin))
            let r2 = try await h.client.send("PUT", "/api/2.0/people/\(other)", token: admin, json: ["disable": true])
            #expect(r2.status == 403)
            #expect(await h.snapshot(other)?.status == .active)
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let user = try await h.id(of: Cast.user)
            let r3 = try await h.client.send(
                "PUT", "/api/2.0/people/\(user)", token: roomAdmin, json: ["disable": true])
            #expect(r3.status == 403)
            #expect(await h.snapshot(user)?.status == .active)
        }
    }

    @Test func adminChangesEmailAtOnceAndDuplicatesAreRefused() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let dup = try await h.client.send(
                "POST", "/api/2.0/people/email", token: h.ownerToken, json: ["userId": id, "email": Cast.roomAdmin])
            #expect(dup.status == 400)
            #expect(dup.errorMessage == "User with this email is already registered")
            #expect(await h.snapshot(id)?.email == Cast.user)
            let r = try await h.client.send(
                "POST", "/api/2.0/people/email", token: h.ownerToken,
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
            let owner = try await h.client.send(
                "POST", "/api/2.0/people/password", token: admin, json: ["email": PortalHarness.ownerEmail])
            #expect(owner.status == 403)
        }
    }
}
