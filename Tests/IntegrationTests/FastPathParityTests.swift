import Foundation
import StandInPortal
import Testing

@testable import DocSpaceAPI

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The client reads pages of people with a hand-written fast path (`PeopleListScanner`) that
/// must agree with its Codable decoders. Here it reads the stand-in's real page bodies — the
/// demo directory's HTML-encoded, escaped, every-script names, groups, creators and dates —
/// with both, for the owner and for a room admin (who sees fewer members).
@Suite("Fast path parity on the stand-in's pages")
struct FastPathParityTests {
    @Test func everyPageReadsTheSameThroughTheFastPathAndCodable() async throws {
        try await LivePortal.run(LivePortal.options(users: 600)) { portal in
            let roomAdminEmail = "parity.room.admin@example.com"
            _ = await portal.add(roomAdminEmail, type: .roomAdmin)
            let roomAdminToken = try #require(await portal.server.issueToken(forEmail: roomAdminEmail))
            for token in [LivePortal.apiKey, roomAdminToken] {
                for start in stride(from: 0, to: 700, by: 100) {
                    let body = try await Self.body(
                        portal.url, "/api/2.0/people/filter?count=100&startIndex=\(start)", token: token)
                    let fast = try #require(
                        PeopleListScanner.payload(from: body), "the stand-in's page takes the fast path")
                    let slow = try JSONDecoder().decode(Payload<PeopleList>.self, from: body)
                    #expect(fast.total == slow.total)
                    #expect(fast.response?.people.count == slow.response?.people.count)
                    for (a, b) in zip(fast.response?.people ?? [], slow.response?.people ?? []) {
                        #expect(a == b)
                    }
                }
            }
        }
    }

    static func body(_ base: URL, _ target: String, token: String) async throws -> Data {
        var request = URLRequest(url: try #require(URL(string: base.absoluteString + target)))
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        return data
    }
}
