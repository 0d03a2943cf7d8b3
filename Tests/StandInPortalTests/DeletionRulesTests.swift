import Foundation
import StandInPortal
import Testing

/// Deleting (`DeleteMember`, `RemoveUsers`): terminated people only, bulk semantics, data hand-over.
@Suite struct DeletionRulesTests {
    @Test func deletingAnActivePersonIs403AndTheyStay() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.send("DELETE", "/api/2.0/people/\(id)", token: h.ownerToken)
            #expect(r.status == 403)
            #expect(r.errorMessage == "The user is not suspended")
            #expect(await h.snapshot(id)?.status == .active)
            #expect(try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken).status == 200)
        }
    }

    @Test func deletingATerminatedPersonAnswersThemAsTheyWereThen404() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.terminatedUser)
            let before = await h.portal.peopleCount()
            let r = try await h.client.send("DELETE", "/api/2.0/people/\(id)", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.person["id"] as? String == id)
            #expect(r.person["status"] as? Int == 2)
            #expect((r.object["links"] as? [[String: Any]])?.first?["action"] as? String == "DELETE")
            #expect(await h.snapshot(id) == nil)
            #expect(await h.portal.peopleCount() == before - 1)
            #expect(try await h.client.get("/api/2.0/people/\(id)", token: h.ownerToken).status == 404)
            #expect(try await h.client.send("DELETE", "/api/2.0/people/\(id)", token: h.ownerToken).status == 404)
        }
    }

    @Test(arguments: [Cast.roomAdmin, Cast.user, Cast.guest])
    func nonAdminsCannotDelete(caller: String) async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: caller)
            let id = try await h.id(of: Cast.terminatedUser)
            let one = try await h.client.send("DELETE", "/api/2.0/people/\(id)", token: token)
            #expect(one.status == 403)
            let bulk = try await h.client.send("PUT", "/api/2.0/people/delete", token: token, json: ["userIds": [id]])
            #expect(bulk.status == 403)
            #expect(await h.snapshot(id) != nil)
        }
    }

    @Test func ldapPeopleAndOtherAdminsAreProtected() async throws {
        try await PortalHarness.run { h in
            let ldap = await h.portal.addPerson(
                PortalPersonSeed(email: "ldap.gone@example.com", status: .terminated, isLDAP: true))
            #expect(try await h.client.send("DELETE", "/api/2.0/people/\(ldap)", token: h.ownerToken).status == 403)
            #expect(await h.snapshot(ldap) != nil)
            let admin = await h.portal.addPerson(
                PortalPersonSeed(email: "admin.gone@example.com", type: .docSpaceAdmin, status: .terminated))
            let adminToken = try await h.token(for: Cast.secondAdmin)
            let refused = try await h.client.send("DELETE", "/api/2.0/people/\(admin)", token: adminToken)
            #expect(refused.status == 403)
            #expect(refused.errorMessage == "Access denied")
            #expect(await h.snapshot(admin) != nil)
        }
    }

    @Test func bulkDeleteWithAnyActivePersonDeletesNothing() async throws {
        try await PortalHarness.run { h in
            let terminated = try await h.id(of: Cast.terminatedUser)
            let active = try await h.id(of: Cast.user)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/delete", token: h.ownerToken, json: ["userIds": [terminated, active]])
            #expect(r.status == 403)
            #expect(r.errorMessage == "Users are not suspended")
            #expect(await h.snapshot(terminated) != nil)
            #expect(await h.snapshot(active) != nil)
        }
    }

    @Test func bulkDeleteDropsUnknownAndLDAPAndSkipsAdminsForNonOwnersButListsThem() async throws {
        try await PortalHarness.run { h in
            let terminated = try await h.id(of: Cast.terminatedUser)
            let ldap = await h.portal.addPerson(
                PortalPersonSeed(email: "ldap.bulk@example.com", status: .terminated, isLDAP: true))
            let admin = await h.portal.addPerson(
                PortalPersonSeed(email: "admin.bulk@example.com", type: .docSpaceAdmin, status: .terminated))
            let unknown = "0f0f0f0f-1111-4222-8333-444444444444"
            let adminToken = try await h.token(for: Cast.secondAdmin)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/delete", token: adminToken,
                json: ["userIds": [terminated, unknown, ldap, admin]])
            #expect(r.status == 200)
            #expect(r.people.compactMap { $0["id"] as? String } == [terminated, admin])
            #expect(r.people.allSatisfy { $0["status"] as? Int == 2 })
            #expect(await h.snapshot(terminated) == nil)
            #expect(await h.snapshot(admin) != nil, "a non-owner cannot delete an admin: skipped silently")
            #expect(await h.snapshot(ldap) != nil)
        }
    }

    @Test func bulkDeleteWithoutUserIdsIs400() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/delete", token: h.ownerToken, json: ["resendAll": false])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Value cannot be null. (Parameter 'userIds')")
        }
    }

    @Test func reassignNecessaryReportsRoomOwnership() async throws {
        try await PortalHarness.run { h in
            let owner = try await h.id(of: Cast.terminatedRoomAdmin)
            let yes = try await h.client.get(
                "/api/2.0/people/reassign/necessary?userId=\(owner)&type=1", token: h.ownerToken)
            #expect(yes.object["response"] as? Bool == true)
            let other = try await h.id(of: Cast.terminatedUser)
            let seeded = try await h.client.get(
                "/api/2.0/people/reassign/necessary?userId=\(other)", token: h.ownerToken)
            // `AnyRoomsAsync` asks by subject: owned or shared with, as the rooms listing's Member filter.
            let held = try await h.client.get(
                "/api/2.0/files/rooms?subjectId=\(other)&subjectFilter=1", token: h.ownerToken)
            let holds = ((held.object["response"] as? [String: Any])?["total"] as? Int ?? 0) > 0
            #expect(seeded.object["response"] as? Bool == holds)
        }
    }

    @Test func runningReassignmentBlocksDeletionUntilTerminated() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let from = try await h.id(of: Cast.terminatedRoomAdmin)
            let to = try await h.id(of: Cast.roomAdmin)
            let start = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": to, "deleteProfile": false])
            #expect(start.status == 200)
            #expect(start.person["isCompleted"] as? Bool == false)
            let blocked = try await h.client.send("DELETE", "/api/2.0/people/\(from)", token: h.ownerToken)
            #expect(blocked.status == 500)
            #expect(blocked.errorMessage == "Data reassign process for Noël Lefèvre is not complete.")
            #expect(await h.snapshot(from) != nil)
            let cancel = try await h.client.send(
                "PUT", "/api/2.0/people/reassign/terminate", token: h.ownerToken, json: ["userId": from])
            #expect(cancel.person["status"] as? Int == 3)
            let deleted = try await h.client.send("DELETE", "/api/2.0/people/\(from)", token: h.ownerToken)
            #expect(deleted.status == 200)
        }
    }

    @Test func reassignmentMovesRoomsAndCanDeleteTheProfile() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(50))) { h in
            let from = try await h.id(of: Cast.terminatedRoomAdmin)
            let to = try await h.id(of: Cast.user)  // not a room admin: refused
            let refused = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": to])
            #expect(refused.status == 400)
            #expect(refused.errorMessage == "Can not reassign data to user with id = \(to)")
            let receiver = try await h.id(of: Cast.secondAdmin)
            let start = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": receiver, "deleteProfile": true])
            #expect(start.status == 200)
            try await waitUntil("the reassignment completes") {
                let p = try await h.client.get("/api/2.0/people/reassign/progress/\(from)", token: h.ownerToken)
                return p.person["isCompleted"] as? Bool == true && p.person["percentage"] as? Int == 100
            }
            #expect(await h.snapshot(from) == nil)
            #expect(await h.snapshot(receiver)?.ownsRooms == true)
        }
    }

    @Test func reassignFromAnActivePersonIs400() async throws {
        try await PortalHarness.run { h in
            let from = try await h.id(of: Cast.user)
            let r = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": try await h.id(of: Cast.roomAdmin)])
            #expect(r.status == 400)
            #expect(r.errorMessage == "Can not reassign data from user with id = \(from)")
        }
    }

    @Test func progressWithoutATaskOmitsTheResponse() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.get("/api/2.0/people/reassign/progress/\(id)", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.object["response"] == nil)
            #expect(r.object["count"] as? Int == 0)
        }
    }

    @Test func deletionQueuesDataRemoval() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(50))) { h in
            let id = try await h.id(of: Cast.terminatedUser)
            #expect(try await h.client.send("DELETE", "/api/2.0/people/\(id)", token: h.ownerToken).status == 200)
            try await waitUntil("the data removal completes") {
                let p = try await h.client.get("/api/2.0/people/remove/progress/\(id)", token: h.ownerToken)
                return p.person["status"] as? Int == 2
            }
        }
    }

    @Test(
        "RemoveUserDataController.StartRemove: unknown, active and others' admins are refused; TerminateRemove answers void"
    )
    func startRemoveChecksTheUser() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let start: (String, String) async throws -> WireResponse = { id, token in
                try await h.client.send("POST", "/api/2.0/people/remove/start", token: token, json: ["userId": id])
            }
            let unknown = "0f0f0f0f-1111-4222-8333-444444444444"
            #expect(try await start(unknown, h.ownerToken).errorMessage == "User with id = \(unknown) not found")
            let active = try await h.id(of: Cast.user)
            let refused = try await start(active, h.ownerToken)
            #expect(refused.status == 400)
            #expect(refused.errorMessage == "Can not delete user with id = \(active)")
            let admin = await h.portal.addPerson(
                PortalPersonSeed(email: "erase.admin@example.com", type: .docSpaceAdmin, status: .terminated))
            #expect(try await start(admin, try await h.token(for: Cast.secondAdmin)).status == 403)
            let terminated = try await h.id(of: Cast.terminatedUser)
            let started = try await start(terminated, h.ownerToken)
            #expect(started.status == 200)
            #expect(started.person["isCompleted"] as? Bool == false)
            let stop = try await h.client.send(
                "PUT", "/api/2.0/people/remove/terminate", token: h.ownerToken, json: ["userId": terminated])
            #expect(stop.status == 200)
            #expect(stop.object["response"] == nil)
            #expect(stop.object["count"] as? Int == 0)
        }
    }
}
