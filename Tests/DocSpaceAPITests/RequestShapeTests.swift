import Foundation
import Testing

@testable import DocSpaceAPI

@Suite("Request shapes")
struct RequestShapeTests {
    private static let personBody = HTTPResponse.ok(#"{"id":"p1"}"#)
    private static let peopleBody = HTTPResponse.ok(#"[{"id":"p1"}]"#)
    private static let taskBody = HTTPResponse.ok(#"{"id":"t","percentage":0,"isCompleted":false,"status":1}"#)

    /// Sends one call and returns the one request the transport saw.
    private func request(
        answer: HTTPResponse, baseURL: URL = TestClient.baseURL,
        _ call: @Sendable (DocSpaceClient) async throws -> Void
    ) async throws -> HTTPRequest {
        try await TestClient.lastRequest(answer: answer, baseURL: baseURL, onlyOne: true, call)
    }

    @Test("headers: exactly 'Bearer ', Accept, User-Agent; Content-Type only with a body")
    func headers() async throws {
        let get = try await request(answer: Self.personBody) { _ = try await $0.me() }
        #expect(get.headers["Authorization"] == "Bearer \(TestClient.apiKey)")
        #expect(get.headers["accept"] == "application/json")
        #expect(get.headers["User-Agent"] == "docspace-people-tests")
        #expect(get.headers["Content-Type"] == nil)
        #expect(get.body == nil)
        #expect(get.timeout == 30)

        let put = try await request(answer: Self.peopleBody) { _ = try await $0.delete(ids: ["a"]) }
        #expect(put.headers["Content-Type"] == "application/json")
    }

    @Test("a token is sent as Bearer too; no credentials send no Authorization")
    func tokenAndNone() async throws {
        let transport = ScriptedTransport(Self.personBody, Self.personBody)
        _ = try await TestClient.make(transport, credentials: .token("tok-123")).me()
        #expect(await transport.lastRequest?.headers["Authorization"] == "Bearer tok-123")
        _ = try await TestClient.make(transport, credentials: .none).me()
        #expect(await transport.lastRequest?.headers["Authorization"] == nil)
    }

    @Test("GET people/@self under a base URL with a path prefix and trailing slash")
    func me() async throws {
        let r = try await request(answer: Self.personBody, baseURL: URL(string: "https://host.test/docspace/")!) {
            _ = try await $0.me()
        }
        #expect(r.method == .get)
        #expect(r.url.absoluteString == "https://host.test/docspace/api/2.0/people/@self")
    }

    @Test("GET people/filter: every parameter, numbers for enums, + and @ percent-encoded")
    func filter() async throws {
        let query = PeopleQuery(
            text: "jane+tag@example.com", status: .active, types: [.roomAdmin, .user],
            activationStatus: .pending, sortBy: .email, sortOrder: .descending,
            startIndex: 200, count: 50)
        let r = try await request(answer: Self.peopleBody) { _ = try await $0.people(query) }
        #expect(r.method == .get)
        #expect(
            r.pathAndQuery == "/api/2.0/people/filter?count=50&startIndex=200&sortBy=email&sortOrder=1"
                + "&filterValue=jane%2Btag%40example.com&employeeStatus=1&employeeTypes=1&employeeTypes=4&activationStatus=2"
        )
    }

    @Test("GET people/filter: defaults, and one type as employeeType")
    func filterDefaults() async throws {
        let r = try await request(answer: Self.peopleBody) {
            _ = try await $0.people(PeopleQuery(text: "  ", types: [.guest]))
        }
        #expect(
            r.pathAndQuery
                == "/api/2.0/people/filter?count=100&startIndex=0&sortBy=displayname&sortOrder=0&employeeType=2")
    }

    @Test("spaces and non-ASCII in search text")
    func filterText() async throws {
        let r = try await request(answer: Self.peopleBody) {
            _ = try await $0.people(PeopleQuery(text: "Zoë O'Brien&co"))
        }
        #expect(r.pathAndQuery.contains("filterValue=Zo%C3%AB%20O%27Brien%26co"))
    }

    @Test("count outside 1…100 or a negative start fails without a request", arguments: [0, 101, 500, -1])
    func countValidated(count: Int) async {
        let transport = ScriptedTransport(Self.peopleBody)
        let error = await docSpaceError { try await TestClient.make(transport).people(PeopleQuery(count: count)) }
        guard case .badRequest(_, let fields)? = error else {
            Issue.record("expected badRequest, got \(String(describing: error))")
            return
        }
        #expect(fields["count"] != nil)
        #expect(await transport.requestCount == 0)
        let negative = await docSpaceError { try await TestClient.make(transport).people(PeopleQuery(startIndex: -1)) }
        #expect(negative != nil)
        #expect(await transport.requestCount == 0)
    }

    @Test("the page's total comes from the envelope, else from the page itself")
    func pageTotal() async throws {
        let transport = ScriptedTransport(
            .ok(#"[{"id":"a"},{"id":"b"}]"#, total: 37), .json(200, #"{"response":[{"id":"a"}]}"#))
        let client = TestClient.make(transport)
        let page = try await client.people(PeopleQuery(startIndex: 10, count: 2))
        #expect(
            page
                == PeoplePage(
                    people: [Person(id: "a", displayName: "a"), Person(id: "b", displayName: "b")], startIndex: 10,
                    total: 37))
        #expect(try await client.people(PeopleQuery(startIndex: 5)).total == 6)
    }

    @Test("GET people/{id} encodes the id as one path segment")
    func personByID() async throws {
        let r = try await request(answer: Self.personBody) { _ = try await $0.person(id: "jane.doe") }
        #expect(r.pathAndQuery == "/api/2.0/people/jane.doe")
        let odd = try await request(answer: Self.personBody) { _ = try await $0.person(id: "a/b?c") }
        #expect(odd.pathAndQuery == "/api/2.0/people/a%2Fb%3Fc")
    }

    @Test("GET people/email?email= with + and @ encoded")
    func personByEmail() async throws {
        let r = try await request(answer: Self.personBody) { _ = try await $0.person(email: "jane+x@example.com") }
        #expect(r.method == .get)
        #expect(r.pathAndQuery == "/api/2.0/people/email?email=jane%2Bx%40example.com")
    }

    @Test("POST people with the type's name; password only when given")
    func create() async throws {
        let r = try await request(answer: Self.personBody) {
            _ = try await $0.create(
                NewPerson(firstName: "Jane", lastName: "Doe", email: "jane@example.com", type: .roomAdmin))
        }
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/people")
        #expect(r.bodyText == #"{"email":"jane@example.com","firstName":"Jane","lastName":"Doe","type":"RoomAdmin"}"#)

        let withPassword = try await request(answer: Self.personBody) {
            _ = try await $0.create(
                NewPerson(firstName: "A", lastName: "B", email: "a@b.io", type: .docSpaceAdmin, password: "S3cret!pw"))
        }
        #expect(
            withPassword.bodyText
                == #"{"email":"a@b.io","firstName":"A","lastName":"B","password":"S3cret!pw","type":"DocSpaceAdmin"}"#)
    }

    @Test("a guest is created through POST people/active")
    func createGuest() async throws {
        let r = try await request(answer: Self.personBody) {
            _ = try await $0.create(NewPerson(firstName: "G", lastName: "", email: "g@x.io", type: .guest))
        }
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/people/active")
        #expect(r.bodyText == #"{"email":"g@x.io","firstName":"G","lastName":"","type":"Guest"}"#)
    }

    @Test("POST people/invite")
    func invite() async throws {
        let r = try await request(answer: .ok(#"[{"id":"n1","displayName":"new@x.io"}]"#)) {
            let pending = try await $0.invite(
                [Invitation(email: "new@x.io", type: .user), Invitation(email: "b@x.io", type: .roomAdmin)],
                culture: nil)
            #expect(pending.map(\.id) == ["n1"])
        }
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/people/invite")
        // No culture: none sent, the portal's own language.
        #expect(
            r.bodyText == #"{"invitations":[{"email":"new@x.io","type":"User"},{"email":"b@x.io","type":"RoomAdmin"}]}"#
        )
        let withCulture = try await request(answer: .ok("[]")) {
            _ = try await $0.invite([Invitation(email: "new@x.io", type: .user)], culture: Culture("pt-BR"))
        }
        #expect(withCulture.bodyText == #"{"culture":"pt-BR","invitations":[{"email":"new@x.io","type":"User"}]}"#)
    }

    @Test("PUT people/invite with resendAll false")
    func resend() async throws {
        let r = try await request(answer: Self.peopleBody) { _ = try await $0.resendInvitations(ids: ["a", "b"]) }
        #expect(r.method == .put)
        #expect(r.pathAndQuery == "/api/2.0/people/invite")
        #expect(r.bodyText == #"{"resendAll":false,"userIds":["a","b"]}"#)
    }

    @Test("PUT people/status/Terminated and /Active")
    func status() async throws {
        let terminate = try await request(answer: Self.peopleBody) {
            _ = try await $0.setStatus(.terminated, ids: ["a"])
        }
        #expect(terminate.method == .put)
        #expect(terminate.pathAndQuery == "/api/2.0/people/status/Terminated")
        #expect(terminate.bodyText == #"{"userIds":["a"]}"#)
        let activate = try await request(answer: Self.peopleBody) {
            _ = try await $0.setStatus(.active, ids: ["a", "b"])
        }
        #expect(activate.pathAndQuery == "/api/2.0/people/status/Active")
    }

    @Test("setting status Pending fails without a request")
    func statusPending() async {
        let transport = ScriptedTransport(Self.peopleBody)
        let error = await docSpaceError { try await TestClient.make(transport).setStatus(.pending, ids: ["a"]) }
        #expect(error?.description.contains("Incorrect status") == true)
        #expect(await transport.requestCount == 0)
    }

    @Test("PUT people/type/{name}", arguments: EmployeeType.allCases)
    func upgradeType(type: EmployeeType) async throws {
        let r = try await request(answer: Self.peopleBody) { _ = try await $0.upgradeType(type, ids: ["a"]) }
        #expect(r.method == .put)
        #expect(r.pathAndQuery == "/api/2.0/people/type/\(type.rawValue)")
        #expect(r.bodyText == #"{"userIds":["a"]}"#)
    }

    @Test("POST people/type, GET people/type/progress/{id}")
    func typeChange() async throws {
        let start = try await request(answer: Self.taskBody) {
            let task = try await $0.startTypeChange(userId: "u1", to: .user, reassignTo: "r1")
            #expect(task.state == .running)
        }
        #expect(start.method == .post)
        #expect(start.pathAndQuery == "/api/2.0/people/type")
        #expect(start.bodyText == #"{"reassignUserId":"r1","type":"User","userId":"u1"}"#)

        let noReassign = try await request(answer: Self.taskBody) {
            _ = try await $0.startTypeChange(userId: "u1", to: .guest, reassignTo: nil)
        }
        #expect(noReassign.bodyText == #"{"type":"Guest","userId":"u1"}"#)

        let progress = try await request(answer: Self.taskBody) { _ = try await $0.typeChangeProgress(userId: "u1") }
        #expect(progress.method == .get)
        #expect(progress.pathAndQuery == "/api/2.0/people/type/progress/u1")

        let cancel = try await request(answer: Self.taskBody) { _ = try await $0.cancelTypeChange(userId: "u1") }
        #expect(cancel.method == .put)
        #expect(cancel.pathAndQuery == "/api/2.0/people/type/terminate")
        #expect(cancel.bodyText == #"{"userId":"u1"}"#)
    }

    @Test("DELETE people/{id} and PUT people/delete")
    func delete() async throws {
        let one = try await request(answer: Self.personBody) { _ = try await $0.delete(id: "p1") }
        #expect(one.method == .delete)
        #expect(one.pathAndQuery == "/api/2.0/people/p1")
        #expect(one.body == nil)
        let many = try await request(answer: Self.peopleBody) { _ = try await $0.delete(ids: ["p1", "p2"]) }
        #expect(many.method == .put)
        #expect(many.pathAndQuery == "/api/2.0/people/delete")
        #expect(many.bodyText == #"{"userIds":["p1","p2"]}"#)
    }

    @Test("reassign: necessary, start, progress")
    func reassign() async throws {
        let necessary = try await request(answer: .ok("true")) {
            let necessary = try await $0.reassignNecessary(userId: "u1")
            #expect(necessary)
        }
        #expect(necessary.method == .get)
        // `type=Guest`: the only question the server answers about shared files as well as rooms.
        #expect(necessary.pathAndQuery == "/api/2.0/people/reassign/necessary?userId=u1&type=Guest")

        let start = try await request(answer: Self.taskBody) {
            _ = try await $0.startReassign(from: "u1", to: "u2", deleteProfile: true)
        }
        #expect(start.method == .post)
        #expect(start.pathAndQuery == "/api/2.0/people/reassign/start")
        #expect(start.bodyText == #"{"deleteProfile":true,"fromUserId":"u1","toUserId":"u2"}"#)

        let progress = try await request(answer: Self.taskBody) { _ = try await $0.reassignProgress(userId: "u1") }
        #expect(progress.pathAndQuery == "/api/2.0/people/reassign/progress/u1")

        let cancel = try await request(answer: Self.taskBody) { _ = try await $0.cancelReassign(userId: "u1") }
        #expect(cancel.method == .put)
        #expect(cancel.pathAndQuery == "/api/2.0/people/reassign/terminate")
        #expect(cancel.bodyText == #"{"userId":"u1"}"#)
    }

    @Test("login: POST authentication without Authorization; token and expiry back")
    func login() async throws {
        let transport = ScriptedTransport(.json(200, DocExamples.auth))
        let token = try await DocSpaceClient.login(
            baseURL: TestClient.baseURL, userName: "admin@example.com",
            password: "pw+1", transport: transport)
        #expect(token.token == "Ph1rNq4c3…t9A=")
        #expect(token.expires?.text == "2027-08-13T09:41:27.1234567Z")
        let r = try #require(await transport.lastRequest)
        #expect(r.method == .post)
        #expect(r.pathAndQuery == "/api/2.0/authentication")
        #expect(r.headers["Authorization"] == nil)
        #expect(r.bodyText == #"{"password":"pw+1","userName":"admin@example.com"}"#)
    }

    @Test("login failures: 401 with the server's message, 403 User disabled, 2FA")
    func loginFailures() async {
        let transport = ScriptedTransport(
            .json(401, DocExamples.loginFailed),
            .json(403, #"{"error":{"message":"User disabled"},"status":1,"statusCode":403}"#),
            .ok(#"{"sms":false,"tfa":true,"tfaKey":"abc","confirmUrl":"https://p/confirm"}"#))
        func login() async -> DocSpaceError? {
            await docSpaceError {
                try await DocSpaceClient.login(
                    baseURL: TestClient.baseURL, userName: "a@b.io", password: "pw", transport: transport)
            }
        }
        #expect(await login() == .unauthorized(message: "User authentication failed"))
        #expect(await login() == .forbidden(message: "User disabled"))
        guard case .unauthorized(let message)? = await login() else {
            Issue.record("2FA should be unauthorized")
            return
        }
        #expect(message?.contains("two-factor") == true)
    }
}
