import Foundation
import StandInPortal
import Testing

/// Issue 14, rules 1–4: the server handles the people of a bulk call one at a time and stops
/// at the first refusal, so those before it stay changed. Each test names the server method
/// it mirrors (products/ASC.People/Server/Api/UserController.cs).
@Suite struct PartialEffectTests {
    private func invite(
        _ h: PortalHarness, _ invitations: [[String: Any]], culture: String? = nil,
        token: String? = nil
    ) async throws -> WireResponse {
        var body: [String: Any] = ["invitations": invitations]
        if let culture { body["culture"] = culture }
        return try await h.client.send("POST", "/api/2.0/people/invite", token: token ?? h.ownerToken, json: body)
    }

    // MARK: Rule 1 — UserController.UpdateUserType

    @Test("UserController.UpdateUserType: a refusal stops the call, the people before it stay changed")
    func updateUserTypeStopsAtTheFirstRefusal() async throws {
        try await PortalHarness.run { h in
            let guest = try await h.id(of: Cast.guest)
            let terminated = try await h.id(of: Cast.terminatedUser)
            let later = await h.portal.addPerson(PortalPersonSeed(email: "later.guest@example.com", type: .guest))
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/type/User", token: h.ownerToken,
                json: ["userIds": [guest, terminated, later]])
            #expect(r.status == 403)
            #expect(r.errorMessage == "Access denied")
            #expect(await h.snapshot(guest)?.type == .user, "changed before the refusal")
            #expect(await h.snapshot(later)?.type == .guest, "never reached")
        }
    }

    @Test("UserController.UpdateUserType: an unknown id stops the call where it stands")
    func updateUserTypeUnknownIdStopsTheCall() async throws {
        try await PortalHarness.run { h in
            let guest = try await h.id(of: Cast.guest)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/type/User", token: h.ownerToken,
                json: ["userIds": [guest, "0f0f0f0f-1111-4222-8333-444444444444"]])
            #expect(r.status == 403)
            #expect(await h.snapshot(guest)?.type == .user)
        }
    }

    @Test("UserController.UpdateUserType: the paid seats running out part-way is a 402 after the earlier upgrades")
    func updateUserTypeSeatsRunOutPartWay() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse + 1)) { h in
            let one = await h.portal.addPerson(PortalPersonSeed(email: "up.one@example.com", type: .user))
            let two = await h.portal.addPerson(PortalPersonSeed(email: "up.two@example.com", type: .user))
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/type/RoomAdmin", token: h.ownerToken, json: ["userIds": [one, two]])
            #expect(r.status == 402)
            #expect(r.errorMessage == "The number of admins should not exceed \(inUse + 1)")
            #expect(await h.snapshot(one)?.type == .roomAdmin)
            #expect(await h.snapshot(two)?.type == .user)
        }
    }

    /// No one can be made a Guest by this route (`UpdateUserTypeAsync` has no such change), so
    /// the setting shows only with nobody listed: allowed, the empty call succeeds.
    @Test("UserController.UpdateUserType: type Guest needs the portal to allow inviting guests")
    func updateUserTypeToGuestNeedsGuestInvitations() async throws {
        try await PortalHarness.run(PortalOptions(users: 60)) { h in
            let allowed = try await h.client.send(
                "PUT", "/api/2.0/people/type/Guest", token: h.ownerToken, json: ["userIds": []])
            #expect(allowed.status == 200)
        }
        var options = PortalOptions(users: 60)
        options.allowInvitingGuests = false
        try await PortalHarness.run(options) { h in
            let refused = try await h.client.send(
                "PUT", "/api/2.0/people/type/Guest", token: h.ownerToken, json: ["userIds": []])
            #expect(refused.status == 403)
            #expect(refused.errorMessage == "Access denied")
        }
    }

    @Test(
        "UserController.UpdateUserType: a room admin upgrades a guest they invited; the permission is for User and Guest only"
    )
    func updateUserTypeRoomAdminPermission() async throws {
        try await PortalHarness.run { h in
            let roomAdmin = try await h.add(PortalPersonSeed(email: "ra.upgrader@example.com", type: .roomAdmin))
            let guest = await h.portal.addPerson(
                PortalPersonSeed(email: "ra.guest@example.com", type: .guest, createdBy: roomAdmin.id))
            let toUser = try await h.client.send(
                "PUT", "/api/2.0/people/type/User", token: roomAdmin.token, json: ["userIds": [guest]])
            #expect(toUser.status == 200)
            #expect(await h.snapshot(guest)?.type == .user)
            let toRoomAdmin = try await h.client.send(
                "PUT", "/api/2.0/people/type/RoomAdmin", token: roomAdmin.token,
                json: ["userIds": [guest]])
            #expect(toRoomAdmin.status == 403)
            #expect(await h.snapshot(guest)?.type == .user)
        }
    }

    // MARK: Rule 2 — UserController.InviteUsers

    @Test(
        "UserController.InviteUsers: a bad address stops the loop; earlier invitees are created and mailed",
        arguments: [
            "bad@xn--80ak6aa92e.com", "no-dot@localhost", "josé@example.com",
        ])
    func inviteUsersStopsAtABadAddress(bad: String) async throws {
        try await PortalHarness.run { h in
            let r = try await invite(
                h,
                [
                    ["email": "first.in@example.com", "type": "User"], ["email": bad, "type": "User"],
                    ["email": "never.reached@example.com", "type": "User"],
                ])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Incorrect email")
            #expect(await h.portal.snapshot(email: "first.in@example.com")?.status == .pending)
            #expect(await h.portal.snapshot(email: "never.reached@example.com") == nil)
            #expect(await h.portal.sentEmails().map(\.to) == ["first.in@example.com"])
        }
    }

    @Test("UserController.InviteUsers: \"User disabled\" for a terminated address after the earlier invitees")
    func inviteUsersUserDisabledPartWay() async throws {
        try await PortalHarness.run { h in
            let r = try await invite(
                h,
                [
                    ["email": "before.disabled@example.com", "type": "User"],
                    ["email": Cast.terminatedUser, "type": "User"],
                ])
            #expect(r.status == 400)
            #expect(r.errorMessage == "User disabled: \(Cast.terminatedUser)")
            #expect(await h.portal.snapshot(email: "before.disabled@example.com") != nil)
        }
    }

    @Test("UserController.InviteUsers: the caller's rights are checked per invitation, inside the loop")
    func inviteUsersCallerRightsPerInvitation() async throws {
        try await PortalHarness.run { h in
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let r = try await invite(
                h,
                [
                    ["email": "ra.invites.user@example.com", "type": "User"],
                    ["email": "ra.invites.ra@example.com", "type": "RoomAdmin"],
                ], token: roomAdmin)
            #expect(r.status == 403)
            #expect(await h.portal.snapshot(email: "ra.invites.user@example.com")?.type == .user)
            #expect(await h.portal.snapshot(email: "ra.invites.ra@example.com") == nil)
            let guest = try await invite(
                h,
                [
                    ["email": "g.first@example.com", "type": "User"],
                    ["email": "g.second@example.com", "type": "Guest"],
                ])
            #expect(guest.status == 403)
            #expect(await h.portal.snapshot(email: "g.first@example.com") != nil)
        }
    }

    @Test(
        "UserController.InviteUsers: the seat check counts every paid invitation, people who exist included, before anyone is created"
    )
    func inviteUsersSeatCheckCountsExistingPeople() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse + 1)) { h in
            // One new room admin fits; the existing room admin's invitation is counted too.
            let r = try await invite(
                h,
                [
                    ["email": "new.paid@example.com", "type": "RoomAdmin"],
                    ["email": Cast.roomAdmin, "type": "RoomAdmin"],
                ])
            #expect(r.status == 402)
            #expect(r.errorMessage == "The number of admins exceeds the limit: 2/1.")
            #expect(await h.portal.snapshot(email: "new.paid@example.com") == nil)
            let alone = try await invite(h, [["email": "new.paid@example.com", "type": "RoomAdmin"]])
            #expect(alone.status == 200)
        }
    }

    @Test("UserController.InviteUsers: the invitation takes a culture for its e-mail and the new person")
    func inviteUsersTakesACulture() async throws {
        try await PortalHarness.run { h in
            let r = try await invite(h, [["email": "kultur@example.com", "type": "User"]], culture: "de-DE")
            #expect(r.status == 200)
            #expect(
                await h.portal.sentEmails() == [
                    PortalEmail(kind: .invitation, to: "kultur@example.com", culture: "de-DE")
                ])
            let id = try await h.id(of: "kultur@example.com")
            let read = try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken)
            #expect(read.person["cultureName"] as? String == "de-DE")
        }
    }

    @Test("UserController.InviteUsers: the answer lists everyone whose activation is pending, active people among them")
    func inviteUsersAnswersActivationPending() async throws {
        try await PortalHarness.run { h in
            _ = try await h.client.send(
                "POST", "/api/2.0/people", token: h.ownerToken,
                json: [
                    "firstName": "Unconfirmed", "lastName": "Member", "email": "unconfirmed@example.com",
                    "type": "User",
                ])
            let r = try await invite(h, [["email": "one.more@example.com", "type": "User"]])
            let names = r.people.compactMap { $0["displayName"] as? String }
            #expect(names.contains("Unconfirmed Member"), "status 1, activation 2")
            #expect(names.contains("one.more@example.com"))
        }
    }

    // MARK: Rule 3 — UserController.UpdateUserStatus

    @Test("UserController.UpdateUserStatus: re-activating users and guests checks the users quota one by one")
    func updateUserStatusUsersQuotaPartWay() async throws {
        let guestsInUse = try await Self.guestsInUse(PortalOptions(users: 60))
        var options = PortalOptions(users: 60)
        options.usersQuota = guestsInUse + 1
        try await PortalHarness.run(options) { h in
            let guest = await h.portal.addPerson(
                PortalPersonSeed(email: "back.guest@example.com", type: .guest, status: .terminated))
            let user = await h.portal.addPerson(
                PortalPersonSeed(email: "back.user@example.com", type: .user, status: .terminated))
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/status/Active", token: h.ownerToken, json: ["userIds": [guest, user]])
            #expect(r.status == 402)
            #expect(r.errorMessage == "The number of users should not exceed \(guestsInUse + 1)")
            #expect(await h.snapshot(guest)?.status == .active)
            #expect(await h.snapshot(user)?.status == .terminated)
        }
    }

    @Test("UserController.UpdateUserStatus: rights are checked for everyone before anyone is re-activated")
    func updateUserStatusChecksEveryoneFirst() async throws {
        try await PortalHarness.run { h in
            let terminated = try await h.id(of: Cast.terminatedUser)
            let ldap = try await h.id(of: Cast.ldapUser)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/status/Active", token: h.ownerToken,
                json: ["userIds": [terminated, ldap]])
            #expect(r.status == 403)
            #expect(
                await h.snapshot(terminated)?.status == .terminated,
                "the LDAP person, listed second, refused the call first")
        }
    }

    // MARK: Rule 4 — UserController.RemoveUsers

    @Test("UserController.RemoveUsers: a running reassignment is checked before anything else")
    func removeUsersChecksReassignmentFirst() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let from = try await h.id(of: Cast.terminatedRoomAdmin)
            let start = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": try await h.id(of: Cast.secondAdmin)])
            #expect(start.status == 200)
            // An active person in the list would be "Users are not suspended" (403); the
            // reassignment is found first.
            let active = try await h.id(of: Cast.user)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/delete", token: h.ownerToken, json: ["userIds": [active, from]])
            #expect(r.status == 500)
            #expect(r.errorMessage == "Data reassign process for Noël Lefèvre is not complete.")
            #expect(await h.snapshot(from) != nil)
        }
    }

    /// Guests who are not terminated in the demo directory of `options`, through the API.
    static func guestsInUse(_ options: PortalOptions) async throws -> Int {
        var count = 0
        try await PortalHarness.run(options) { h in
            let r = try await h.client.get(
                "/api/2.0/people/filter?employeeType=Guest&employeeStatus=Default&count=1", token: h.ownerToken)
            count = try #require(r.object["total"] as? Int)
        }
        return count
    }
}
