import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCLI

/// `delete --reassign-to` and Ctrl-C: the portal answers a cancel Canceled and completed even
/// for a hand-over that had finished (`TerminateReassign`, `QueueWorker.Terminate`), so the
/// report comes from what the person still owns (`reassign/necessary`), not from that answer.
@Suite("CLI hand-over cancelled with Ctrl-C")
struct HandoverCancelTests {
    /// Ctrl-C has come.
    struct Pressed: InterruptSignal { var isInterrupted: Bool { true } }

    /// Answers by route: the start (running, 0 %), the cancel (Canceled, completed, 100 %),
    /// and `reassign/necessary` with `stillOwns`.
    actor Portal: HTTPTransport {
        let stillOwns: Bool
        private(set) var routes: [String] = []
        init(stillOwns: Bool) { self.stillOwns = stillOwns }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let path = request.url.path
            routes.append("\(request.method.rawValue) \(path)")
            func ok(_ response: String) -> HTTPResponse {
                HTTPResponse(
                    status: 200, headers: ["Content-Type": "application/json"],
                    body: Data(#"{"count":1,"response":\#(response),"status":0,"statusCode":200}"#.utf8))
            }
            switch path {
            case "/api/2.0/people/reassign/start":
                return ok(#"{"id":"t","error":null,"percentage":0,"isCompleted":false,"status":1}"#)
            case "/api/2.0/people/reassign/terminate":
                return ok(#"{"id":"t","error":null,"percentage":100,"isCompleted":true,"status":3}"#)
            case "/api/2.0/people/reassign/necessary":
                return ok(stillOwns ? "true" : "false")
            default:
                return HTTPResponse(status: 404)
            }
        }
    }

    static func handOver(stillOwns: Bool) async -> (String?, [String]) {
        let portal = Portal(stillOwns: stillOwns)
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "https://portal.example.com")!, credentials: .apiKey("sk-test")), transport: portal
        )
        let leaver = Person(id: "leaver", displayName: "Leaver", email: "leaver@example.com", status: .terminated)
        let receiver = Person(id: "receiver", displayName: "Receiver", email: "receiver@example.com", isAdmin: true)
        let problem = await DeleteHandover(client: client).handOver(leaver, to: receiver, interrupt: Pressed())
        return (problem, await portal.routes)
    }

    @Test("Finished before the cancel landed: the person owns nothing more, so the hand-over is done")
    func finishedFirst() async {
        let (problem, routes) = await Self.handOver(stillOwns: false)
        #expect(problem == nil)
        #expect(
            routes == [
                "POST /api/2.0/people/reassign/start", "PUT /api/2.0/people/reassign/terminate",
                "GET /api/2.0/people/reassign/necessary",
            ])
    }

    @Test("Stopped part-way: they still own rooms or shared files, whatever the cancel's answer said")
    func stoppedPartWay() async {
        let (problem, _) = await Self.handOver(stillOwns: true)
        #expect(
            problem?.contains("hand-over cancelled at your request (Ctrl-C)") == true, "\(String(describing: problem))")
        #expect(problem?.contains("they still own rooms or shared files") == true)
    }
}
