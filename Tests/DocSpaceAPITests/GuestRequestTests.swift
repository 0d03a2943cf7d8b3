import Foundation
import Testing

@testable import DocSpaceAPI

/// The guest calls: `area`, `invitedByMe` and `inviterId` on `people/filter`,
/// `DELETE people/guests`, `GET people/guests/{id}/share`.
@Suite("Guest requests")
struct GuestRequestTests {
    private func request(
        answer: HTTPResponse, _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, onlyOne: false, call)
    }

    @Test("people/filter with area=2 and inviterId; the guest's inviter decoded from createdBy")
    func guestsByInviter() async throws {
        var query = PeopleQuery(count: 10)
        query.area = .guests
        query.inviterID = "a1b2c3d4-0000-4000-8000-000000000001"
        let sent = query
        let body = #"""
            [{"id":"9c1f0e2a-1111-4222-8333-444455556666","displayName":"Gail Guest","email":"gail@partner.test",
            "isVisitor":true,"status":1,"activationStatus":1,
            "createdBy":{"id":"a1b2c3d4-0000-4000-8000-000000000001","displayName":"Rita Roomadmin",
            "avatarSmall":"/static/images/default_user_photo_size_32-32.png","profileUrl":"http://portal.test/accounts/view/rita"}}]
            """#
        let r = try await request(answer: .ok(body, total: 1)) {
            let page = try await $0.people(sent)
            #expect(page.people.first?.createdBy?.id == "a1b2c3d4-0000-4000-8000-000000000001")
            #expect(page.people.first?.createdBy?.displayName == "Rita Roomadmin")
        }
        #expect(r.pathAndQuery.hasSuffix("&area=2&inviterId=a1b2c3d4-0000-4000-8000-000000000001"), "\(r.pathAndQuery)")
    }

    @Test("invitedByMe goes alone: the server ignores inviterId beside it")
    func invitedByMe() async throws {
        var query = PeopleQuery(count: 10)
        query.area = .guests
        query.invitedByMe = true
        query.inviterID = "someone"
        let sent = query
        let r = try await request(answer: .ok("[]", total: 0)) { _ = try await $0.people(sent) }
        #expect(r.pathAndQuery.hasSuffix("&area=2&invitedByMe=true"), "\(r.pathAndQuery)")
        #expect(!r.pathAndQuery.contains("inviterId"))
    }

    @Test("no area, no inviter: nothing sent (the server's area is all)")
    func nothingByDefault() async throws {
        let r = try await request(answer: .ok("[]", total: 0)) { _ = try await $0.people(PeopleQuery(count: 10)) }
        #expect(!r.pathAndQuery.contains("area="))
        #expect(!r.pathAndQuery.contains("invitedByMe"))
    }

    @Test("DELETE people/guests: the ids in the body; the server answers no response")
    func removeGuests() async throws {
        let r = try await request(
            answer: .json(
                200,
                #"{"count":0,"links":[{"href":"http://portal.test/api/2.0/people/guests","action":"DELETE"}],"status":0,"statusCode":200}"#
            )
        ) { try await $0.removeGuests(ids: ["g-1", "g-2"]) }
        #expect(r.method == .delete)
        #expect(r.pathAndQuery == "/api/2.0/people/guests")
        #expect(r.bodyText == #"{"userIds":["g-1","g-2"]}"#)
    }

    @Test("DELETE people/guests refused: 403 with the portal's words")
    func removeRefused() async throws {
        let transport = ScriptedTransport(
            .json(403, #"{"error":{"message":"Access denied"},"status":1,"statusCode":403}"#))
        await #expect(throws: DocSpaceError.forbidden(message: "Access denied")) {
            try await TestClient.make(transport).removeGuests(ids: ["g-1"])
        }
    }

    @Test("GET people/guests/{id}/share: the short link as the response string")
    func shareLink() async throws {
        let r = try await request(answer: .ok(#""https:\/\/portal.test\/s\/Xy12Ab""#)) {
            let link = try await $0.guestShareLink(userId: "g-1")
            #expect(link == "https://portal.test/s/Xy12Ab")
        }
        #expect(r.method == .get)
        #expect(r.pathAndQuery == "/api/2.0/people/guests/g-1/share")
    }

    @Test("share link for someone who is not a guest: 400 with the portal's words")
    func shareLinkNotGuest() async throws {
        let transport = ScriptedTransport(
            .json(400, #"{"error":{"message":"User is not a guest"},"status":1,"statusCode":400}"#))
        await #expect(throws: DocSpaceError.badRequest(message: "User is not a guest", fieldErrors: [:])) {
            _ = try await TestClient.make(transport).guestShareLink(userId: "u-1")
        }
    }
}
