import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

/// `terminate`/`delete`/`set-type` (`--dry-run` included) find many people through the
/// portal's listing; a portal claiming a huge total must not size anything.
@Suite("Claimed totals when finding people")
struct ClaimedTotalTests {
    /// A portal of `people` people whose every page claims `total`; single lookups answer 404.
    struct ClaimingTransport: HTTPTransport {
        let people: Int
        let total: String
        let log = RequestLog()

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            log.add(request.url.path)
            guard request.url.path.hasSuffix("/people/filter") else {
                return HTTPResponse(
                    status: 404,
                    body: Data(#"{"error":{"message":"The user could not be found"},"status":1,"statusCode":404}"#.utf8)
                )
            }
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let start = items.first { $0.name == "startIndex" }?.value.flatMap(Int.init) ?? 0
            let rows = max(0, min(100, people - start))
            let list = (start..<start + rows).map {
                #"{"id":"id-\#($0)","displayName":"P \#($0)","email":"p\#($0)@example.com"}"#
            }
            let body = #"{"response":[\#(list.joined(separator: ","))],"total":\#(total),"status":0,"statusCode":200}"#
            return HTTPResponse(status: 200, body: Data(body.utf8))
        }
    }

    final class RequestLog: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []
        func add(_ path: String) { lock.withLock { paths.append(path) } }
        var all: [String] { lock.withLock { paths } }
    }

    @Test(
        "20 people named on a portal claiming Int.max or 1e11: found without paging the claim",
        arguments: ["9223372036854775807", "1e11"])
    func twentyPeople(total: String) async {
        let transport = ClaimingTransport(people: 150, total: total)
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "https://portal.example")!,
                credentials: .token("t"), maxReadRetries: 0),
            transport: transport)
        let inputs = (100..<120).map { "p\($0)@example.com" }
        let resolved = await TargetReread.read(typed: inputs, client: client)
        #expect(resolved.count == 20)
        // One page tells the claim; reading on would cost more than looking the 20 up alone.
        #expect(transport.log.all.count <= 1 + 20, "\(transport.log.all.count) requests")
    }
}
