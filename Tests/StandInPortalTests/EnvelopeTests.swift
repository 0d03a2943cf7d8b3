import Foundation
import StandInPortal
import Testing

/// The response envelopes (`CommonApiResponse`): success, error, model validation, void, and the bare
/// answers of the authentication and routing layers.
@Suite struct EnvelopeTests {
    @Test func singleObjectEnvelopeHasCountOneLinksAndNoTotal() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/@self", token: h.ownerToken)
            #expect(r.status == 200)
            let o = r.object
            #expect(o["count"] as? Int == 1)
            #expect(o["total"] == nil)
            #expect(o["status"] as? Int == 0)
            #expect(o["statusCode"] as? Int == 200)
            let links = try #require(o["links"] as? [[String: Any]])
            #expect(links.count == 1)
            #expect(links[0]["action"] as? String == "GET")
            #expect(links[0]["href"] as? String == h.client.baseURL.absoluteString + "/api/2.0/people/@self")
            #expect(r.person["email"] as? String == PortalHarness.ownerEmail)
        }
    }

    @Test func filteredListCarriesPageCountAndTotal() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/filter?count=7&startIndex=3", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.people.count == 7)
            #expect(r.object["count"] as? Int == 7)
            #expect(r.object["total"] as? Int == 120)
            let href = (r.object["links"] as? [[String: Any]])?.first?["href"] as? String
            #expect(href?.hasSuffix("/api/2.0/people/filter?count=7&startIndex=3") == true)
        }
    }

    @Test(arguments: ["0", "101", "-1"])
    func countOutsideOneToHundredIsAValidationProblemInsideTheSuccessShape(count: String) async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/filter?count=\(count)", token: h.ownerToken)
            #expect(r.status == 400)
            #expect(r.object["error"] == nil)
            #expect(r.object["status"] as? Int == 1)
            #expect(r.object["statusCode"] as? Int == 400)
            #expect(r.object["count"] as? Int == 1)
            let problem = r.person
            #expect(problem["title"] as? String == "One or more validation errors occurred.")
            #expect(problem["status"] as? Int == 400)
            let errors = try #require(problem["errors"] as? [String: [String]])
            #expect(errors["count"] == ["The field count must be between 1 and 100."])
        }
    }

    @Test func malformedGuidInUserIdsIsAValidationProblemAndChangesNothing() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken,
                json: ["userIds": [id, "not-a-guid"]])
            #expect(r.status == 400)
            #expect(r.object["status"] as? Int == 1)
            let errors = try #require(r.person["errors"] as? [String: [String]])
            #expect(errors.keys.contains("$.userIds[1]"))
            #expect(await h.snapshot(id)?.status == .active)
        }
    }

    @Test func unknownEnumNameInRouteIsAValidationProblem() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/status/Sleeping", token: h.ownerToken)
            #expect(r.status == 400)
            let errors = try #require(r.person["errors"] as? [String: [String]])
            #expect(errors["status"]?.first?.contains("Sleeping") == true)
        }
    }

    @Test func errorEnvelopeCarriesMessageTypeStackAndHresult() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/00000000-1111-4222-8333-444444444444", token: h.ownerToken)
            #expect(r.status == 404)
            #expect(r.object["status"] as? Int == 1)
            #expect(r.object["statusCode"] as? Int == 404)
            #expect(r.object["response"] == nil)
            let error = try #require(r.object["error"] as? [String: Any])
            #expect(error["message"] as? String == "The user could not be found")
            #expect(error["type"] as? String == "ASC.Common.Web.ItemNotFoundException")
            #expect((error["stack"] as? String)?.contains("at ASC.People.Api.") == true)
            #expect(error["hresult"] as? Int == -2_146_233_088)
        }
    }

    @Test func voidActionOmitsResponseWithCountZero() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.terminatedUser)
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/remove/terminate", token: h.ownerToken, json: ["userId": id])
            #expect(r.status == 200)
            #expect(r.object["response"] == nil)
            #expect(r.object["count"] as? Int == 0)
            #expect((r.object["links"] as? [[String: Any]])?.first?["action"] as? String == "PUT")
        }
    }

    @Test func creationAnswersHTTP200NotCreated() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send(
                "POST", "/api/2.0/people", token: h.ownerToken,
                json: ["firstName": "Jane", "lastName": "Roe", "email": "jane.roe.new@example.com", "type": "User"])
            #expect(r.status == 200)
            #expect(r.object["statusCode"] as? Int == 200)
            #expect(r.person["status"] as? Int == 1)
            #expect(r.person["activationStatus"] as? Int == 2)
            #expect(r.person["userName"] as? String == "jane.roe.new")
        }
    }

    @Test func missingOrBadTokenIsEmpty401() async throws {
        try await PortalHarness.run { h in
            let missing = try await h.client.get("/api/2.0/people/@self")
            #expect(missing.status == 401)
            #expect(missing.body.isEmpty)
            let bad = try await h.client.get("/api/2.0/people/@self", token: "not-a-token")
            #expect(bad.status == 401)
            #expect(bad.body.isEmpty)
        }
    }

    @Test func removedContactsRoutesAndUnknownRoutesAre404AndWrongMethodIs405() async throws {
        try await PortalHarness.run { h in
            let id = try await h.id(of: Cast.user)
            for method in ["PUT", "POST", "DELETE"] {
                let r = try await h.client.send(
                    method, "/api/2.0/people/\(id)/contacts", token: h.ownerToken,
                    json: ["contacts": [["type": "phone", "value": "1"]]])
                #expect(r.status == 404, "\(method) contacts")
            }
            #expect(try await h.client.get("/api/2.0/nothing-here", token: h.ownerToken).status == 404)
            #expect(try await h.client.send("PATCH", "/api/2.0/people/filter", token: h.ownerToken).status == 405)
        }
    }

    @Test func emptyBodyWhereOneIsRequiredIsAValidationProblem() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.send("PUT", "/api/2.0/people/delete", token: h.ownerToken)
            #expect(r.status == 400)
            let errors = try #require(r.person["errors"] as? [String: [String]])
            #expect(errors[""] == ["A non-empty request body is required."])
        }
    }

    @Test func asyncEnumerableEndpointsReportCountOneWhateverTheLength() async throws {
        try await PortalHarness.run { h in
            let ids = [try await h.id(of: Cast.user), try await h.id(of: Cast.roomAdmin)]
            let r = try await h.client.send(
                "PUT", "/api/2.0/people/status/Terminated", token: h.ownerToken, json: ["userIds": ids])
            #expect(r.status == 200)
            #expect(r.people.count == 2)
            #expect(r.object["count"] as? Int == 1)
        }
    }
}
