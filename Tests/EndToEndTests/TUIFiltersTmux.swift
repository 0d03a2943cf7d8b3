import Foundation
import Testing

/// The account type filter and the quota dialog on the real binary against `demo-server`: `L`
/// names the filter in the title bar and lists exactly whom `list --account` lists; `Q` keeps
/// people on the default quota, two are marked, `z` asks the size, y sets it, and the command
/// line's `list --quota custom` then counts two more.
@Suite("TUI in tmux: filters and the quota dialog", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIFiltersTmux {
    private func people(_ arguments: [String], _ env: [String: String]) throws -> [[String: Any]] {
        let run = try runBinary(["list", "--all", "--json"] + arguments, environment: env)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]], "\(run.stderr)")
    }

    @Test(
        "L L: Account: LDAP in the title bar and the LDAP people; X; Q, two marked, z, 2 GB, y: two more custom quotas")
    func accountFilterAndQuota() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-filters-tui").path)
        let ldap = try people(["--account", "ldap"], env).compactMap { $0["displayName"] as? String }
        #expect(!ldap.isEmpty)
        let customBefore = try people(["--quota", "custom"], env).count

        let tui = try ViewsTmux(
            arguments: [], environment: ["DOCSPACE_URL": server.baseURL, "DOCSPACE_TOKEN": server.apiKey],
            width: 120, height: 40)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("Status: All") }
        try tui.press("L")
        try tui.waitFor("the SSO people") { $0.contains("│ Account: SSO │") }
        try tui.press("L")
        let list = try tui.waitFor("the LDAP people") {
            $0.contains("│ Account: LDAP │") && TUIViewsTests.total(in: $0) == ldap.count
        }
        for person in ldap {
            #expect(list.contains(String(person.prefix(12))), "\(person) is listed: \(list)")
        }
        try tui.press("X")
        try tui.waitFor("everyone again") {
            !$0.contains("Account:") && (TUIViewsTests.total(in: $0) ?? 0) > ldap.count
        }

        try tui.press("Q")
        try tui.waitFor("the people on the default quota") { $0.contains("│ Quota: default │") }
        try tui.press("j", "j", "Space", "Space")
        try tui.waitFor("2 marked")
        try tui.press("z")
        try tui.waitFor("the size field") {
            $0.contains("Set storage quota") && $0.contains("The storage quota for 2 people:")
        }
        try tui.type("2 GB")
        try tui.waitFor("the size typed") { $0.contains("Size: 2 GB") }
        try tui.press("Enter")
        try tui.waitFor("the confirmation") { $0.contains("Set the storage quota of 2 people to 2 GB?") }
        try tui.press("y")
        let results = try tui.waitFor("the results view", timeout: 30) { $0.contains("limit now 2 GB") }
        #expect(!results.contains("failed"), "\(results)")
        #expect(try people(["--quota", "custom"], env).count == customBefore + 2)
        try tui.press("Escape")
        try tui.waitFor("the results to close") { !$0.contains("limit now 2 GB") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }
    }
}
