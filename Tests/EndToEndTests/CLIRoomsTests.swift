import Foundation
import Testing

/// `rooms PERSON`, the real binary against `demo-server`: the demo's room owners (Zoë owns
/// rooms; some people are members of rooms others own).
@Suite("CLI rooms", .serialized)
struct CLIRoomsTests {
    private func rows(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func roomsListsOwnedThenMemberOf() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: makeTemporaryHome())
        let zoe = "zoe.aeroskobing@example.com"

        let all = try runBinary(["rooms", zoe, "--json"], environment: env)
        #expect(all.status == 0, "\(all.stderr)")
        let listed = try rows(all.stdout)
        let owned = listed.filter { $0["relation"] as? String == "owner" }
        let member = listed.filter { $0["relation"] as? String == "member" }
        #expect(!owned.isEmpty, "Zoë owns rooms in the demo")
        let zoeID = try #require(owned.first?["ownerID"] as? String)
        #expect(owned.allSatisfy { $0["ownerID"] as? String == zoeID })
        #expect(member.allSatisfy { $0["ownerID"] as? String != zoeID }, "member-of leaves her own rooms out")
        #expect(listed.map { $0["relation"] as? String } == owned.map { _ in "owner" } + member.map { _ in "member" })

        let onlyOwned = try runBinary(["rooms", zoe, "--owned", "--json"], environment: env)
        #expect(onlyOwned.status == 0, "\(onlyOwned.stderr)")
        #expect(
            try rows(onlyOwned.stdout).compactMap { $0["id"] as? String } == owned.compactMap { $0["id"] as? String })
        let onlyMember = try runBinary(["rooms", zoe, "--member", "--json"], environment: env)
        #expect(
            try rows(onlyMember.stdout).compactMap { $0["id"] as? String } == member.compactMap { $0["id"] as? String })

        let csv = try runBinary(["rooms", zoe, "--csv"], environment: env)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "relation,id,title,type,owner id,owner name,created")
        #expect(lines.count == listed.count + 1)

        let table = try runBinary(["rooms", zoe], environment: env)
        #expect(table.status == 0)
        #expect(table.stdout.contains("owns \(owned.count) room"))
        let firstTitle = try #require(owned.first?["title"] as? String)
        #expect(table.stdout.contains(firstTitle))

        let both = try runBinary(["rooms", zoe, "--owned", "--member"], environment: env)
        #expect(both.status != 0, "--owned and --member together are refused")
        #expect(both.stderr.contains("choose one of --owned and --member"))

        let nobody = try runBinary(["rooms", "invited.user@example.org", "--owned"], environment: env)
        #expect(nobody.status == 0, "\(nobody.stderr)")
        #expect(nobody.stdout.contains("owns no rooms"))
    }
}
