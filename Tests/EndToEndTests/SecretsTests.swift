import Foundation
import Testing

/// Secrets stay secret: after a whole session of commands — a password login, changes, a
/// rejected token — neither the token, the API key nor the password appears in anything the
/// tool wrote: its output, its error messages, the activity log or the audit log.
@Suite("Secrets end to end", .serialized)
struct SecretsTests {
    @Test func noSecretInOutputLogsOrAudit() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "dsp-secrets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let password = "owner-pass-1"
        var transcript = ""
        func run(_ arguments: [String], _ environment: [String: String], input: String? = nil) throws -> RunResult {
            let result = try runBinary(arguments, environment: environment, input: input)
            transcript += result.stdout + result.stderr
            return result
        }

        // With the API key: changes that reach the audit log.
        let keyed = server.environment(home: home)
        let added = try run(
            ["add", "--first-name", "Sam", "--last-name", "Secret", "--email", "sam.secret@example.org", "--json"],
            keyed)
        #expect(added.status == 0)
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])?["id"] as? String)
        #expect(try run(["terminate", id], keyed).status == 0)
        #expect(try run(["activate", id], keyed).status == 0)
        #expect(try run(["terminate", id], keyed).status == 0)
        #expect(try run(["delete", id, "--yes"], keyed).status == 0)

        // With a password login and the stored token.
        let plain = ["DOCSPACE_URL": server.baseURL, "HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""]
        #expect(
            try run(["login", "--user", "owner@example.com", "--password-stdin"], plain, input: password + "\n").status
                == 0)
        #expect(try run(["list", "--limit", "5"], plain).status == 0)
        let tokenFolder = (home as NSString).appendingPathComponent(".config/docspace-people/tokens")
        let tokenFile = (tokenFolder as NSString).appendingPathComponent(
            try FileManager.default.contentsOfDirectory(atPath: tokenFolder)[0])
        let token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(token.count >= 16)

        // A rejected token and a refused change: error messages.
        var rejected = plain
        rejected["DOCSPACE_TOKEN"] = "rejected-\(token)"
        #expect(try run(["whoami"], rejected).status == 5)
        #expect(try run(["delete", "owner@example.com", "--yes"], keyed).status == 3)

        let audit = try run(["audit", "--json"], plain)
        #expect(audit.status == 0)
        #expect(audit.stdout.contains("\"action\":\"terminate\""))
        #expect(audit.stdout.contains("\"action\":\"delete\""))
        #expect(audit.stdout.contains("sam.secret@example.org"))

        let state = (home as NSString).appendingPathComponent(".local/state/docspace-people")
        let activity = try String(
            contentsOfFile: (state as NSString).appendingPathComponent("activity.log"), encoding: .utf8)
        let auditFile = try String(
            contentsOfFile: (state as NSString).appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(activity.contains("PUT /api/2.0/people/status/Terminated"), "the activity log records requests")
        for (name, secret) in [("API key", server.apiKey), ("token", token), ("password", password)] {
            #expect(!transcript.contains(secret), "the \(name) appeared in the output")
            #expect(!activity.contains(secret), "the \(name) appeared in the activity log")
            #expect(!auditFile.contains(secret), "the \(name) appeared in the audit log")
        }
        for file in ["activity.log", "audit.jsonl"] {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: (state as NSString).appendingPathComponent(file))
            #expect(attributes[.posixPermissions] as? Int == 0o600, "\(file) is readable by you alone")
        }
    }

    /// The terminal UI: the key is in the environment, never in the process's argument list,
    /// and never on any screen of a session that browses, searches, opens help and terminates.
    @Test(.enabled(if: TUITmux.isAvailable))
    func noSecretInTheTerminalUIOrItsArguments() throws {
        let server = try DemoServerProcess(users: 40, seed: 7)
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "dsp-secrets-tui-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let tui = try TUITmux(environment: server.environment(home: home))
        var screens = [try tui.waitFor("of 40")]

        let pid = try tui.appPID()
        let argv = try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
        #expect(argv.contains("docspace-people"), "this is the app's process")
        #expect(!argv.contains(server.apiKey), "the API key is not in the argument list")

        // Past "<b>Bold</b> Tag" and the owner (active people come first by first name; the
        // owner cannot be terminated), to someone the session can terminate below.
        try tui.press("j", "j")
        try tui.press("Enter")
        screens.append(try tui.waitFor("User name"))
        // Each Esc on its own: an Esc with a key in the same burst is Alt+key, which does nothing.
        try tui.press("Escape")
        try tui.waitFor("the list again") { !$0.contains("User name") }
        try tui.press("?")
        screens.append(try tui.waitFor("Keys (↑↓"))
        try tui.press("G")
        screens.append(try tui.waitFor("↑ more"))
        try tui.press("Escape")
        try tui.waitFor("the help closed") { !$0.contains("Keys (↑↓") }
        try tui.press("/")
        try tui.type("a")
        screens.append(try tui.waitFor("Search"))
        try tui.press("Escape")
        try tui.waitFor("the search closed") { !$0.contains("Enter keep") }
        try tui.press("t")
        screens.append(try tui.waitFor("PUT /api/2.0/people/status/Terminated"))
        try tui.press("y")
        screens.append(try tui.waitFor("the answer") { $0.contains("✓ Terminated") || $0.contains("✗") })
        try tui.press("q")
        let exit = try tui.waitForExit()
        #expect(exit.echo && exit.icanon)

        for screen in screens {
            #expect(!screen.contains(server.apiKey), "the API key appeared on screen")
        }
        let activity = try String(
            contentsOfFile: (home as NSString).appendingPathComponent(".local/state/docspace-people/activity.log"),
            encoding: .utf8)
        #expect(activity.contains("GET /api/2.0/people/filter"))
        #expect(!activity.contains(server.apiKey))
    }
}
