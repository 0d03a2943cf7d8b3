import Foundation
import Testing

@testable import DocSpaceAPI

@Suite("JSON output (Encodable)")
struct EncodingTests {
    private func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("wire names, type as a string, numbers for statuses, dates as sent, nils omitted")
    func person() throws {
        let reader = ResponseReader(route: "GET /x", scrubber: SecretScrubber(secrets: []))
        let jane = try #require(try reader.read(Person.self, from: .json(200, DocExamples.fullPerson)).response)
        let object = try json(jane)
        #expect(object["id"] as? String == "3f9a6c2e-8d1b-4c7e-9a55-2b1d0e6f7c88")
        #expect(object["displayName"] as? String == "Jane Doe")
        #expect(object["type"] as? String == "RoomAdmin")
        #expect(object["status"] as? Int == 1)
        #expect(object["activationStatus"] as? Int == 1)
        #expect(object["registrationDate"] as? String == "2026-03-02T17:05:11.0000000+03:00")
        #expect(object["isRoomAdmin"] as? Bool == true)
        #expect((object["groups"] as? [[String: Any]])?.first?["name"] as? String == "Marketing")
        #expect((object["contacts"] as? [[String: Any]])?.first?["value"] as? String == "+1 555 0100")
        #expect((object["createdBy"] as? [String: Any])?["displayName"] as? String == "Administrator")
        #expect(object["terminated"] == nil)
        #expect(object["quotaLimit"] == nil)
        #expect(object["mobilePhone"] == nil)
    }

    @Test("a person survives encode → decode")
    func roundTrip() throws {
        let original = Person(
            id: "p1", displayName: "O'Brien & Co", firstName: "Ann", email: "ann@x.io", status: .terminated,
            activationStatus: .pending, department: "R&D", groups: [PersonGroup(id: "g", name: "R&D")],
            contacts: [Contact(type: "mail", value: "a@b")], isVisitor: true, usedSpace: 5, quotaLimit: -1,
            createdBy: PersonSummary(id: "c", displayName: "Creator"),
            registrationDate: APIDate(parsing: "2026-03-02T17:05:11.0000000+03:00"),
            terminated: APIDate(parsing: "not a date"), avatar: "/a.png", profileUrl: "https://p/x")
        let decoded = try JSONDecoder().decode(Person.self, from: try JSONEncoder().encode(original))
        #expect(decoded == original)
    }

    @Test("minimal person writes only what it has")
    func minimal() throws {
        let object = try json(Person(id: "x", displayName: "X"))
        #expect(
            Set(object.keys) == [
                "id", "displayName", "type", "status", "activationStatus", "isOwner", "isAdmin",
                "isRoomAdmin", "isCollaborator", "isVisitor", "isLDAP", "isSSO",
            ])
    }

    @Test("PersonSummary")
    func summary() throws {
        #expect(try json(PersonSummary(id: "a", displayName: "A")).count == 2)
        let full = try json(
            PersonSummary(id: "a", displayName: "A", avatar: "/x", profileUrl: "https://p", hasAvatar: false))
        #expect(full["hasAvatar"] as? Bool == false)
        #expect(full["profileUrl"] as? String == "https://p")
    }
}

@Suite("Error descriptions")
struct ErrorDescriptionTests {
    @Test(
        "one clear sentence per case",
        arguments: [
            (
                DocSpaceError.forbidden(message: "The user is not suspended"),
                "Access denied by the portal (403): The user is not suspended"
            ),
            (.forbidden(message: nil), "Access denied by the portal (403)"),
            (.timeout(seconds: 30), "The portal did not answer within 30 s"),
            (.timeout(seconds: 2.5), "The portal did not answer within 2.5 s"),
            (.unauthorized(message: nil), "Not signed in or the token has expired (401) — run `docspace-people login`"),
            (
                .unauthorized(message: "User authentication failed"),
                "The portal refused the credentials (401): User authentication failed"
            ),
            (
                .notFound(message: "The user could not be found"),
                "Not found on the portal (404): The user could not be found"
            ),
            (
                .badRequest(
                    message: "One or more validation errors occurred.",
                    fieldErrors: ["count": ["The field count must be between 1 and 100."]]),
                "The portal rejected the request (400): One or more validation errors occurred. — count: The field count must be between 1 and 100."
            ),
            (.paymentRequired(message: nil), "The portal's plan does not allow this — no free seat or quota (402)"),
            (.rateLimited(retryAfter: 12), "Too many requests (429) — the portal asks to wait 12 s"),
            (.rateLimited(retryAfter: nil), "Too many requests (429) — wait a moment and try again"),
            (.server(status: 502, message: nil), "The portal failed to handle the request (502)"),
            (
                .server(status: 415, message: "Unsupported"),
                "The portal gave an unexpected answer (HTTP 415): Unsupported"
            ),
            (.transport(message: "Connection refused"), "Could not reach the portal: Connection refused"),
            (
                .dropped(message: "Empty reply from server"),
                "The connection to the portal was dropped before the whole answer arrived: Empty reply from server"
            ),
            (
                .decoding(context: "GET /api/2.0/people/filter: response[3].id: missing"),
                "The portal's answer could not be read: GET /api/2.0/people/filter: response[3].id: missing"
            ),
            (.cancelled, "The request was cancelled"),
        ])
    func sentences(error: DocSpaceError, text: String) {
        #expect(error.description == text)
        #expect(error.errorDescription == text)
        #expect(error.localizedDescription == text)
    }

    @Test("retryable for reads and unclear")
    func classification() {
        #expect(DocSpaceError.rateLimited(retryAfter: nil).isRetryableForReads)
        #expect(DocSpaceError.server(status: 503, message: nil).isRetryableForReads)
        #expect(DocSpaceError.transport(message: "x").isRetryableForReads)
        #expect(!DocSpaceError.server(status: 500, message: nil).isRetryableForReads)
        #expect(!DocSpaceError.timeout(seconds: 1).isRetryableForReads)
        #expect(!DocSpaceError.forbidden(message: nil).isRetryableForReads)
        #expect(DocSpaceError.timeout(seconds: 1).isUnclear)
        #expect(DocSpaceError.transport(message: "x").isUnclear)
        #expect(DocSpaceError.server(status: 504, message: nil).isUnclear)
        #expect(!DocSpaceError.server(status: 500, message: nil).isUnclear)
        #expect(!DocSpaceError.forbidden(message: nil).isUnclear)
        #expect(!DocSpaceError.cancelled.isUnclear)
    }
}
