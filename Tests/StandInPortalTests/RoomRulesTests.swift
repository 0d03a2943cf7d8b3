import Foundation
import StandInPortal
import Testing

/// `GET files/rooms` by person (`VirtualRoomsController.GetRoomsFolder`, `FolderDao.BuildRoomsQuery`)
/// and the rooms' part of `reassign/necessary` and `reassign/start`: one rooms model behind
/// all three.
@Suite("Room rules")
struct RoomRulesTests {
    /// The rooms of one answer: `response.folders`.
    private func folders(_ r: WireResponse) -> [[String: Any]] {
        r.person["folders"] as? [[String: Any]] ?? []
    }

    private func ownerID(_ room: [String: Any]) -> String? {
        (room["createdBy"] as? [String: Any])?["id"] as? String
    }

    private func rooms(
        _ h: PortalHarness, of id: String, filter: Int, token: String? = nil, extra: String = ""
    ) async throws -> WireResponse {
        try await h.client.get(
            "/api/2.0/files/rooms?subjectId=\(id)&subjectFilter=\(filter)\(extra)", token: token ?? h.ownerToken)
    }

    @Test("Owner filter: the rooms the person created; Member filter: those and the rooms shared with them")
    func ownerAndMemberFilters() async throws {
        try await PortalHarness.run { h in
            let person = try await h.id(of: Cast.roomAdmin)
            let owned = try await rooms(h, of: person, filter: 0)
            #expect(owned.status == 200)
            #expect(!folders(owned).isEmpty, "the cast's room admin owns rooms")
            #expect(folders(owned).allSatisfy { ownerID($0) == person })
            #expect(owned.person["total"] as? Int == folders(owned).count)
            #expect(folders(owned).allSatisfy { $0["roomType"] is Int && $0["title"] is String })
            let member = try await rooms(h, of: person, filter: 1)
            let memberIDs = Set(folders(member).compactMap { $0["id"] as? Int })
            #expect(Set(folders(owned).compactMap { $0["id"] as? Int }).isSubset(of: memberIDs))
            // Named filter values bind as the numbers do.
            let byName = try await h.client.get(
                "/api/2.0/files/rooms?subjectId=\(person)&subjectFilter=Owner", token: h.ownerToken)
            #expect(folders(byName).compactMap { $0["id"] as? Int } == folders(owned).compactMap { $0["id"] as? Int })
        }
    }

    @Test("Paging: count and startIndex cut the matches, total counts them all")
    func paging() async throws {
        try await PortalHarness.run { h in
            let owner = try await h.id(of: PortalHarness.ownerEmail)
            let all = try await rooms(h, of: owner, filter: 1)
            let total = try #require(all.person["total"] as? Int)
            #expect(total >= 2, "the owner holds several rooms")
            let second = try await rooms(h, of: owner, filter: 1, extra: "&startIndex=1&count=1")
            #expect(folders(second).count == 1)
            #expect(second.person["total"] as? Int == total)
            #expect(folders(second).first?["id"] as? Int == folders(all)[1]["id"] as? Int)
        }
    }

    @Test("Who may ask: anyone signed in, but only an admin sees rooms they are not in")
    func rights() async throws {
        try await PortalHarness.run { h in
            let person = try await h.id(of: Cast.roomAdmin)
            let asOwner = try await rooms(h, of: person, filter: 0)
            #expect(!folders(asOwner).isEmpty)
            let newcomer = try await h.add(PortalPersonSeed(email: "new.user@example.com", type: .user))
            let asNewcomer = try await rooms(h, of: person, filter: 0, token: newcomer.token)
            #expect(asNewcomer.status == 200)
            #expect(folders(asNewcomer).isEmpty, "a user sees only the rooms they are in")
            #expect(asNewcomer.person["total"] as? Int == 0)
            let anonymous = try await h.client.get("/api/2.0/files/rooms?subjectId=\(person)&subjectFilter=0")
            #expect(anonymous.status == 401)
        }
    }

    @Test("Refused: count out of 1…100 is 400, a subject that is not a GUID 500; nothing changes")
    func refused() async throws {
        try await PortalHarness.run { h in
            let person = try await h.id(of: Cast.roomAdmin)
            let before = try await rooms(h, of: person, filter: 0)
            let tooMany = try await rooms(h, of: person, filter: 0, extra: "&count=101")
            #expect(tooMany.status == 400)
            let zero = try await rooms(h, of: person, filter: 0, extra: "&count=0")
            #expect(zero.status == 400)
            let badFilter = try await rooms(h, of: person, filter: 7)
            #expect(badFilter.status == 400)
            let notGUID = try await h.client.get(
                "/api/2.0/files/rooms?subjectId=nobody&subjectFilter=0", token: h.ownerToken)
            #expect(notGUID.status == 500)
            let after = try await rooms(h, of: person, filter: 0)
            #expect(after.text == before.text)
            #expect(await h.snapshot(person)?.ownsRooms == true)
        }
    }

    @Test(
        "reassign/necessary (type not Guest) answers from the same rooms: true for whoever owns or is in an active room"
    )
    func necessaryMatchesTheListing() async throws {
        try await PortalHarness.run { h in
            for email in [Cast.roomAdmin, Cast.terminatedRoomAdmin, Cast.terminatedUser, Cast.user, Cast.secondAdmin] {
                let id = try await h.id(of: email)
                let member = try await rooms(h, of: id, filter: 1)
                let necessary = try await h.client.get(
                    "/api/2.0/people/reassign/necessary?userId=\(id)&type=1", token: h.ownerToken)
                let holds = (member.person["total"] as? Int ?? 0) > 0
                #expect(necessary.object["response"] as? Bool == holds, "\(email)")
            }
        }
    }

    @Test("After a hand-over the receiver owns the rooms; the person owns none")
    func handOverMovesTheRooms() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(50))) { h in
            let from = try await h.id(of: Cast.terminatedRoomAdmin)
            let receiver = try await h.id(of: Cast.secondAdmin)
            let moving = Set(folders(try await rooms(h, of: from, filter: 0)).compactMap { $0["id"] as? Int })
            #expect(!moving.isEmpty)
            let start = try await h.client.send(
                "POST", "/api/2.0/people/reassign/start", token: h.ownerToken,
                json: ["fromUserId": from, "toUserId": receiver, "deleteProfile": false])
            #expect(start.status == 200)
            try await waitUntil("the hand-over completes") { await h.snapshot(from)?.ownsRooms == false }
            let left = try await rooms(h, of: from, filter: 0)
            #expect(folders(left).isEmpty)
            let received = Set(folders(try await rooms(h, of: receiver, filter: 0)).compactMap { $0["id"] as? Int })
            #expect(moving.isSubset(of: received))
        }
    }

    @Test("Deleting without a hand-over: the data removal gives the person's rooms to the admin who deleted them")
    func deletionGivesRoomsToTheDeletingAdmin() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .milliseconds(50))) { h in
            let from = try await h.id(of: Cast.terminatedRoomAdmin)
            let admin = try await h.id(of: PortalHarness.ownerEmail)
            let moving = Set(folders(try await rooms(h, of: from, filter: 0)).compactMap { $0["id"] as? Int })
            #expect(!moving.isEmpty)
            let deleted = try await h.client.send("DELETE", "/api/2.0/people/\(from)", token: h.ownerToken)
            #expect(deleted.status == 200)
            try await waitUntil("the data removal gives the rooms to the admin") {
                let owned = Set(folders(try await rooms(h, of: admin, filter: 0)).compactMap { $0["id"] as? Int })
                return moving.isSubset(of: owned)
            }
        }
    }

    @Test(
        "A deleted person is at once in none of the rooms shared with them; the rooms they own wait for the data removal"
    )
    func deletionLeavesSharedRooms() async throws {
        try await PortalHarness.run(PortalOptions(users: 60, taskDuration: .seconds(30))) { h in
            // An active person who is a member of others' rooms (the demo makes only active
            // people members), disabled first: only the disabled may be deleted.
            let active = try await h.client.get(
                "/api/2.0/people/filter?employeeStatus=1&count=100", token: h.ownerToken)
            let ids = active.people.compactMap { $0["id"] as? String }
            var found: (person: String, owned: Set<Int>, shared: Set<Int>)?
            for id in ids {
                let owned = Set(folders(try await rooms(h, of: id, filter: 0)).compactMap { $0["id"] as? Int })
                let member = Set(folders(try await rooms(h, of: id, filter: 1)).compactMap { $0["id"] as? Int })
                if !member.subtracting(owned).isEmpty {
                    found = (id, owned, member.subtracting(owned))
                    break
                }
            }
            let (person, owned, shared) = try #require(found, "an active member of others' rooms among \(ids.count)")
            let terminated = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken, json: ["userIds": [person]])
            #expect(terminated.status == 200)
            let deleted = try await h.client.send("DELETE", "/api/2.0/people/\(person)", token: h.ownerToken)
            #expect(deleted.status == 200)
            let after = Set(folders(try await rooms(h, of: person, filter: 1)).compactMap { $0["id"] as? Int })
            #expect(after.isDisjoint(with: shared), "still listed in \(after.intersection(shared))")
            #expect(after == owned, "the owned rooms stay theirs until the removal task gives them away")
        }
    }
}
