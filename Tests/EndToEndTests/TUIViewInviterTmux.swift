import Foundation
import Testing

/// A saved view that names an inviter, opened with `--view` on the real binary against
/// `demo-server`: the inviter is looked up on the portal (the TUI has not loaded them), and
/// the Guests view opens with "Invited by: NAME" and exactly that person's guests — the ones
/// `list --view` lists from the same file.
@Suite("TUI in tmux: a saved view with an inviter", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIViewInviterTmux {
    private func json(_ text: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
    }

    @Test("--view with inviter = ID: the Guests view, Invited by: NAME, that person's guests only, as list --view")
    func viewWithInviter() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try DemoHome("dsp-view-inviter")
        var env = server.environment(home: home.path)

        // An inviter with guests who is not the signed-in owner (whose own guests the view
        // would open as "invited by me").
        let guests = try runBinary(["list", "--guests", "--all", "--json"], environment: env)
        #expect(guests.status == 0, "\(guests.stderr)")
        let owner = try runBinary(["list", "--type", "docspace-admin", "--json"], environment: env)
        let ownerIDs = Set(
            try json(owner.stdout).filter { $0["isOwner"] as? Bool == true }.compactMap { $0["id"] as? String })
        let inviters = try json(guests.stdout).compactMap { $0["createdBy"] as? [String: Any] }
            .filter { !ownerIDs.contains($0["id"] as? String ?? "") }
        let inviter = try #require(inviters.first, "a guest invited by someone other than the owner")
        let inviterID = try #require(inviter["id"] as? String)
        let inviterName = try #require(inviter["displayName"] as? String)

        let config = home.path + "/config.toml"
        try "[views.theirs]\nguests = true\ninviter = \"\(inviterID)\"\n".write(
            toFile: config, atomically: false, encoding: .utf8)
        env["DOCSPACE_CONFIG"] = config
        let listed = try runBinary(["list", "--view", "theirs", "--all", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let theirs = try json(listed.stdout)
        #expect(!theirs.isEmpty)
        #expect(theirs.allSatisfy { ($0["createdBy"] as? [String: Any])?["id"] as? String == inviterID })

        let tui = try ViewsTmux(
            arguments: ["--view", "theirs"],
            environment: [
                "DOCSPACE_URL": server.baseURL, "DOCSPACE_TOKEN": server.apiKey, "DOCSPACE_CONFIG": config,
            ],
            width: 120, height: 40)
        try tui.waitFor("the view with its inviter") {
            $0.contains("│ Guests │") && $0.contains("Invited by: \(inviterName)")
                && TUIViewsTests.total(in: $0) == theirs.count
        }
        try tui.press("q")
    }
}
