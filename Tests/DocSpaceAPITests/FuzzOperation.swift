import DocSpaceAPI
import Foundation

/// The client call a fuzzed answer is given to: every `PeopleClient` shape of result (a
/// person, a page, a list of people, summaries, a task, an optional task, a boolean) and the
/// login answer.
enum FuzzOperation: String, CaseIterable, Sendable {
    case me, personByID, personByEmail, list, setStatus, invite, startTypeChange, typeChangeProgress
    case reassignNecessary, deleteOne, deleteMany, login

    /// The shapes of the operation's own successful answers.
    var expectedShapes: [FuzzShape] {
        switch self {
        case .me, .personByID, .personByEmail, .deleteOne: [.person, .error]
        case .list: [.people, .error]
        case .setStatus, .deleteMany: [.persons, .people, .error]
        case .invite: [.summaries, .error]
        case .startTypeChange, .typeChangeProgress: [.task, .void, .error]
        case .reassignNecessary: [.bool, .error]
        case .login: [.auth, .error]
        }
    }

    /// The page `list` asks for (so a page's `startIndex` can be checked).
    static let listQuery = PeopleQuery(startIndex: 40, count: 20)

    /// Calls the client with `answer` as the portal's every answer; returns the value.
    func call(with answer: HTTPResponse) async throws -> FuzzValue {
        let transport = FuzzTransport(answer: answer)
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: FuzzOracle.baseURL, credentials: .apiKey(FuzzOracle.apiKey), timeout: 5,
                maxReadRetries: 1, userAgent: "docspace-people-fuzz", sleep: { _ in }), transport: transport)
        switch self {
        case .me: return .person(try await client.me())
        case .personByID: return .person(try await client.person(id: "3f9a6c2e-8d1b-4c7e-9a55-2b1d0e6f7c88"))
        case .personByEmail: return .person(try await client.person(email: "jane.doe@example.com"))
        case .list: return .page(try await client.people(Self.listQuery))
        case .setStatus: return .people(try await client.setStatus(.terminated, ids: ["a", "b"]))
        case .invite:
            return .summaries(
                try await client.invite([Invitation(email: "new@example.com", type: .user)], culture: nil))
        case .startTypeChange: return .task(try await client.startTypeChange(userId: "a", to: .guest, reassignTo: nil))
        case .typeChangeProgress: return .optionalTask(try await client.typeChangeProgress(userId: "a"))
        case .reassignNecessary: return .bool(try await client.reassignNecessary(userId: "a"))
        case .deleteOne: return .person(try await client.delete(id: "a"))
        case .deleteMany: return .people(try await client.delete(ids: ["a", "b"]))
        case .login:
            return .token(
                try await DocSpaceClient.login(
                    baseURL: FuzzOracle.baseURL, userName: "owner@example.com",
                    password: FuzzOracle.password, transport: transport, timeout: 5))
        }
    }
}

/// What an operation returned.
enum FuzzValue: Sendable {
    case person(Person)
    case page(PeoplePage)
    case people([Person])
    case summaries([PersonSummary])
    case task(TaskProgress)
    case optionalTask(TaskProgress?)
    case bool(Bool)
    case token(AuthToken)
}

/// Answers every request with the same response (a read's retry gets it again).
struct FuzzTransport: HTTPTransport {
    let answer: HTTPResponse
    func send(_ request: HTTPRequest) async throws -> HTTPResponse { answer }
}
