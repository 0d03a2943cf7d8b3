import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `demo-server --rate-limit`: the real binary with the cloud's rate limiter on (issue 14,
/// rule 17); without the flag the limiter is off, as on a self-hosted portal.
@Suite("demo-server --rate-limit", .serialized)
struct DemoServerRateLimitTests {
    /// Six `PUT people/invite` (a `SensitiveApi` route: 5 per 15 minutes) as the owner's key.
    private func sixResends(_ server: DemoServerProcess) async throws -> [(status: Int, retryAfter: String?)] {
        var answers: [(Int, String?)] = []
        for _ in 0..<6 {
            var request = URLRequest(url: URL(string: server.baseURL + "/api/2.0/people/invite")!)
            request.httpMethod = "PUT"
            request.setValue("Bearer \(server.apiKey)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(#"{"userIds":[],"resendAll":false}"#.utf8)
            let (_, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            answers.append((http.statusCode, http.value(forHTTPHeaderField: "Retry-After")))
        }
        return answers
    }

    @Test func theFlagTurnsOnTheCloudLimits() async throws {
        let server = try DemoServerProcess(users: 20, extra: ["--rate-limit"])
        defer { server.stop() }
        let answers = try await sixResends(server)
        #expect(answers.prefix(5).allSatisfy { $0.status == 200 }, "\(answers)")
        #expect(answers.last?.status == 429)
        #expect(answers.last?.retryAfter.flatMap(Int.init).map { $0 > 0 && $0 <= 900 } == true, "\(answers)")
    }

    @Test func withoutTheFlagNothingIsLimited() async throws {
        let server = try DemoServerProcess(users: 20)
        defer { server.stop() }
        let answers = try await sixResends(server)
        #expect(answers.allSatisfy { $0.status == 200 }, "\(answers)")
    }
}
