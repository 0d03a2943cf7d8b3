import Foundation
import Testing

@testable import DocSpaceAPI

/// The rooms listing (`VirtualRoomsController.GetRoomsFolder`): its request for a person's
/// rooms, the `FolderContentDto` answer's decoding, and the reading of owned and member-of
/// rooms over pages.
@Suite("Room requests")
struct RoomRequestTests {
    /// A room's `FolderDto` as the server writes it (nulls omitted, enums as numbers).
    private static func room(id: Int, title: String, type: Int, owner: String, ownerName: String) -> String {
        #"""
        {"parentId":\#(id - 1),"filesCount":3,"foldersCount":1,"new":0,"mute":false,"tags":[],
         "logo":{"original":"","large":"","medium":"","small":"","color":"5299E0","cover":null},
         "pinned":false,"roomType":\#(type),"private":false,"indexing":false,"denyDownload":false,
         "type":\#(type == 2 ? 16 : 19),"inRoom":true,"usedSpace":1048576,"id":\#(id),"rootFolderId":\#(id - 1),
         "canShare":true,"security":{"Read":true,"Create":true},"title":"\#(title)","access":0,
         "shared":false,"created":"2025-03-01T10:15:00.0000000+03:00",
         "createdBy":{"id":"\#(owner)","displayName":"\#(ownerName)","avatarSmall":"/static/images/default_user_photo_size_32-32.png","profileUrl":"","hasAvatar":false,"isAnonim":false},
         "updated":"2025-03-02T10:15:00.0000000+03:00","rootFolderType":14,
         "updatedBy":{"id":"\#(owner)","displayName":"\#(ownerName)"}}
        """#
    }

    private static func body(_ rooms: [String], total: Int, startIndex: Int = 0) -> String {
        #"""
        {"files":[],"folders":[\#(rooms.joined(separator: ","))],
         "current":{"id":1,"title":"Rooms","rootFolderType":14,"filesCount":0,"foldersCount":\#(total)},
         "pathParts":[{"id":1,"title":"Rooms"}],"startIndex":\#(startIndex),"count":\#(rooms.count),"total":\#(total),"new":0}
        """#
    }

    @Test("GET files/rooms for the rooms a person owns: subjectId, subjectFilter=0, the page")
    func ownedRequest() async throws {
        let body = Self.body(
            [
                Self.room(
                    id: 12, title: "Q3 <Board> & Co", type: 2, owner: "u-1", ownerName: "Siobh&#225;n O&#39;Brien"),
                #"{"id":13,"title":"no owner"}"#,
            ], total: 2)
        let transport = ScriptedTransport(.ok(body))
        let page = try await TestClient.make(transport).rooms(RoomQuery(personID: "u-1", relation: .owner, count: 5))
        let request = try #require(await transport.lastRequest)
        #expect(request.method == .get)
        #expect(request.pathAndQuery == "/api/2.0/files/rooms?subjectId=u-1&subjectFilter=0&startIndex=0&count=5")
        #expect(page.total == 2, "the server's total is kept")
        #expect(page.rooms.count == 1, "a room without an owner is dropped, not the page")
        let room = try #require(page.rooms.first)
        #expect(room.id == "12")
        #expect(room.title == "Q3 <Board> & Co", "a title is not HTML-encoded")
        #expect(room.type == .collaboration)
        #expect(room.ownerID == "u-1")
        #expect(room.ownerName == "Siobhán O'Brien", "the owner's name is an EmployeeDto's: decoded")
        #expect(room.created?.date != nil)
    }

    @Test("An unknown room type is kept as its number")
    func unknownType() async throws {
        let transport = ScriptedTransport(
            .ok(Self.body([Self.room(id: 4, title: "R", type: 42, owner: "u", ownerName: "U")], total: 1)))
        let page = try await TestClient.make(transport).rooms(RoomQuery(personID: "u", relation: .member))
        #expect(page.rooms.first?.type == .other(42))
        #expect(page.rooms.first?.type.title == "Room type 42")
        #expect(await transport.lastRequest?.pathAndQuery.contains("subjectFilter=1") == true)
    }

    @Test("personRooms: owned over two pages, member-of is the Member answer less the owned")
    func personRooms() async throws {
        let firstOwned = (0..<100).map {
            Self.room(id: 100 + $0, title: "Owned \($0)", type: 5, owner: "p", ownerName: "P")
        }
        let secondOwned = [Self.room(id: 200, title: "Owned 100", type: 6, owner: "p", ownerName: "P")]
        let member = [
            Self.room(id: 100, title: "Owned 0", type: 5, owner: "p", ownerName: "P"),
            Self.room(id: 300, title: "Shared with P", type: 1, owner: "o", ownerName: "Other"),
        ]
        let transport = ScriptedTransport(
            .ok(Self.body(firstOwned, total: 101)), .ok(Self.body(secondOwned, total: 101, startIndex: 100)),
            .ok(Self.body(member, total: 2)))
        let rooms = try await TestClient.make(transport).personRooms("p")
        #expect(rooms.owned.count == 101)
        #expect(rooms.memberOf.map(\.id) == ["300"])
        let paths = await transport.requests.map(\.pathAndQuery)
        #expect(
            paths == [
                "/api/2.0/files/rooms?subjectId=p&subjectFilter=0&startIndex=0&count=100",
                "/api/2.0/files/rooms?subjectId=p&subjectFilter=0&startIndex=100&count=100",
                "/api/2.0/files/rooms?subjectId=p&subjectFilter=1&startIndex=0&count=100",
            ])
    }

    @Test("A claimed total larger than what is sent costs one page, not a request per claimed page")
    func lyingTotal() async throws {
        let transport = ScriptedTransport(
            .ok(Self.body([Self.room(id: 1, title: "A", type: 5, owner: "p", ownerName: "P")], total: 10_000)))
        let rooms = try await TestClient.make(transport).allRooms(of: "p", .owner)
        #expect(rooms.count == 1)
        #expect(await transport.requestCount == 1)
    }
}
