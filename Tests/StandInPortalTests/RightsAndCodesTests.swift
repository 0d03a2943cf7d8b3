import Foundation
import StandInPortal
import Testing

/// Issue 14, rules 5–12: who may do what and with which status code and words, as the
/// server's controllers decide (UserController.cs, ReassignController.cs).
@Suite struct RightsAndCodesTests {
    private func startTypeChange(_ h: PortalHarness, _ body: [String: Any], token: String? = nil) async throws
        -> WireResponse
    {
        try await h.client.send("POST", "/api/2.0/people/type", token: token ?? h.ownerToken, json: body)
    }

    // MARK: Rule 5 — UserController.StartUserTypeUpdate

    @Test("UserController.StartUserTypeUpdate: room admins pass the permission check for users and room admins")
    func startUserTypeUpdateRoomAdminCaller() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let caller = try await h.token(for: Cast.roomAdmin)
            let otherRoomAdmin = await h.portal.addPerson(
                PortalPersonSeed(email: "ra.target@example.com", type: .roomAdmin))
            let r = try await startTypeChange(h, ["type": "User", "userId": otherRoomAdmin], token: caller)
            #expect(r.status == 200)
            #expect(r.person["status"] as? Int == 1)
            let user = try await h.token(for: Cast.user)
            let refused = try await startTypeChange(h, ["type": "Guest", "userId": otherRoomAdmin], token: user)
            #expect(refused.status == 403)
        }
    }

    @Test("UserController.StartUserTypeUpdate: the owner, or an admin for a non-owner, is a 400")
    func startUserTypeUpdateOwnerAndAdminTargets() async throws {
        try await PortalHarness.run { h in
            let admin = try await h.token(for: Cast.secondAdmin)
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let onOwner = try await startTypeChange(h, ["type": "User", "userId": owner], token: admin)
            #expect(onOwner.status == 400)
            #expect(onOwner.errorMessage == "Can not update type for admin")
            let other = await h.portal.addPerson(
                PortalPersonSeed(email: "other.admin@example.com", type: .docSpaceAdmin))
            let onAdmin = try await startTypeChange(h, ["type": "User", "userId": other], token: admin)
            #expect(onAdmin.status == 400)
            #expect(onAdmin.errorMessage == "Can not update type for admin")
            let byOwner = try await startTypeChange(h, ["type": "User", "userId": owner])
            #expect(byOwner.status == 400)
            #expect(byOwner.errorMessage == "Can not update type")
            #expect(await h.snapshot(other)?.type == .docSpaceAdmin)
        }
    }

    @Test("UserController.StartUserTypeUpdate: an unknown or terminated person is a 400")
    func startUserTypeUpdateUnknownUser() async throws {
        try await PortalHarness.run { h in
            let unknown = try await startTypeChange(
                h, ["type": "User", "userId": "0f0f0f0f-1111-4222-8333-444444444444"])
            #expect(unknown.status == 400)
            #expect(unknown.errorMessage == "Can not update type")
            let terminated = try await startTypeChange(
                h, ["type": "Guest", "userId": try await h.id(of: Cast.terminatedUser)])
            #expect(terminated.errorMessage == "Can not update type")
        }
    }

    @Test("UserController.StartUserTypeUpdate: there is no \"must be a demotion\" check")
    func startUserTypeUpdateHasNoDemotionCheck() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(50))) { h in
            let guest = try await h.id(of: Cast.guest)
            let r = try await startTypeChange(h, ["type": "User", "userId": guest])
            #expect(r.status == 200)
            try await waitUntil("the change completes") { await h.snapshot(guest)?.type == .user }
        }
    }

    @Test(
        "UserController.StartUserTypeUpdate: the receiver may be any non-terminated admin or room admin, else \"Can not reassign to user - {id}\""
    )
    func startUserTypeUpdateReceiver() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let target = try await h.id(of: Cast.user)
            let notAdmin = try await h.id(of: "yamada.taro@example.com")
            let refused = try await startTypeChange(h, ["type": "Guest", "userId": target, "reassignUserId": notAdmin])
            #expect(refused.status == 400)
            #expect(refused.errorMessage == "Can not reassign to user - \(notAdmin)")
            let terminated = try await startTypeChange(
                h,
                [
                    "type": "Guest", "userId": target,
                    "reassignUserId": try await h.id(of: Cast.terminatedRoomAdmin),
                ])
            #expect(terminated.errorMessage == "Can not update type")
            let invitee = try await h.id(of: Cast.invitee)  // a pending room admin
            let accepted = try await startTypeChange(h, ["type": "Guest", "userId": target, "reassignUserId": invitee])
            #expect(accepted.status == 200)
        }
    }

    // MARK: Rule 6 — TerminateUserTypeUpdate, ReassignController.TerminateReassign

    @Test("UserController.TerminateUserTypeUpdate: a finished task is answered Canceled and completed too")
    func terminateUserTypeUpdateCancelsAFinishedTask() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(20))) { h in
            let id = try await h.id(of: Cast.user)
            _ = try await startTypeChange(h, ["type": "Guest", "userId": id])
            try await waitUntil("the change completes") { await h.snapshot(id)?.type == .guest }
            let stop = try await h.client.send(
                "PUT", "/api/2.0/people/type/terminate", token: h.ownerToken, json: ["userId": id])
            #expect(stop.person["status"] as? Int == 3)
            #expect(stop.person["isCompleted"] as? Bool == true)
            #expect(stop.person["percentage"] as? Int == 100)
            #expect(await h.snapshot(id)?.type == .guest, "what finished stays done")
        }
    }

    @Test("ReassignController.TerminateReassign: a finished hand-over is answered Canceled and completed too")
    func terminateReassignCancelsAFinishedTask() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(20))) { h in
            let from = try await h.id(of: Cast.terminatedRoomAdmin)
            _ = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": try await h.id(of: Cast.secondAdmin)])
            try await waitUntil("the hand-over completes") { await h.snapshot(from)?.ownsRooms == false }
            let stop = try await h.client.send(
                "PUT", "/api/2.0/people/reassign/terminate", token: h.ownerToken, json: ["userId": from])
            #expect(stop.person["status"] as? Int == 3)
            #expect(stop.person["isCompleted"] as? Bool == true)
            let after = try await h.client.get("/api/2.0/people/reassign/progress/\(from)", token: h.ownerToken)
            #expect(after.object["response"] == nil, "dequeued")
        }
    }

    @Test(
        "ReassignController.GetReassignProgress and TerminateReassign: a DocSpace admin's hand-over is the owner's (403)"
    )
    func reassignProgressOfAnAdminIsForTheOwner() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let gone = await h.portal.addPerson(
                PortalPersonSeed(
                    email: "gone.admin2@example.com", type: .docSpaceAdmin,
                    status: .terminated, ownsRooms: true))
            let start = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": gone, "toUserId": try await h.id(of: Cast.roomAdmin)])
            #expect(start.status == 200)
            let admin = try await h.token(for: Cast.secondAdmin)
            #expect(try await h.client.get("/api/2.0/people/reassign/progress/\(gone)", token: admin).status == 403)
            #expect(
                try await h.client.send(
                    "PUT", "/api/2.0/people/reassign/terminate", token: admin, json: ["userId": gone]
                ).status == 403)
            #expect(
                try await h.client.get("/api/2.0/people/reassign/progress/\(gone)", token: h.ownerToken).status == 200)
        }
    }

    // MARK: Rule 7 — ReassignController.StartReassign

    @Test("ReassignController.StartReassign: the receiver is checked first, then the source")
    func startReassignChecksTheReceiverFirst() async throws {
        try await PortalHarness.run { h in
            let activeSource = try await h.id(of: Cast.user)
            let userReceiver = try await h.id(of: "yamada.taro@example.com")
            let r = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": activeSource, "toUserId": userReceiver])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Can not reassign data to user with id = \(userReceiver)")
            let unknown = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": activeSource, "toUserId": "0f0f0f0f-1111-4222-8333-444444444444"])
            #expect(
                unknown.errorMessage == "Can not reassign data to user with id = 4a515a15-d4d6-4b8e-828e-e0586f18f3a3",
                "an unknown id is the system LostUser")
        }
    }

    @Test("ReassignController.StartReassign: a DocSpace-admin source needs the owner")
    func startReassignAdminSourceNeedsTheOwner() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let admin = await h.portal.addPerson(
                PortalPersonSeed(
                    email: "gone.admin@example.com", type: .docSpaceAdmin,
                    status: .terminated, ownsRooms: true))
            let receiver = try await h.id(of: Cast.roomAdmin)
            let byAdmin = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: try await h.token(for: Cast.secondAdmin),
                json: ["fromUserId": admin, "toUserId": receiver])
            #expect(byAdmin.status == 400)
            #expect(byAdmin.errorMessage == "Can not reassign data from user with id = \(admin)")
            let byOwner = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": admin, "toUserId": receiver])
            #expect(byOwner.status == 200)
        }
    }

    // MARK: Rule 8 — ReassignController.NecessaryReassign

    @Test(
        "ReassignController.NecessaryReassign: an unknown id is false; a DocSpace admin asked about by a non-owner is 403"
    )
    func necessaryReassignUnknownAndAdmins() async throws {
        try await PortalHarness.run { h in
            let unknown = try await h.client.get(
                "/api/2.0/people/reassign/necessary?userId=0f0f0f0f-1111-4222-8333-444444444444",
                token: h.ownerToken)
            #expect(unknown.status == 200)
            #expect(unknown.object["response"] as? Bool == false)
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let admin = try await h.token(for: Cast.secondAdmin)
            let refused = try await h.client.get("/api/2.0/people/reassign/necessary?userId=\(owner)", token: admin)
            #expect(refused.status == 403)
            let asked = try await h.client.get(
                "/api/2.0/people/reassign/necessary?userId=\(try await h.id(of: Cast.secondAdmin))",
                token: h.ownerToken)
            #expect(asked.object["response"] as? Bool == true)
        }
    }

    @Test("ReassignController.NecessaryReassign: shared files count only when type is Guest")
    func necessaryReassignSharedFilesOnlyForGuest() async throws {
        try await PortalHarness.run { h in
            let sharer = try await h.id(of: Cast.terminatedUser)  // shares files, owns no rooms
            #expect(await h.snapshot(sharer)?.sharesFiles == true)
            for type in ["", "&type=User", "&type=RoomAdmin"] {
                let r = try await h.client.get(
                    "/api/2.0/people/reassign/necessary?userId=\(sharer)\(type)", token: h.ownerToken)
                #expect(r.object["response"] as? Bool == false, "type \(type)")
            }
            let guest = try await h.client.get(
                "/api/2.0/people/reassign/necessary?userId=\(sharer)&type=Guest", token: h.ownerToken)
            #expect(guest.object["response"] as? Bool == true)
        }
    }

    @Test("ReassignController.NecessaryReassign: room admins pass the permission check only with type User or Guest")
    func necessaryReassignRoomAdminNeedsAType() async throws {
        try await PortalHarness.run { h in
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let user = try await h.id(of: Cast.user)
            #expect(
                try await h.client.get("/api/2.0/people/reassign/necessary?userId=\(user)", token: roomAdmin).status
                    == 403)
            #expect(
                try await h.client.get("/api/2.0/people/reassign/necessary?userId=\(user)&type=Guest", token: roomAdmin)
                    .status == 200)
        }
    }

    // MARK: Rule 9 — UserController.DeleteMember

    @Test("UserController.DeleteMember: \"The user is not suspended\" comes before the admin check")
    func deleteMemberNotSuspendedFirst() async throws {
        try await PortalHarness.run { h in
            let other = await h.portal.addPerson(
                PortalPersonSeed(email: "active.admin@example.com", type: .docSpaceAdmin))
            let admin = try await h.token(for: Cast.secondAdmin)
            let r = try await h.client.send("DELETE", "/api/2.0/people/\(other)", token: admin)
            #expect(r.status == 403)
            #expect(r.errorMessage == "The user is not suspended")
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let onOwner = try await h.client.send("DELETE", "/api/2.0/people/\(owner)", token: admin)
            #expect(onOwner.errorMessage == "The user is not suspended")
            #expect(await h.snapshot(other) != nil)
        }
    }

    // MARK: Rule 10 — PasswordSettingsManager.CheckPassword (AddMember, AddMemberAsActivated)

    @Test(
        "UserController.AddMember → PasswordSettingsManager.CheckPassword: the default policy's length and characters",
        arguments: ["short1", "has a space in it", "pässwörter-lang", String(repeating: "x", count: 31)])
    func addMemberPasswordPolicy(password: String) async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/people", token: h.ownerToken,
                json: [
                    "firstName": "Pass", "lastName": "Word", "email": "pass.word@example.com",
                    "type": "User", "password": password,
                ])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Password must contain from 8 to 30 characters, only latin letters, no spaces")
            #expect(await h.portal.snapshot(email: "pass.word@example.com") == nil)
        }
    }

    @Test(
        "UserController.AddMemberAsActivated → PasswordSettingsManager.CheckPassword: a stricter policy names what it needs"
    )
    func addMemberAsActivatedStricterPolicy() async throws {
        var options = PortalOptions(users: 60)
        options.passwordPolicy = PasswordPolicy(
            minimumLength: 10, requiresUpperCase: true, requiresDigits: true,
            requiresSpecialCharacters: true)
        try await PortalHarness.run(options) { h in
            let weak = try await h.client.send(
                "POST", "/api/2.0/people/active", token: h.ownerToken,
                json: [
                    "firstName": "Strict", "email": "strict@example.com", "type": "Guest",
                    "password": "alllowercase1!",
                ])
            #expect(weak.status == 400)
            #expect(
                weak.errorMessage
                    == "Password must contain from 10 to 30 characters, only latin letters, no spaces, capital letters, digits, special characters"
            )
            let strong = try await h.client.send(
                "POST", "/api/2.0/people/active", token: h.ownerToken,
                json: [
                    "firstName": "Strict", "email": "strict@example.com", "type": "Guest",
                    "password": "  Str0ng!Enough  ",
                ])
            #expect(strong.status == 200, "the password is trimmed first")
        }
    }

    // MARK: Rule 11 — model validation of the request DTOs

    @Test(
        "MemberRequestDto [StringLength(255)]: a first or last name over 255 characters is a validation 400 per field")
    func memberRequestDtoNameLengths() async throws {
        try await PortalHarness.run { h in
            let long = String(repeating: "a", count: 256)
            let user = try await h.token(for: Cast.user)  // validation runs before the controller's rights
            let r = try await h.client.send(
                "POST", "/api/2.0/people", token: user,
                json: ["firstName": long, "lastName": long, "email": "long.name@example.com", "type": "User"])
            #expect(r.status == 400)
            #expect(r.object["status"] as? Int == 1)
            let errors = try #require(r.person["errors"] as? [String: [String]])
            #expect(errors["FirstName"] == ["The field FirstName must be a string with a maximum length of 255."])
            #expect(errors["LastName"] == ["The field LastName must be a string with a maximum length of 255."])
            #expect(await h.portal.snapshot(email: "long.name@example.com") == nil)
        }
    }

    @Test(
        "MemberRequestDto [EmailAddress]: an address without exactly one inner @ is a validation 400",
        arguments: ["not-an-email", "two@@example.com", "", "@example.com", "trailing@"])
    func memberRequestDtoEmailAddress(email: String) async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/people/active", token: h.ownerToken,
                json: ["firstName": "Bad", "lastName": "Mail", "email": email, "type": "User"])
            #expect(r.status == 400)
            #expect(
                (r.person["errors"] as? [String: [String]])?["Email"] == [
                    "The Email field is not a valid e-mail address."
                ])
        }
    }

    @Test("InviteUsersRequestDto [Required] and EmailInvitationDto [EmailAddress][MaxLength(255)]")
    func inviteUsersRequestDtoValidation() async throws {
        try await PortalHarness.run { h in
            let missing = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken, json: ["culture": "en-US"])
            #expect(missing.status == 400)
            #expect(
                (missing.person["errors"] as? [String: [String]])?["Invitations"] == [
                    "The Invitations field is required."
                ])
            let long = String(repeating: "a", count: 250) + "@example.com"
            let r = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: [
                    "invitations": [["email": "fine@example.com", "type": "User"], ["email": long, "type": "User"]]
                ])
            #expect(r.status == 400)
            #expect(
                (r.person["errors"] as? [String: [String]])?["Invitations[1].Email"]
                    == ["The field Email must be a string or array type with a maximum length of '255'."])
            #expect(await h.portal.snapshot(email: "fine@example.com") == nil, "validation comes before the loop")
        }
    }

    @Test(
        "EmailMemberRequestDto [Required][EmailAddress] on POST people/password, GetMemberByEmailRequestDto on GET people/email"
    )
    func emailDtosValidation() async throws {
        try await PortalHarness.run { h in
            let none = try await h.client.send("POST", "/api/2.0/people/password", json: ["recaptchaType": 0])
            #expect((none.person["errors"] as? [String: [String]])?["Email"] == ["The Email field is required."])
            let query = try await h.client.get("/api/2.0/people/email?email=nobody", token: h.ownerToken)
            #expect(query.status == 400)
            #expect(
                (query.person["errors"] as? [String: [String]])?["email"] == [
                    "The Email field is not a valid e-mail address."
                ])
        }
    }

    // MARK: Rule 12 — UserController.AddMemberAsActivated

    @Test("UserController.AddMemberAsActivated: activation status 2, no e-mail, no caller-type rules")
    func addMemberAsActivatedCreates() async throws {
        try await PortalHarness.run { h in
            let admin = try await h.token(for: Cast.secondAdmin)
            let r = try await h.client.send(
                "POST", "/api/2.0/people/active", token: admin,
                json: [
                    "firstName": "Made", "lastName": "Admin", "email": "made.admin@example.com",
                    "type": "DocSpaceAdmin",
                ])
            #expect(r.status == 200, "POST people would refuse a non-owner making an admin")
            #expect(r.person["isAdmin"] as? Bool == true)
            #expect(r.person["status"] as? Int == 1)
            #expect(r.person["activationStatus"] as? Int == 2)
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let guest = try await h.client.send(
                "POST", "/api/2.0/people/active", token: roomAdmin,
                json: ["firstName": "Ra", "lastName": "Guest", "email": "ra.guest.active@example.com", "type": "Guest"])
            #expect(guest.status == 200)
            #expect(await h.portal.sentEmails().isEmpty)
            let mailed = try await h.client.send(
                "POST", "/api/2.0/people", token: h.ownerToken,
                json: ["firstName": "Mailed", "email": "mailed@example.com", "type": "User"])
            #expect(mailed.status == 200)
            #expect(await h.portal.sentEmails().map(\.kind) == [.activation])
        }
    }

    @Test("UserController.AddMemberAsActivated: no downgrade for lack of seats: 402")
    func addMemberAsActivatedNoDowngrade() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse)) { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/people/active", token: h.ownerToken,
                json: ["firstName": "No", "lastName": "Seat", "email": "no.seat@example.com", "type": "RoomAdmin"])
            #expect(r.status == 402)
            #expect(r.errorMessage == "The number of admins should not exceed \(inUse)")
            #expect(await h.portal.snapshot(email: "no.seat@example.com") == nil)
        }
    }

    @Test(
        "UserController.AddMemberAsActivated and AddMember: refused (403) when the invitation settings forbid the type")
    func addMemberInvitationSettings() async throws {
        var options = PortalOptions(users: 60)
        options.allowInvitingGuests = false
        options.allowInvitingMembers = false
        try await PortalHarness.run(options) { h in
            let guest = try await h.client.send(
                "POST", "/api/2.0/people/active", token: h.ownerToken,
                json: ["firstName": "No", "email": "no.guest@example.com", "type": "Guest"])
            #expect(guest.status == 403)
            let member = try await h.client.send(
                "POST", "/api/2.0/people", token: h.ownerToken,
                json: ["firstName": "No", "email": "no.member@example.com", "type": "User"])
            #expect(member.status == 403)
            let invite = try await h.client.send(
                "POST", "/api/2.0/people/invite", token: h.ownerToken,
                json: ["invitations": [["email": "no.invite@example.com", "type": "User"]]])
            #expect(invite.status == 403)
            #expect(await h.portal.peopleCount() == 60)
        }
    }
}
