import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

@testable import PeopleCLI

/// The shape of bulk work against the stand-in, counted by the portal: status changes go
/// 100 ids per request, and the people named are found without one request per person.
@Suite("Shape: bulk commands")
struct ShapeBulkTests {
    static let statusRoute = "PUT /api/2.0/people/status/{status}"
    static let pageRoute = "GET /api/2.0/people/filter"
    static let byIDRoute = "GET /api/2.0/people/{userid}"
    static let byEmailRoute = "GET /api/2.0/people/email"

    /// Adds `count` active users named `prefix-N@example.org`; their e-mails, in order.
    static func addPeople(_ count: Int, prefix: String, to portal: LivePortal) async -> [String] {
        var emails: [String] = []
        for index in 0..<count {
            let email = "\(prefix)-\(index)@example.org"
            _ = await portal.add(email)
            emails.append(email)
        }
        return emails
    }

    @Test("terminating 250 people sends 3 status requests, and every one is reported done")
    func terminate250() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 30)) { portal in
            let emails = await Self.addPeople(250, prefix: "leaver", to: portal)
            await portal.server.resetStats()

            let audit = AuditTrail(
                portal: "shape", log: AuditLogFile(directory: NSTemporaryDirectory() + "shape-" + UUID().uuidString))
            let report = try await ChangeCommand(kind: .terminate, client: portal.client(), audit: audit)
                .results(for: emails, dryRun: false).rows

            #expect(await portal.requests(Self.statusRoute) == 3)
            #expect(report.entries.count == 250)
            #expect(report.count(of: .done) == 250, "\(report.entries.filter { $0.result != "done" }.prefix(3))")
            for email in [emails[0], emails[99], emails[100], emails[249]] {
                #expect(await portal.server.snapshot(email: email)?.status == .terminated)
            }
        }
    }

    @Test("many people are found in one pass over the listing, not one request each")
    func manyTargetsReadTheListing() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 500)) { portal in
            let emails = await Self.addPeople(250, prefix: "many", to: portal)
            var inputs = emails
            // By id and by user name too, and in any case, as people type them.
            let third = try #require(await portal.server.snapshot(email: emails[3]))
            let fourth = try #require(await portal.server.snapshot(email: emails[4]))
            inputs[3] = third.id.uppercased()
            inputs[4] = fourth.userName
            inputs[5] = emails[5].uppercased()
            // Nobody has these: they are looked up on their own, and fail as before.
            inputs += ["nobody@example.org", "no-such-user"]
            await portal.server.resetStats()

            let resolved = await TargetReread.read(typed: inputs, client: portal.client())

            #expect(resolved.map(\.input) == inputs, "results come in the inputs' order")
            let found = resolved.map { try? $0.result.get() }
            #expect(found.prefix(250).map { $0?.email } == emails)
            #expect(found[3]?.id == third.id)
            guard case .failure(.notFound(_)) = resolved[250].result else {
                Issue.record("nobody@example.org: \(resolved[250].result)")
                return
            }
            guard case .failure(.notFound(_)) = resolved[251].result else {
                Issue.record("no-such-user: \(resolved[251].result)")
                return
            }
            #expect(await portal.requests(Self.pageRoute) == 8, "⌈750/100⌉ pages")
            #expect(await portal.requests(Self.byEmailRoute) == 1)
            #expect(await portal.requests(Self.byIDRoute) == 1)
        }
    }

    @Test("a few people are looked up one by one; the listing is not read")
    func fewTargetsAreLookedUp() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 500)) { portal in
            let emails = await Self.addPeople(5, prefix: "few", to: portal)
            await portal.server.resetStats()

            let resolved = await TargetReread.read(typed: emails, client: portal.client())

            let found = resolved.map { try? $0.result.get().email }
            #expect(found == emails)
            #expect(await portal.requests(Self.pageRoute) == 0)
            #expect(await portal.requests(Self.byEmailRoute) == 5)
        }
    }

    @Test("on a portal much larger than the list, one page is read and the rest are looked up")
    func largePortalFewTargets() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 3_000)) { portal in
            let emails = await Self.addPeople(25, prefix: "large", to: portal)
            await portal.server.resetStats()

            let resolved = await TargetReread.read(typed: emails, client: portal.client())

            let found = resolved.map { try? $0.result.get().email }
            #expect(found == emails)
            // 30 more pages would cost more than 25 single lookups.
            #expect(await portal.requests(Self.pageRoute) == 1)
            #expect(await portal.requests(Self.byEmailRoute) == 25)
        }
    }
}
