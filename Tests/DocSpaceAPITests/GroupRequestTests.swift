import Foundation
import Testing

@testable import DocSpaceAPI

/// The group routes of `GroupsController.cs`: the request each client method sends (method,
/// path, query, body in the request DTOs' names) and how `GroupDto` answers decode.
@Suite("Group requests")
struct GroupRequestTests {
    static let groupID = "8d2c7a1e-5f0b-4c3e-9a77-1b2f3c4d5e6f"
    static let otherID = "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"
    static let personID = "66faa6e4-f133-11ea-b126-00ffeec8b4ef"

    /// A `GroupDto` as `GroupFullDtoHelper.Get` writes it: the head is a full person, `members`
    /// only with `includeMembers`, `isSystem`/`shared` omitted when null.
    static let groupBody = #"""
        {"name":"R&D <Labs>","parent":"00000000-0000-0000-0000-000000000000",
         "category":"00000000-0000-0000-0000-000000000000","id":"8d2c7a1e-5f0b-4c3e-9a77-1b2f3c4d5e6f",
         "isLDAP":false,
         "manager":{"firstName":"Siobhán","lastName":"O'Brien","userName":"siobhan.obrien",
           "email":"siobhan.obrien@example.com","status":1,"activationStatus":1,
           "department":"R&amp;D &lt;Labs&gt;","isAdmin":false,"isRoomAdmin":true,"isOwner":false,
           "isVisitor":false,"isCollaborator":false,"isLDAP":false,"isSSO":false,
           "id":"66faa6e4-f133-11ea-b126-00ffeec8b4ef","displayName":"Siobh&#225;n O&#39;Brien"},
         "members":[
           {"id":"66faa6e4-f133-11ea-b126-00ffeec8b4ef","displayName":"Siobh&#225;n O&#39;Brien",
            "firstName":"Siobhán","lastName":"O'Brien","email":"siobhan.obrien@example.com","status":1},
           {"displayName":"no id, dropped"},
           {"id":"b2d1f6a0-0000-4000-8000-000000000002","displayName":"Ada Lovelace","status":1}],
         "membersCount":2}
        """#

    private func request(
        answer: HTTPResponse, _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, onlyOne: true, call)
    }

    private func bodyObject(_ request: HTTPRequest) throws -> NSDictionary {
        let body = try #require(request.body)
        return try #require(try JSONSerialization.jsonObject(with: body) as? NSDictionary)
    }

    // MARK: Requests

    @Test("GET group: paging, sortBy by the server's GroupSortType names, sortOrder as a number, filterValue")
    func listQuery() async throws {
        let query = GroupQuery(
            text: " sales ", sortBy: .memberCount, sortOrder: .descending, startIndex: 20, count: 10)
        let r = try await request(answer: .ok("[]", total: 0)) { _ = try await $0.groups(query) }
        #expect(r.method == .get)
        #expect(
            r.pathAndQuery
                == "/api/2.0/group?count=10&startIndex=20&sortBy=membersCount&sortOrder=1&filterValue=sales")
        #expect(r.body == nil)
    }

    @Test("GET group: defaults sort by title; userId and manager=true ask for the groups a person heads")
    func listDefaultsAndMember() async throws {
        let plain = try await request(answer: .ok("[]")) { _ = try await $0.groups(GroupQuery()) }
        #expect(plain.pathAndQuery == "/api/2.0/group?count=100&startIndex=0&sortBy=title&sortOrder=0")
        let heads = try await request(answer: .ok("[]")) {
            _ = try await $0.groups(GroupQuery(memberID: Self.personID, headOnly: true, sortBy: .head))
        }
        #expect(
            heads.pathAndQuery
                == "/api/2.0/group?count=100&startIndex=0&sortBy=manager&sortOrder=0&userId=\(Self.personID)&manager=true"
        )
    }

    @Test("GET group: count outside 1…100 fails without a request", arguments: [0, 101])
    func listCountValidated(count: Int) async {
        let transport = ScriptedTransport(.ok("[]"))
        let error = await docSpaceError { try await TestClient.make(transport).groups(GroupQuery(count: count)) }
        guard case .badRequest(_, let fields)? = error else {
            Issue.record("expected badRequest, got \(String(describing: error))")
            return
        }
        #expect(fields["count"] != nil)
        #expect(await transport.requestCount == 0)
    }

    @Test("GET group/{id}: members by default, includeMembers=false only when asked")
    func getOne() async throws {
        let full = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.group(id: Self.groupID, includeMembers: true)
        }
        #expect(full.method == .get)
        #expect(full.pathAndQuery == "/api/2.0/group/\(Self.groupID)")
        let short = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.group(id: Self.groupID, includeMembers: false)
        }
        #expect(short.pathAndQuery == "/api/2.0/group/\(Self.groupID)?includeMembers=false")
    }

    @Test("POST group: groupName, groupManager, members (GroupRequestDto); no head, no members: omitted")
    func create() async throws {
        let r = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.createGroup(NewGroup(name: "Sales", headID: Self.personID, memberIDs: ["a", "b"]))
        }
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/group")
        #expect(
            try bodyObject(r)
                == ["groupName": "Sales", "groupManager": Self.personID, "members": ["a", "b"]] as NSDictionary)
        let bare = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.createGroup(NewGroup(name: "Empty"))
        }
        #expect(try bodyObject(bare) == ["groupName": "Empty"] as NSDictionary)
    }

    @Test("PUT group/{id}: only the parts given (UpdateGroupRequest)")
    func update() async throws {
        let rename = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.updateGroup(id: Self.groupID, GroupUpdate(name: "Field Sales"))
        }
        #expect(rename.method == .put)
        #expect(rename.pathAndQuery == "/api/2.0/group/\(Self.groupID)")
        #expect(try bodyObject(rename) == ["groupName": "Field Sales"] as NSDictionary)
        let all = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.updateGroup(
                id: Self.groupID, GroupUpdate(headID: "h", addIDs: ["a"], removeIDs: ["r1", "r2"]))
        }
        #expect(
            try bodyObject(all)
                == ["groupManager": "h", "membersToAdd": ["a"], "membersToRemove": ["r1", "r2"]] as NSDictionary)
    }

    @Test("members: PUT adds, DELETE (with a body) removes, PUT …/manager sets the head, PUT …/members/{to} moves")
    func memberRoutes() async throws {
        let add = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.addMembers(groupID: Self.groupID, ids: ["a", "b"])
        }
        #expect(add.method == .put)
        #expect(add.pathAndQuery == "/api/2.0/group/\(Self.groupID)/members")
        #expect(try bodyObject(add) == ["members": ["a", "b"]] as NSDictionary)

        let remove = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.removeMembers(groupID: Self.groupID, ids: ["a"])
        }
        #expect(remove.method == .delete)
        #expect(remove.pathAndQuery == "/api/2.0/group/\(Self.groupID)/members")
        #expect(try bodyObject(remove) == ["members": ["a"]] as NSDictionary)
        #expect(remove.headers["Content-Type"] == "application/json")

        let head = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.setHead(groupID: Self.groupID, userID: Self.personID)
        }
        #expect(head.method == .put)
        #expect(head.pathAndQuery == "/api/2.0/group/\(Self.groupID)/manager")
        #expect(try bodyObject(head) == ["userId": Self.personID] as NSDictionary)

        let move = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.moveMembers(from: Self.groupID, to: Self.otherID)
        }
        #expect(move.method == .put)
        #expect(move.pathAndQuery == "/api/2.0/group/\(Self.groupID)/members/\(Self.otherID)")
        #expect(move.body == nil)
    }

    @Test("DELETE group/{id}: no body; a void answer is enough")
    func delete() async throws {
        let r = try await request(answer: .json(200, #"{"count":0,"status":0,"statusCode":200}"#)) {
            try await $0.deleteGroup(id: Self.groupID)
        }
        #expect(r.method == .delete)
        #expect(r.pathAndQuery == "/api/2.0/group/\(Self.groupID)")
        #expect(r.body == nil)
    }

    @Test("a group id is one path segment: a slash cannot reach another route")
    func idIsEncoded() async throws {
        let r = try await request(answer: .ok(Self.groupBody)) {
            _ = try await $0.group(id: "x/../../people", includeMembers: true)
        }
        #expect(!r.pathAndQuery.contains("/people"))
    }

    // MARK: Decoding

    @Test("GroupDto: name as sent, the head a full person, members without the unreadable one, membersCount")
    func decodesFullGroup() async throws {
        let transport = ScriptedTransport(.ok(Self.groupBody))
        let group = try await TestClient.make(transport).group(id: Self.groupID, includeMembers: true)
        #expect(group.id == Self.groupID)
        #expect(group.name == "R&D <Labs>")
        #expect(group.head?.id == Self.personID)
        #expect(group.head?.displayName == "Siobhán O'Brien")
        #expect(group.head?.isRoomAdmin == true)
        #expect(group.memberCount == 2)
        #expect(group.members?.map(\.displayName) == ["Siobhán O'Brien", "Ada Lovelace"])
        #expect(group.isLDAP == false)
    }

    @Test("GET group: a page with total; no members key is nil members; a group without an id is dropped")
    func decodesPage() async throws {
        let body = #"""
            [{"name":"Sales","id":"g1","isLDAP":true,"membersCount":12,"category":"00000000-0000-0000-0000-000000000000"},
             {"name":"broken"},
             {"name":"Empty","id":"g2","membersCount":0,"manager":"not a person"}]
            """#
        let transport = ScriptedTransport(.ok(body, total: 7))
        let page = try await TestClient.make(transport).groups(GroupQuery(startIndex: 5, count: 3))
        #expect(page.groups.map(\.id) == ["g1", "g2"])
        #expect(page.groups[0].isLDAP)
        #expect(page.groups[0].memberCount == 12)
        #expect(page.groups[0].members == nil)
        #expect(page.groups[1].head == nil)
        #expect(page.startIndex == 5)
        #expect(page.total == 7)
    }

    @Test("GET group: a missing or too small total is at least what the page reaches")
    func pageTotalNeverBelowReached() async throws {
        let transport = ScriptedTransport(.ok(#"[{"id":"g1","name":"A"},{"id":"g2","name":"B"}]"#, total: 1))
        let page = try await TestClient.make(transport).groups(GroupQuery(startIndex: 10, count: 2))
        #expect(page.total == 12)
    }

    @Test("encoding writes the wire's names, so --json reads like the portal")
    func encodesWireNames() throws {
        let group = Group(id: "g1", name: "Sales", head: Person(id: "p1", displayName: "Ann"), memberCount: 3)
        let data = try JSONEncoder().encode(group)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["id", "name", "manager", "membersCount", "isLDAP"])
        let back = try JSONDecoder().decode(Group.self, from: data)
        #expect(back.id == "g1")
        #expect(back.head?.id == "p1")
        #expect(back.memberCount == 3)
    }

    @Test("GET people/filter: groupId for a group's members, withoutGroup=true alone for people in none")
    func peopleByGroup() async throws {
        let members = try await request(answer: .ok("[]")) {
            _ = try await $0.people(PeopleQuery(groupID: Self.groupID, count: 10))
        }
        #expect(members.pathAndQuery.hasSuffix("&groupId=\(Self.groupID)"))
        #expect(!members.pathAndQuery.contains("withoutGroup"))
        let none = try await request(answer: .ok("[]")) {
            _ = try await $0.people(PeopleQuery(groupID: Self.groupID, withoutGroup: true))
        }
        #expect(none.pathAndQuery.hasSuffix("&withoutGroup=true"))
        #expect(!none.pathAndQuery.contains("groupId"))
        let neither = try await request(answer: .ok("[]")) { _ = try await $0.people(PeopleQuery()) }
        #expect(!neither.pathAndQuery.contains("roup"))
    }
}
