import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The stand-in's own routes (`/__standin/stats`), which need no token: what the portal
/// received is counted by the portal, not by the client being measured.
struct StandInControl: Sendable {
    let baseURL: URL

    struct Stats: Sendable {
        var total: Int
        var maxInFlight: Int
        var perRoute: [String: Int]
    }

    func resetStats() async throws {
        _ = try await stats(method: "DELETE")
    }

    func stats() async throws -> Stats {
        try await stats(method: "GET")
    }

    private func stats(method: String) async throws -> Stats {
        var request = URLRequest(url: baseURL.appendingPathComponent("__standin/stats"))
        request.httpMethod = method
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200,
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let total = object["total"] as? Int, let maxInFlight = object["maxInFlight"] as? Int
        else { throw BenchFailure("\(method) /__standin/stats: unexpected answer") }
        return Stats(total: total, maxInFlight: maxInFlight, perRoute: object["perRoute"] as? [String: Int] ?? [:])
    }
}
