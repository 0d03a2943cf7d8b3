import Foundation
import StandInPortal
import Testing

/// Type changes (`UpdateUserType`, `ChangeUserType`): synchronous upgrades, asynchronous demotions.
@Suite struct TypeRulesTests {
    private func upgrade(_ h: PortalHarness, to type: String, _ ids: [String], token: String? = nil) async throws
        -> WireResponse
    {
        try await h.client.send(
            "PUT", "/api/2.0/people/type/\(type)", token: token ?? h.ownerToken, json: ["userIds": ids])
    }

    @Test func ownerUpgradesGuestToUserToRoomAdminToDocSpaceAdmin() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.guest)
            let toUser = try await upgrade(h, to: "User", [id])
            #expect(toUser.status == 200)
            #expect(toUser.people.first?["isCollaborator"] as? Bool == true)
            #expect(try await upgrade(h, to: "1", [id]).people.first?["isRoomAdmin"] as? Bool == true)
            #expect(try await upgrade(h, to: "docspaceadmin", [id]).people.first?["isAdmin"] as? Bool == true)
            #expect(await h.snapshot(id)?.type == .docSpaceAdmin)
        }
    }

    @Test(arguments: [
        ("User", Cast.roomAdmin), ("Guest", Cast.user), ("RoomAdmin", Cast.roomAdmin), ("User", Cast.terminatedUser),
    ])
    func demotionsNoOpsAndTerminatedTargetsAre403AndChangeNothing(type: String, email: String) async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: email)
            let before = await h.snapshot(id)?.type
            let r = try await upgrade(h, to: type, [id])
            #expect(r.status == 403)
            #expect(r.errorMessage == "Access denied")
            #expect(await h.snapshot(id)?.type == before)
        }
    }

    @Test func onlyTheOwnerMakesAdminsAndABadTargetStopsTheCall() async throws {
        try await PortalHarness.run { h in
            let admin = try await h.token(for: Cast.secondAdmin)
            let user = try await h.id(of: Cast.user)
            let refused = try await upgrade(h, to: "DocSpaceAdmin", [user], token: admin)
            #expect(refused.status == 403)
            #expect(await h.snapshot(user)?.type == .user)
            let guest = try await h.id(of: Cast.guest)
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let mixed = try await upgrade(h, to: "RoomAdmin", [owner, guest], token: admin)
            #expect(mixed.status == 403)
            #expect(
                await h.snapshot(guest)?.type == .guest, "the owner came first: refused before the guest was looked at")
        }
    }

    @Test func upgradeBeyondThePaidSeatsIs402() async throws {
        let inUse = try await PortalHarness.paidSeatsInUse(PortalOptions(users: 60))
        try await PortalHarness.run(PortalOptions(users: 60, paidSeats: inUse)) { h in
            let id = try await h.id(of: Cast.user)
            let r = try await upgrade(h, to: "RoomAdmin", [id])
            #expect(r.status == 402)
            #expect(await h.snapshot(id)?.type == .user)
        }
    }

    @Test func demotionRunsAsATaskThatCompletes() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(100))) { h in
            let id = try await h.id(of: Cast.roomAdmin)
            let start = try await h.client.send(
                "POST", "/api/2.0/people/type", token: h.ownerToken, json: ["type": "User", "userId": id])
            #expect(start.status == 200)
            #expect(start.person["isCompleted"] as? Bool == false)
            #expect(start.person["status"] as? Int == 1)
            try await waitUntil("the type change completes") {
                let p = try await h.client.get("/api/2.0/people/type/progress/\(id)", token: h.ownerToken).person
                return p["isCompleted"] as? Bool == true
            }
            let done = try await h.client.get("/api/2.0/people/type/progress/\(id)", token: h.ownerToken).person
            #expect(done["percentage"] as? Int == 100)
            #expect(done["error"] as? String == "")
            #expect(done["status"] as? Int == 2)
            #expect(await h.snapshot(id)?.type == .user)
            #expect(await h.snapshot(id)?.ownsRooms == false)
        }
    }

    @Test func terminatedTypeChangeNeverApplies() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            let id = try await h.id(of: Cast.user)
            let start = try await h.client.send(
                "POST", "/api/2.0/people/type", token: h.ownerToken, json: ["type": "Guest", "userId": id])
            #expect(start.status == 200)
            let stop = try await h.client.send(
                "PUT", "/api/2.0/people/type/terminate", token: h.ownerToken, json: ["userId": id])
            #expect(stop.person["status"] as? Int == 3)
            #expect(await h.snapshot(id)?.type == .user)
        }
    }

    /// A cancelled task is answered with the percentage it stopped at, and then is gone:
    /// `QueueWorker.Terminate` dequeues it, so a later progress request finds no task.
    @Test func cancelledTaskIsAnsweredWhereItStoppedThenDequeued() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(2))) { h in
            let id = try await h.id(of: Cast.user)
            _ = try await h.client.send(
                "POST", "/api/2.0/people/type", token: h.ownerToken, json: ["type": "Guest", "userId": id])
            try await Task.sleep(for: .milliseconds(300))  // ~15 % in
            let stop = try await h.client.send(
                "PUT", "/api/2.0/people/type/terminate", token: h.ownerToken, json: ["userId": id])
            let stopped = try #require(stop.person["percentage"] as? Int)
            #expect(stopped > 0 && stopped < 100)
            #expect(stop.person["status"] as? Int == 3)
            #expect(stop.person["isCompleted"] as? Bool == true)
            let later = try await h.client.send("GET", "/api/2.0/people/type/progress/\(id)", token: h.ownerToken)
            #expect(later.status == 200)
            #expect(later.object["response"] == nil)
            #expect(await h.snapshot(id)?.type == .user)
        }
    }

    @Test func asyncTypeChangeRefusesSelfAndOtherTypes() async throws {
        try await PortalHarness.run { h in
            let guest = try await h.id(of: Cast.guest)
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let own = try await h.client.send(
                "POST", "/api/2.0/people/type", token: h.ownerToken, json: ["type": "User", "userId": owner])
            #expect(own.status == 400)
            #expect(own.errorMessage == "Can not update type")
            let toAdmin = try await h.client.send(
                "POST", "/api/2.0/people/type", token: h.ownerToken,
                json: ["type": "RoomAdmin", "userId": try await h.id(of: Cast.secondAdmin)])
            #expect(toAdmin.status == 400)
            #expect(toAdmin.errorMessage == "Can not update to RoomAdmin")
            #expect(await h.snapshot(guest)?.type == .guest)
        }
    }
}
