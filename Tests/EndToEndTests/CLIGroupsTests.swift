import Foundation
import Testing

/// `groups list` and `groups show` end to end: the real binary against `demo-server`.
@Suite("CLI groups end to end", .serialized)
struct CLIGroupsTests {
    private func environment(_ server: DemoServerProcess) throws -> [String: String] {
        server.environment(home: try DemoHome("dsp-groups").path)
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func listShowsNameHeadAndCountInEveryFormat() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = try environment(server)

        let listed = try runBinary(["groups", "list", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let groups = try #require(try json(listed.stdout) as? [[String: Any]])
        #expect(groups.count == 13)
        let names = groups.compactMap { $0["name"] as? String }
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() }, "by name, as the portal sorts")
        #expect(groups.allSatisfy { $0["membersCount"] is Int && $0["members"] == nil })
        let headed = try #require(groups.first { $0["manager"] != nil })
        let headName = try #require((headed["manager"] as? [String: Any])?["displayName"] as? String)

        let table = try runBinary(["groups", "list"], environment: env)
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME") == true)
        #expect(lines.first?.contains("HEAD") == true && lines.first?.contains("MEMBERS") == true)
        // A long head's name is cut to its column with "…": its start is there.
        #expect(lines.contains { $0.contains(headed["name"] as? String ?? "?") && $0.contains(headName.prefix(12)) })
        #expect(table.stderr.contains("1–13 of 13 groups"))

        let csv = try runBinary(["groups", "list", "--csv"], environment: env)
        #expect(csv.stdout.hasPrefix("name,head,headEmail,members,id\n"))
        #expect(csv.stdout.split(separator: "\n").count == 14)

        let searched = try runBinary(["groups", "list", "--search", "ENGIN", "--json"], environment: env)
        let found = try #require(try json(searched.stdout) as? [[String: Any]])
        #expect(found.compactMap { $0["name"] as? String } == ["Engineering"])

        let descending = try runBinary(["groups", "list", "--desc", "--limit", "2", "--json"], environment: env)
        let lastTwo = try #require(try json(descending.stdout) as? [[String: Any]])
        #expect(lastTwo.compactMap { $0["name"] as? String } == Array(names.reversed().prefix(2)))

        let badSort = try runBinary(["groups", "list", "--sort", "size"], environment: env)
        #expect(badSort.status == 64)
        #expect(badSort.stderr.contains("name, head, members"))
    }

    @Test func showFindsAGroupByNameOrIdWithItsMembers() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = try environment(server)
        let listed = try runBinary(["groups", "list", "--sort", "members", "--desc", "--json"], environment: env)
        let groups = try #require(try json(listed.stdout) as? [[String: Any]])
        let biggest = try #require(groups.max { ($0["membersCount"] as? Int ?? 0) < ($1["membersCount"] as? Int ?? 0) })
        let name = try #require(biggest["name"] as? String)
        let id = try #require(biggest["id"] as? String)
        let count = try #require(biggest["membersCount"] as? Int)
        #expect(count > 0)

        let byName = try runBinary(["groups", "show", name, "--json"], environment: env)
        #expect(byName.status == 0, "\(byName.stderr)")
        let group = try #require(try json(byName.stdout) as? [String: Any])
        #expect(group["id"] as? String == id)
        #expect((group["members"] as? [[String: Any]])?.count == count)

        let byID = try runBinary(["groups", "show", id], environment: env)
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.contains("Members  \(count)"))
        #expect(byID.stdout.contains("NAME"), "the members' table")

        let csv = try runBinary(["groups", "show", name.lowercased(), "--csv"], environment: env)
        #expect(csv.status == 0, "a name in another case still finds the one group: \(csv.stderr)")
        #expect(csv.stdout.split(separator: "\n").count == count + 1)

        let missing = try runBinary(["groups", "show", "No Such Group"], environment: env)
        #expect(missing.status == 4)
        #expect(missing.stderr.contains("No group is named"))
        let unknownID = try runBinary(["groups", "show", "11111111-2222-3333-4444-555555555555"], environment: env)
        #expect(unknownID.status == 4)
        #expect(unknownID.stderr.contains("The group could not be found"))
    }

    @Test func listFiltersByGroupOrNoGroup() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = try environment(server)
        let shown = try runBinary(["groups", "show", "Engineering", "--json"], environment: env)
        let group = try #require(try json(shown.stdout) as? [String: Any])
        let memberIDs = Set((group["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(!memberIDs.isEmpty)

        let members = try runBinary(
            ["list", "--group", "engineering", "--status", "active", "--json"], environment: env)
        #expect(members.status == 0, "\(members.stderr)")
        let listed = try #require(try json(members.stdout) as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["id"] as? String }) == memberIDs)

        let none = try runBinary(["list", "--without-group", "--json"], environment: env)
        #expect(none.status == 0, "\(none.stderr)")
        let loners = try #require(try json(none.stdout) as? [[String: Any]])
        #expect(!loners.isEmpty)
        #expect(loners.allSatisfy { ($0["groups"] as? [Any] ?? []).isEmpty })

        let both = try runBinary(["list", "--group", "Sales", "--without-group"], environment: env)
        #expect(both.status == 64)
        let unknown = try runBinary(["list", "--group", "No Such Group"], environment: env)
        #expect(unknown.status == 4)
    }
}
