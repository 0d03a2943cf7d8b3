import Foundation
import Testing

/// The "Done when" on the real binary against `demo-server`: the Groups view, a
/// group's people, three marked and added to another group (results view), the list saved
/// as a view into a config file of its own, and `list --view` on the same portal listing the
/// group's people.
@Suite("TUI in tmux: saving a view and reopening it from the CLI", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUISavedViewTmux {
    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("m, Enter on a group, mark 3, > another group, y, results; :view-save; list --view lists the group's people")
    func saveAndReopen() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try DemoHome("dsp-saved-view")
        let config = home.path + "/config.toml"
        let before = "# my views\n[views.old]   # kept as it is\nstatus = \"active\"\n"
        try before.write(toFile: config, atomically: false, encoding: .utf8)
        chmod(config, 0o644)
        var env = server.environment(home: home.path)
        env["DOCSPACE_CONFIG"] = config

        // Two groups with plain names: the first (3 to 12 members) is entered, the second
        // receives the three marked people.
        let listed = try runBinary(["groups", "list", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let groups = try #require(try json(listed.stdout) as? [[String: Any]])
        let plain = groups.filter { group in
            let name = group["name"] as? String ?? ""
            return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0 == " ") }
        }
        let entered = try #require(
            plain.first { (3...12).contains($0["membersCount"] as? Int ?? 0) }, "a small group among \(plain)")
        let name = try #require(entered["name"] as? String)
        let other = try #require(plain.first { ($0["name"] as? String) != name }?["name"] as? String)
        let members = try runBinary(["list", "--group", name, "--json"], environment: env)
        let names = Set(
            try #require(try json(members.stdout) as? [[String: Any]]).compactMap { $0["displayName"] as? String })
        #expect(names.count >= 3)

        let tui = try ViewsTmux(
            arguments: [],
            environment: [
                "DOCSPACE_URL": server.baseURL, "DOCSPACE_TOKEN": server.apiKey, "DOCSPACE_CONFIG": config,
            ],
            width: 100, height: 40)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("Status: All") }
        try tui.press("m")
        try tui.waitFor("the Groups view") { $0.contains("│ Groups │") && $0.contains(name) }
        try tui.press("/")
        try tui.type(name.lowercased())
        try tui.waitFor("the search's one group") { $0.contains("of 1 groups") && $0.contains(name) }
        try tui.press("Enter")
        try tui.waitFor("the field closed") { TUIScreensTmux.bottomRows($0).bar.contains("Enter people") }
        try tui.press("Enter")
        try tui.waitFor("the group's people") {
            $0.contains("│ Group: \(name) │") && TUIViewsTests.total(in: $0) == names.count
        }
        try tui.press("Space", "Space", "Space")
        try tui.waitFor("3 marked")
        try tui.press(">")
        try tui.waitFor("the group picker") { $0.contains("Add 3 people to which group?") }
        try tui.type(other.lowercased())
        try tui.waitFor("the filter to leave \(other)") { $0.contains("▸ \(other)") }
        try tui.press("Enter")
        try tui.waitFor("the confirmation") { $0.contains("to \(other)?") }
        try tui.press("y")
        try tui.waitFor("the results view", timeout: 30) { $0.contains("Results: Added to \(other)") }
        try tui.press("Escape")
        try tui.waitFor("the results to close") { !$0.contains("Results:") }

        try tui.press(":")
        try tui.type("view-save team")
        try tui.press("Enter")
        try tui.waitFor("the view saved") { $0.contains("View team saved in") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }

        // The file: what was there stays byte for byte, the view is added after it.
        let after = try String(contentsOfFile: config, encoding: .utf8)
        #expect(after.hasPrefix(before + "\n[views.team]\n"), "\(after)")
        var info = stat()
        #expect(lstat(config, &info) == 0 && info.st_mode & 0o777 == 0o644)

        let reopened = try runBinary(["list", "--view", "team", "--json"], environment: env)
        #expect(reopened.status == 0, "\(reopened.stderr)")
        let listedAgain = Set(
            try #require(try json(reopened.stdout) as? [[String: Any]]).compactMap { $0["displayName"] as? String })
        #expect(listedAgain == names)
    }
}
