import Foundation
import StandInPortal
import Testing

/// Adding and inviting people (`AddMember`, `InviteUsers`).
@Suite struct CreationRulesTests {
    private func create(_ h: PortalHarness, _ body: [String: Any], token: String? = nil, active: Bool = false)
        async throws -> WireResponse
    {
        try await h.client.send(
            "POST", active ? "/api/2.0/people/active" : "/api/2.0/people", token: token ?? h.ownerToken, json: body)
    }

    @Test func createdPersonIsActivePendingActivationAndCanLogIn() async throws {
        try await PortalHarness.run { h in
            let r = try await create(
                h,
                [
                    "firstName": "Ana", "LASTNAME": "Araújo", "email": "Ana.Araujo.New@example.com",
                    "type": 4, "password": "a-long-password",
                ])
            #expect(r.status == 200)
            #expect(r.person["email"] as? String == "ana.araujo.new@example.com")
            #expect(r.person["lastName"] as? String == "Araújo", "body members bind case-insensitively")
            #expect(r.person["isCollaborator"] as? Bool == true, "type 4 is User")
            let login = try await h.client.send(
                "POST", "/api/2.0/authentication",
                json: ["userName": "ana.araujo.new@example.com", "password": "a-long-password"])
            #expect(login.status == 200)
        }
    }

    @Test func typeAsANumericStringBindsAndOmittedTypeMeansRoomAdmin() async throws {
        try await PortalHarness.run { h in
            let asString = try await create(
                h, ["firstName": "Num", "lastName": "String", "email": "num.string@example.com", "type": "4"])
            #expect(asString.person["isCollaborator"] as? Bool == true)
            let omitted = try await create(h, ["firstName": "No", "lastName": "Type", "email": "no.type@example.com"])
            #expect(omitted.person["isRoomAdmin"] as? Bool == true)
        }
    }

    @Test func duplicateEmailIs400AndNothingIsAdded() async throws {
        try await PortalHarness.run { h in
            let before = await h.portal.peopleCount()
            let r = try await create(
                h, ["firstName": "Dup", "lastName": "Licate", "email": Cast.user.uppercased(), "type": "User"])
            #expect(r.status == 400)
            #expect(r.errorMessage == "User with this email is already registered")
            #expect(await h.portal.peopleCount() == before)
        }
    }

    @Test(arguments: ["<b>Bold</b>", "R2-D2", "", "Smith & Sons"])
    func namesOutsideTheRegexAre400(firstName: String) async throws {
        try await PortalHarness.run { h in
            let before = await h.portal.peopleCount()
            let r = try await create(
                h, ["firstName": firstName, "lastName": "Test", "email": "bad.name@example.com", "type": "User"])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Incorrect firstname or lastname")
            #expect(await h.portal.snapshot(email: "bad.name@example.com") == nil)
            #expect(await h.portal.peopleCount() == before)
        }
    }

    @Test func accentsApostrophesHyphensAndNonLatinNamesAreAccepted() async throws {
        try await PortalHarness.run { h in
            let r = try await create(
                h,
                ["firstName": "Zoë-Siobhán", "lastName": "O'Brien 李", "email": "zoe.new@example.com", "type": "User"])
            #expect(r.status == 200)
            #expect(r.person["displayName"] as? String == "Zo&#235;-Siobh&#225;n O&#39;Brien 李")
        }
    }

    /// Addresses `[EmailAddress]` lets through but the stand-in's address check refuses.
    @Test(arguments: ["a@b", "x@-bad-.example.com"])
    func invalidEmailIs400(email: String) async throws {
        try await PortalHarness.run { h in
            let before = await h.portal.peopleCount()
            let r = try await create(h, ["firstName": "Bad", "lastName": "Mail", "email": email, "type": "User"])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Incorrect email")
            #expect(await h.portal.peopleCount() == before)
        }
    }

    @Test func guestsAreRefusedOnPeopleButAllowedOnPeopleActive() async throws {
        try await PortalHarness.run { h in
            let refused = try await create(
                h, ["firstName": "Gus", "lastName": "Guest", "email": "gus.guest@example.com", "type": "Guest"])
            #expect(refused.status == 403)
            #expect(await h.portal.snapshot(email: "gus.guest@example.com") == nil)
            let accepted = try await create(
                h, ["firstName": "Gus", "lastName": "Guest", "email": "gus.guest@example.com", "type": "Guest"],
                active: true)
            #expect(accepted.status == 200)
            #expect(accepted.person["isVisitor"] as? Bool == true)
        }
    }

    @Test func roomAdminsNeedAnAdminCallerAndAdminsNeedTheOwner() async throws {
        try await PortalHarness.run { h in
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let r1 = try await create(
                h, ["firstName": "Ra", "lastName": "One", "email": "ra.one@example.com", "type": "RoomAdmin"],
                token: roomAdmin)
            #expect(r1.status == 403)
            let r2 = try await create(
                h, ["firstName": "Us", "lastName": "One", "email": "us.one@example.com", "type": "User"],
                token: roomAdmin)
            #expect(r2.status == 200)
            let admin = try await h.token(for: Cast.secondAdmin)
            let r3 = try await create(
                h, ["firstName": "Ad", "lastName": "Two", "email": "ad.two@example.com", "type": "DocSpaceAdmin"],
                token: admin)
            #expect(r3.status == 403)
            #expect(await h.portal.snapshot(email: "ad.two@example.com") == nil)
            let r4 = try await create(
                h, ["firstName": "Ad", "lastName": "Two", "email": "ad.two@example.com", "type": "DocSpaceAdmin"])
            #expect(r4.status == 200)
            #expect(r4.person["isAdmin"] as? Bool == true)
            let user = try await h.token(for: Cast.user)
            let r5 = try await create(
                h, ["firstName": "Us", "lastName": "Two", "email": "us.two@example.com", "type": "User"], token: user)
            #expect(r5.status == 403)
        }
    }

    @Test func departmentPutsThePersonInGroupsOnlyForAnAdminCaller() async throws {
        try await PortalHarness.run { h in
            let made = try await h.client.send(
                "POST", "/api/2.0/group", token: h.ownerToken, json: ["groupName": "Imported", "members": [String]()])
            let group = try #require(made.person["id"] as? String)
            let byOwner = try await create(
                h, ["firstName": "In", "lastName": "Group", "email": "in.group@example.com", "department": [group]])
            #expect(byOwner.status == 200)
            let groups = byOwner.person["groups"] as? [[String: Any]] ?? []
            #expect(groups.compactMap { $0["id"] as? String } == [group])
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let byRoomAdmin = try await create(
                h,
                [
                    "firstName": "Out", "lastName": "Side", "email": "out.side@example.com", "type": "User",
                    "department": [group],
                ], token: roomAdmin)
            #expect(byRoomAdmin.status == 200)
            #expect((byRoomAdmin.person["groups"] as? [[String: Any]] ?? []).isEmpty)
            let members = try await h.client.get("/api/2.0/group/\(group)", token: h.ownerToken).person["members"]
            #expect(
                (members as? [[String: Any]] ?? []).compactMap { $0["email"] as? String } == ["in.group@example.com"])
        }
    }

    @Test func withoutAFreeSeatAPaidTypeSilentlyBecomesUser() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse)) { h in
            let r = try await create(
                h, ["firstName": "Seat", "lastName": "Less", "email": "seat.less@example.com", "type": "RoomAdmin"])
            #expect(r.status == 200)
            #expect(r.person["isRoomAdmin"] as? Bool == false)
            #expect(r.person["isCollaborator"] as? Bool == true)
        }
    }

    @Test func invitationCreatesPendingPeopleAndAnswersAllPendingOnes() async throws {
        try await PortalHarness.run { h in
            // The answer is everyone whose activation is pending, active people among them.
            let pendingBefore =
                try await h.client.get("/api/2.0/people/filter?activationStatus=2", token: h.ownerToken).object["total"]
                as? Int
            let r = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: [
                    "invitations": [
                        ["email": "fresh.one@example.com", "type": "RoomAdmin"],
                        ["email": "fresh.two@example.com", "type": "user"],
                    ],
                    "culture": "en-US",
                ])
            #expect(r.status == 200)
            #expect(r.people.count == (pendingBefore ?? 0) + 2)
            #expect(r.object["count"] as? Int == r.people.count)
            #expect(r.people.contains { $0["displayName"] as? String == "fresh.one@example.com" })
            #expect(r.people.allSatisfy { $0["email"] == nil }, "short form")
            let fresh = await h.portal.snapshot(email: "fresh.two@example.com")
            #expect(fresh?.status == .pending)
            #expect(fresh?.activationStatus == .pending)
            #expect(fresh?.type == .user)
        }
    }

    @Test func invitingATerminatedPersonIs400() async throws {
        try await PortalHarness.run { h in
            let before = await h.portal.peopleCount()
            let r = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: [
                    "invitations": [
                        ["email": Cast.terminatedUser, "type": "User"],
                        ["email": "another.fresh@example.com", "type": "User"],
                    ]
                ])
            #expect(r.status == 400)
            #expect(r.errorMessage == "User disabled: \(Cast.terminatedUser)")
            #expect(await h.portal.peopleCount() == before, "the terminated address came first")
        }
    }

    @Test func invitingAnExistingPersonOnlyRaisesTheirType() async throws {
        try await PortalHarness.run { h in
            let guest = try await h.id(of: Cast.guest)
            let raise = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["invitations": [["email": Cast.guest, "type": "User"]]])
            #expect(raise.status == 200)
            #expect(await h.snapshot(guest)?.type == .user)
            #expect(await h.snapshot(guest)?.status == .active)
            let lower = try await h.id(of: Cast.roomAdmin)
            _ = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["invitations": [["email": Cast.roomAdmin, "type": "User"]]])
            #expect(await h.snapshot(lower)?.type == .roomAdmin)
        }
    }

    @Test func invitingGuestsOrByUsersIs403() async throws {
        try await PortalHarness.run { h in
            let guest = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["invitations": [["email": "guest.invite@example.com", "type": "Guest"]]])
            #expect(guest.status == 403)
            let user = try await h.token(for: Cast.user)
            let byUser = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: user,
                json: ["invitations": [["email": "user.invite@example.com", "type": "User"]]])
            #expect(byUser.status == 403)
            #expect(await h.portal.snapshot(email: "guest.invite@example.com") == nil)
            #expect(await h.portal.snapshot(email: "user.invite@example.com") == nil)
            let bad = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["invitations": [["email": "a@b", "type": "User"]]])
            #expect(bad.status == 400)
            #expect(bad.errorMessage == "Incorrect email")
        }
    }

    @Test func paidInvitationsBeyondTheSeatsAre402() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse)) { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["invitations": [["email": "paid.invite@example.com", "type": "RoomAdmin"]]])
            #expect(r.status == 402)
            #expect(await h.portal.snapshot(email: "paid.invite@example.com") == nil)
        }
    }

    @Test func resendingInvitationsAnswersTheListedPeople() async throws {
        try await PortalHarness.run { h in
            let invitee = try await h.id(of: Cast.invitee)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["userIds": [invitee], "resendAll": false])
            #expect(r.status == 200)
            #expect(r.people.count == 1)
            #expect(r.people.first?["status"] as? Int == 4)
            #expect(r.people.first?["activationStatus"] as? Int == 2)
        }
    }

    @Test(
        "UserController.ResendUserInvites: mails only the unconfirmed who are not terminated, answers everyone taken; users only for themselves"
    )
    func resendUserInvites() async throws {
        try await PortalHarness.run { h in
            let invitee = try await h.id(of: Cast.invitee)
            let confirmed = try await h.id(of: Cast.user)
            let gone = await h.portal.addPerson(
                PortalPersonSeed(
                    email: "gone.invitee@example.com", firstName: "", lastName: "",
                    status: .terminated, activationStatus: .pending))
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["userIds": [invitee, confirmed, gone], "resendAll": false])
            #expect(r.status == 200)
            #expect(r.people.compactMap { $0["id"] as? String } == [invitee, confirmed, gone])
            #expect(await h.portal.sentEmails() == [PortalEmail(kind: .invitation, to: Cast.invitee, culture: "en-US")])
            let user = try await h.token(for: Cast.user)
            let other = try await h.client.send(
                "PUT", "/api/2.0/people/invite", token: user, json: ["userIds": [invitee]])
            #expect(other.status == 403)
            let own = try await h.client.send(
                "PUT", "/api/2.0/people/invite", token: user, json: ["userIds": [confirmed]])
            #expect(own.status == 200)
            let all = try await h.client.send("PUT", "/api/2.0/people/invite", token: user, json: ["resendAll": true])
            #expect(all.status == 403)
            let everyone = try await h.client.send(
                "PUT", "/api/2.0/people/invite", token: h.ownerToken, json: ["resendAll": true])
            let pendingTotal =
                try await h.client.get("/api/2.0/people/filter?activationStatus=2&count=1", token: h.ownerToken)
                .object["total"] as? Int
            #expect(everyone.people.count == pendingTotal, "everyone whose activation is pending, the terminated too")
        }
    }
}
