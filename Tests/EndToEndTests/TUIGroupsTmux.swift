import Foundation
import Testing

/// The Groups view on the real binary against `demo-server`: `m` lists the portal's groups,
/// `/` finds one, Enter shows its people — the group's name in the title bar, and exactly
/// the people the command line's `list --group` finds on the same portal.
@Suite("TUI in tmux: the Groups view", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIGroupsTmux {
    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("m, / NAME, Enter, Enter: the group's name in the title bar and only its members")
    func enterAGroup() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-groups-tui").path)
        // A group with a few members and a plain name, found as an admin would: by the CLI.
        let listed = try runBinary(["groups", "list", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let groups = try #require(try json(listed.stdout) as? [[String: Any]])
        let group = try #require(
            groups.first { group in
                let name = group["name"] as? String ?? ""
                let count = group["membersCount"] as? Int ?? 0
                return name.allSatisfy { $0.isASCII && ($0.isLetter || $0 == " ") } && (1...12).contains(count)
            }, "a small group with a plain name among \(groups.map { $0["name"] ?? "?" })")
        let name = try #require(group["name"] as? String)
        let members = try runBinary(["list", "--group", name, "--json"], environment: env)
        #expect(members.status == 0, "\(members.stderr)")
        let people = try #require(try json(members.stdout) as? [[String: Any]])
        let names = people.compactMap { $0["displayName"] as? String }
        #expect(!names.isEmpty)

        let tui = try ViewsTmux(
            arguments: [], environment: ["DOCSPACE_URL": server.baseURL, "DOCSPACE_TOKEN": server.apiKey],
            width: 100, height: 40)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("Status: All") }
        try tui.press("m")
        try tui.waitFor("the Groups view") {
            $0.contains("│ Groups │") && $0.contains("of \(groups.count) groups")
        }
        try tui.press("/")
        try tui.type(name.lowercased())
        try tui.waitFor("the search's one group") { $0.contains("of 1 groups") && $0.contains(name) }
        // Enter leaves the field; keys in the same burst would count as the rest of a paste
        // and be dropped, so the second Enter waits for the field to close.
        try tui.press("Enter")
        try tui.waitFor("the field closed") { TUIScreensTmux.bottomRows($0).bar.contains("Enter people") }
        try tui.press("Enter")
        let list = try tui.waitFor("the group's people") {
            $0.contains("│ Group: \(name) │") && TUIViewsTests.total(in: $0) == names.count
        }
        let rows = list.components(separatedBy: "\n")
        for person in names {
            let start = String(person.prefix(12))
            #expect(rows.contains { $0.contains(start) }, "\(person) is listed: \(list)")
        }
        // X clears every filter: everyone is back.
        try tui.press("X")
        try tui.waitFor("everyone again") {
            !$0.contains("Group: \(name)") && (TUIViewsTests.total(in: $0) ?? 0) > names.count
        }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }
    }
}
