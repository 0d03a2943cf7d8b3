import Foundation
import StandInPortal
import Testing

/// Groups (`GroupController`, `products/ASC.People/Server/Api/GroupsController.cs`): who may
/// read and change them, what the server skips without a word, names, heads, move, delete.
/// Every refusal is checked to have changed nothing, by reading the group back as the owner.
@Suite struct GroupRulesTests {
    /// A group made by the owner through the API, with its id.
    private func makeGroup(_ h: PortalHarness, _ name: String, members: [String] = [], head: String? = nil)
        async throws -> String
    {
        var body: [String: Any] = ["groupName": name, "members": members]
        if let head { body["groupManager"] = head }
        let r = try await h.client.send("POST", "/api/2.0/group", token: h.ownerToken, json: body)
        #expect(r.status == 200)
        return try #require(r.person["id"] as? String)
    }

    /// The group as the owner reads it, with members.
    private func read(_ h: PortalHarness, _ id: String) async throws -> [String: Any] {
        try await h.client.get("/api/2.0/group/\(id)", token: h.ownerToken).person
    }

    private func memberIDs(_ group: [String: Any]) -> Set<String> {
        Set((group["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    private func groupCount(_ h: PortalHarness) async throws -> Int {
        try #require(try await h.client.get("/api/2.0/group?count=1", token: h.ownerToken).object["total"] as? Int)
    }

    @Test("GetGroups: paging with total, filterValue contains (any case), sortBy ignoring case, no members")
    func listingPagesFiltersAndSorts() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let roomAdmin = try await h.id(of: Cast.roomAdmin)
            _ = try await makeGroup(h, "Zq Three", members: [user, admin, roomAdmin])
            _ = try await makeGroup(h, "zq one", members: [user])
            let total = try await groupCount(h)
            let page = try await h.client.get("/api/2.0/group?count=2&startIndex=1", token: h.ownerToken)
            #expect(page.people.count == 2)
            #expect(page.object["total"] as? Int == total)
            #expect(page.people.allSatisfy { $0["members"] == nil && $0["membersCount"] is Int })

            let byCount = try await h.client.get(
                "/api/2.0/group?filterValue=%20ZQ%20&sortBy=MEMBERSCOUNT&sortOrder=1", token: h.ownerToken)
            #expect(byCount.people.map { $0["name"] as? String } == ["Zq Three", "zq one"])
            #expect(byCount.people.map { $0["membersCount"] as? Int } == [3, 1])
            #expect(byCount.object["total"] as? Int == 2)
            let byName = try await h.client.get("/api/2.0/group?filterValue=zq&sortBy=nonsense", token: h.ownerToken)
            #expect(byName.people.map { $0["name"] as? String } == ["zq one", "Zq Three"])
            let bad = try await h.client.get("/api/2.0/group?count=101", token: h.ownerToken)
            #expect(bad.status == 400)
        }
    }

    @Test("GetGroups userId/manager: the groups a person is in, or heads")
    func listingByMemberAndHead() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let led = try await makeGroup(h, "Led by user", members: [admin], head: user)
            let joined = try await makeGroup(h, "User joined", members: [user])
            let inGroups = try await h.client.get("/api/2.0/group?userId=\(user)&count=100", token: h.ownerToken)
            let ids = Set(inGroups.people.compactMap { $0["id"] as? String })
            #expect(ids.isSuperset(of: [led, joined]))
            let heads = try await h.client.get("/api/2.0/group?userId=\(user)&manager=true", token: h.ownerToken)
            let headed = heads.people.compactMap { $0["id"] as? String }
            #expect(headed.contains(led) && !headed.contains(joined))
            #expect(heads.people.allSatisfy { ($0["manager"] as? [String: Any])?["id"] as? String == user })
        }
    }

    @Test("Action_ReadGroups: room admins read groups; users and guests get 403")
    func usersAndGuestsMayNotReadGroups() async throws {
        try await PortalHarness.run { h in
            let anyGroup = try #require(
                try await h.client.get("/api/2.0/group?count=1", token: h.ownerToken).people.first?["id"] as? String)
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            #expect(try await h.client.get("/api/2.0/group", token: roomAdmin).status == 200)
            #expect(try await h.client.get("/api/2.0/group/\(anyGroup)", token: roomAdmin).status == 200)
            for email in [Cast.user, Cast.guest] {
                let token = try await h.token(for: email)
                let list = try await h.client.get("/api/2.0/group", token: token)
                #expect(list.status == 403)
                #expect(list.errorMessage == "Access denied")
                #expect(try await h.client.get("/api/2.0/group/\(anyGroup)", token: token).status == 403)
            }
        }
    }

    @Test(
        "Action_EditGroups: only admins create, rename, add, remove, move, delete; refused calls change nothing",
        arguments: [Cast.roomAdmin, Cast.user, Cast.guest])
    func nonAdminsMayNotChangeGroups(caller: String) async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: caller)
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let group = try await makeGroup(h, "Kept", members: [user])
            let other = try await makeGroup(h, "Other")
            let before = try await read(h, group)
            let count = try await groupCount(h)
            let calls: [(String, String, Any?)] = [
                ("POST", "/api/2.0/group", ["groupName": "New"]),
                ("PUT", "/api/2.0/group/\(group)", ["groupName": "Renamed", "membersToAdd": [admin]]),
                ("PUT", "/api/2.0/group/\(group)/members", ["members": [admin]]),
                ("DELETE", "/api/2.0/group/\(group)/members", ["members": [user]]),
                ("PUT", "/api/2.0/group/\(group)/members/\(other)", nil),
                ("DELETE", "/api/2.0/group/\(group)", nil),
            ]
            for (method, path, body) in calls {
                let r = try await h.client.send(method, path, token: token, json: body)
                #expect(r.status == 403, "\(method) \(path)")
                #expect(r.errorMessage == "Access denied")
            }
            let after = try await read(h, group)
            #expect(after["name"] as? String == before["name"] as? String)
            #expect(memberIDs(after) == memberIDs(before))
            #expect(memberIDs(try await read(h, other)).isEmpty)
            #expect(try await groupCount(h) == count)
        }
    }

    @Test("AddGroup: a guest, terminated or unknown member or head refuses the whole request, nothing is created")
    func createRefusesWhoMayNotJoin() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let count = try await groupCount(h)
            for refused in [
                try await h.id(of: Cast.guest), try await h.id(of: Cast.terminatedUser),
                "11111111-2222-3333-4444-555555555555",
            ] {
                let asMember = try await h.client.send(
                    "POST", "/api/2.0/group", token: h.ownerToken,
                    json: ["groupName": "X", "members": [user, refused]])
                #expect(asMember.status == 400)
                #expect(asMember.errorMessage == "The user could not be found")
                let asHead = try await h.client.send(
                    "POST", "/api/2.0/group", token: h.ownerToken, json: ["groupName": "X", "groupManager": refused])
                #expect(asHead.status == 400)
            }
            #expect(try await groupCount(h) == count)
            #expect(await h.snapshot(user) != nil)
        }
    }

    @Test("GroupName: required, 1…128 (validation 400), not blank (400); duplicates allowed; PUT may empty it")
    func groupNameRules() async throws {
        try await PortalHarness.run { h in
            let count = try await groupCount(h)
            let missing = try await h.client.send("POST", "/api/2.0/group", token: h.ownerToken, json: ["members": []])
            #expect(missing.status == 400)
            let long = String(repeating: "é", count: 129)
            let tooLong = try await h.client.send(
                "POST", "/api/2.0/group", token: h.ownerToken, json: ["groupName": long])
            #expect(tooLong.status == 400)
            #expect(tooLong.text.contains("maximum length of 128"))
            let blank = try await h.client.send(
                "POST", "/api/2.0/group", token: h.ownerToken, json: ["groupName": "   "])
            #expect(blank.status == 400)
            #expect(blank.errorMessage?.contains("composed entirely of whitespace") == true)
            // A room admin's refused name is a validation 400 too: the model is checked first.
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let first = try await h.client.send("POST", "/api/2.0/group", token: roomAdmin, json: ["groupName": long])
            #expect(first.status == 400)
            #expect(try await groupCount(h) == count)

            let a = try await makeGroup(h, "Twin")
            let b = try await makeGroup(h, "Twin")
            #expect(a != b)
            let max = String(repeating: "n", count: 128)
            #expect(
                try await h.client.send("PUT", "/api/2.0/group/\(a)", token: h.ownerToken, json: ["groupName": max])
                    .person["name"] as? String == max)
            let emptied = try await h.client.send(
                "PUT", "/api/2.0/group/\(b)", token: h.ownerToken, json: ["groupName": ""])
            #expect(emptied.status == 200)
            #expect(emptied.person["name"] as? String == "")
        }
    }

    @Test("AddMembersTo and UpdateGroup skip guests, terminated and unknown people without a word")
    func addingSkipsWhoMayNotJoin() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let guest = try await h.id(of: Cast.guest)
            let terminated = try await h.id(of: Cast.terminatedUser)
            let group = try await makeGroup(h, "Skips")
            let r = try await h.client.send(
                "PUT", "/api/2.0/group/\(group)/members", token: h.ownerToken,
                json: ["members": [user, guest, terminated, "11111111-2222-3333-4444-555555555555"]])
            #expect(r.status == 200)
            #expect(memberIDs(r.person) == [user])
            #expect(r.person["membersCount"] as? Int == 1)
            let admin = try await h.id(of: Cast.secondAdmin)
            let update = try await h.client.send(
                "PUT", "/api/2.0/group/\(group)", token: h.ownerToken,
                json: ["membersToAdd": [guest, admin], "groupManager": terminated])
            #expect(update.status == 200)
            #expect(memberIDs(update.person) == [user, admin])
            #expect(update.person["manager"] == nil)
        }
    }

    @Test("heads: SetGroupManager makes the head a member; removing the head clears the head")
    func headRules() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let group = try await makeGroup(h, "Headed")
            let set = try await h.client.send(
                "PUT", "/api/2.0/group/\(group)/manager", token: h.ownerToken, json: ["userId": user])
            #expect(set.status == 200)
            #expect((set.person["manager"] as? [String: Any])?["id"] as? String == user)
            #expect(memberIDs(set.person) == [user])
            let unknown = try await h.client.send(
                "PUT", "/api/2.0/group/\(group)/manager", token: h.ownerToken,
                json: ["userId": "11111111-2222-3333-4444-555555555555"])
            #expect(unknown.status == 404)
            #expect(unknown.errorMessage == "The user could not be found")
            let removed = try await h.client.send(
                "DELETE", "/api/2.0/group/\(group)/members", token: h.ownerToken, json: ["members": [user]])
            #expect(removed.status == 200)
            #expect(removed.person["manager"] == nil)
            #expect(memberIDs(removed.person).isEmpty)
        }
    }

    @Test("SetGroupManager demands no permission: a room admin gets 403 after the head was set, not as a member")
    func setHeadByNonAdminActsThenRefuses() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let group = try await makeGroup(h, "Half", members: [admin])
            let token = try await h.token(for: Cast.roomAdmin)
            let r = try await h.client.send(
                "PUT", "/api/2.0/group/\(group)/manager", token: token, json: ["userId": user])
            #expect(r.status == 403)
            let after = try await read(h, group)
            #expect((after["manager"] as? [String: Any])?["id"] as? String == user)
            #expect(memberIDs(after) == [admin])
        }
    }

    @Test(
        "MoveMembersTo: listed members join the target and leave the source; guests only leave; terminated members stay"
    )
    func moveRules() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let from = try await makeGroup(h, "From", members: [user, admin], head: admin)
            let to = try await makeGroup(h, "To")
            let terminate = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken, json: ["userIds": [user]])
            #expect(terminate.status == 200)
            // A guest can be in a group only from before they became one (the API never adds
            // guests): moving drops them from the source without adding them to the target.
            let guest = await h.portal.addPerson(
                PortalPersonSeed(email: "grouped.guest@example.com", type: .guest, groups: ["From"]))
            #expect(memberIDs(try await read(h, from)).contains(guest))
            let r = try await h.client.send("PUT", "/api/2.0/group/\(from)/members/\(to)", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.person["id"] as? String == to)
            #expect(memberIDs(r.person) == [admin])
            #expect(!memberIDs(try await read(h, from)).contains(guest))
            #expect(r.person["manager"] == nil)
            let source = try await read(h, from)
            #expect(source["manager"] == nil)
            let userGroups = try await h.client.get("/api/2.0/people/\(user)", token: h.ownerToken)
            #expect((userGroups.person["groups"] as? [[String: Any]])?.contains { $0["id"] as? String == from } == true)
            let missing = try await h.client.send(
                "PUT", "/api/2.0/group/\(from)/members/11111111-2222-3333-4444-555555555555", token: h.ownerToken)
            #expect(missing.status == 404)
            #expect(missing.errorMessage == "The group could not be found")
        }
    }

    @Test("DeleteGroup: 204 with no body; the group is gone (404), its people stay without it")
    func deleteRules() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let group = try await makeGroup(h, "Doomed", members: [user])
            let r = try await h.client.send("DELETE", "/api/2.0/group/\(group)", token: h.ownerToken)
            #expect(r.status == 204)
            #expect(r.body.isEmpty)
            let gone = try await h.client.get("/api/2.0/group/\(group)", token: h.ownerToken)
            #expect(gone.status == 404)
            #expect(gone.errorMessage == "The group could not be found")
            let person = try await h.client.get("/api/2.0/people/\(user)", token: h.ownerToken)
            #expect(person.status == 200)
            #expect((person.person["groups"] as? [[String: Any]] ?? []).allSatisfy { $0["id"] as? String != group })
            let notGUID = try await h.client.get("/api/2.0/group/not-a-guid", token: h.ownerToken)
            #expect(notGUID.status == 404)
            #expect(notGUID.body.isEmpty)
        }
    }

    @Test("GroupDto: name as stored, the head a full person, membersCount without terminated members")
    func groupDtoShape() async throws {
        try await PortalHarness.run { h in
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let group = try await makeGroup(h, "R&D <\"Q\">", members: [user], head: admin)
            let r = try await h.client.get("/api/2.0/group/\(group)?includeMembers=false", token: h.ownerToken)
            #expect(r.person["name"] as? String == "R&D <\"Q\">")
            #expect(r.person["members"] == nil)
            #expect(r.person["membersCount"] as? Int == 2)
            #expect(r.person["isLDAP"] as? Bool == false)
            #expect((r.person["manager"] as? [String: Any])?["email"] as? String == Cast.secondAdmin)
            _ = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken, json: ["userIds": [user]])
            #expect(try await read(h, group)["membersCount"] as? Int == 1)
        }
    }

    @Test("demo groups: departments of different sizes, heads but not everywhere, people in several groups and in none")
    func demoGroupsAreRealistic() async throws {
        try await PortalHarness.run(PortalOptions(users: 600, apiKey: PortalHarness.apiKey)) { h in
            let groups = try await h.client.get("/api/2.0/group?sortBy=membersCount", token: h.ownerToken).people
            let counts = groups.compactMap { $0["membersCount"] as? Int }
            #expect(groups.count == 13)
            #expect(try #require(counts.max()) >= 4 * max(1, try #require(counts.min())))
            let headless = groups.filter { $0["manager"] == nil }.compactMap { $0["name"] as? String }
            #expect(Set(headless) == ["Legal", "Ærø Office"])
            let people = try await h.client.get("/api/2.0/people/filter?count=100", token: h.ownerToken).people
            let groupCounts = people.map { ($0["groups"] as? [Any])?.count ?? 0 }
            #expect(groupCounts.contains(0))
            #expect(groupCounts.contains { $0 >= 2 })
        }
    }

    @Test(
        "GET people/filter: groupId keeps members, excludeGroup=true everyone else, withoutGroup=true ignores groupId")
    func peopleFilterByGroup() async throws {
        // Fewer than 100 people, so one page holds every match.
        try await PortalHarness.run(PortalOptions(users: 60, apiKey: PortalHarness.apiKey)) { h in
            let user = try await h.id(of: Cast.user)
            let admin = try await h.id(of: Cast.secondAdmin)
            let group = try await makeGroup(h, "Filtered", members: [user, admin])
            func ids(_ query: String) async throws -> Set<String> {
                let r = try await h.client.get("/api/2.0/people/filter?count=100&\(query)", token: h.ownerToken)
                #expect(r.status == 200, "\(query)")
                return Set(r.people.compactMap { $0["id"] as? String })
            }
            let everyone = try await ids("")
            #expect(try await ids("groupId=\(group)") == [user, admin])
            let others = try await ids("groupId=\(group)&excludeGroup=true")
            #expect(others == everyone.subtracting([user, admin]))
            let without = try await ids("withoutGroup=true")
            #expect(try await ids("groupId=\(group)&withoutGroup=true") == without)
            #expect(!without.contains(user) && !without.isEmpty)
            let notABool = try await h.client.get("/api/2.0/people/filter?excludeGroup=\(group)", token: h.ownerToken)
            #expect(notABool.status == 400)
        }
    }
}
