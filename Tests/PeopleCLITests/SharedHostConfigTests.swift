import Foundation
import PeopleCore
import Testing

@testable import DocSpaceAPI
@testable import PeopleCLI

/// The config, token files and logs on a shared admin host: files another user owns or has
/// linked elsewhere, a config that says one thing twice, a relative `token_file`. The tests
/// run as root (here and in CI); "another user" is `nobody` (65534), given files with `chown`.
@Suite("Config, tokens and logs on a shared host")
struct SharedHostConfigTests {
    static let nobody: uid_t = 65534
    static var isRoot: Bool { geteuid() == 0 }
    static let url = "https://p.example.com"

    private func failure(_ env: [String: String], _ request: ConnectionRequest = ConnectionRequest()) -> String? {
        do {
            _ = try ConnectionResolver(environment: env).resolve(request)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("A key given twice is an error naming the line (the last one no longer silently wins)")
    func duplicateKey() {
        let text =
            "[profiles.audit]\nurl = \"https://p.example.com\"\nread_only = true\ntimeout = 5\nread_only = false\n"
        do {
            let config = try ConfigFile.parse(text)
            Issue.record("parsed, read_only = \(config.profiles["audit"]?.readOnly ?? false)")
        } catch {
            #expect(error.line == 5)
            #expect(error.description.contains("read_only is set twice"), "\(error)")
            #expect(error.description.contains("line 3"), "names the first one too: \(error)")
        }
        #expect(throws: ConfigFile.ParseError.self) {
            try ConfigFile.parse("default_profile = \"a\"\ndefault_profile = \"a\"\n[profiles.a]\n")
        }
        // The same key in two tables is fine.
        #expect(throws: Never.self) {
            try ConfigFile.parse("[profiles.a]\nread_only = true\n[profiles.b]\nread_only = true\n")
        }
    }

    @Test("A relative token_file is found beside the config file, wherever the command runs")
    func relativeTokenFile() throws {
        let home = TemporaryHome()
        _ = home.write(
            "[profiles.p]\nurl = \"\(Self.url)\"\ntoken_file = \"tokens/p.token\"\n",
            to: ".config/docspace-people/config.toml", mode: 0o644)
        _ = home.write("beside-the-config\n", to: ".config/docspace-people/tokens/p.token")
        let connection = try ConnectionResolver(environment: ["HOME": home.path]).resolve(
            ConnectionRequest(profile: "p"))
        #expect(connection.credentials == .token("beside-the-config"))
    }

    @Test("A config file another user owns is refused, even one they left 0644", .enabled(if: isRoot))
    func foreignConfig() {
        let home = TemporaryHome()
        let secret = home.write("root-secret\n", to: "root.token")
        let config = home.write(
            "[profiles.p]\nurl = \"\(Self.url)\"\ntoken_file = \"\(secret)\"\n",
            to: ".config/docspace-people/config.toml", mode: 0o644)
        chown(config, Self.nobody, Self.nobody)
        let message = failure(["HOME": home.path], ConnectionRequest(profile: "p"))
        #expect(message?.contains("uid 65534") == true, "\(message ?? "accepted")")
    }

    @Test("A token file another user owns is refused even with mode 0600; no chmod advice for it", .enabled(if: isRoot))
    func foreignTokenFile() {
        let home = TemporaryHome()
        let token = home.write("their-token\n", to: "their.token", mode: 0o600)
        chown(token, Self.nobody, Self.nobody)
        let env = ["HOME": home.path, "DOCSPACE_URL": Self.url]
        let message = failure(env, ConnectionRequest(tokenFile: token))
        #expect(message?.contains("uid 65534") == true, "\(message ?? "accepted")")
        // /etc/shadow's case: group-readable and someone else's — say whose, never "chmod 600".
        chmod(token, 0o640)
        let open = failure(env, ConnectionRequest(tokenFile: token))
        #expect(open != nil)
        #expect(open?.contains("chmod") == false, "\(open ?? "")")
        #expect(open?.contains("their-token") == false)
    }

    @Test("A token file that is a link is refused, wherever it points")
    func linkedTokenFile() {
        let home = TemporaryHome()
        let target = home.write("elsewhere-token\n", to: "target.token")
        let link = home.path + "/link.token"
        symlink(target, link)
        let message = failure(["HOME": home.path, "DOCSPACE_URL": Self.url], ConnectionRequest(tokenFile: link))
        #expect(message?.contains("symbolic link") == true, "\(message ?? "accepted")")
    }

    @Test("The audit log and the activity log never write through a planted link")
    func logsRefuseLinks() throws {
        let home = TemporaryHome()
        let victim = home.write("root only\n", to: "victim")
        let state = home.path + "/state"
        try FileManager.default.createDirectory(
            atPath: state, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        symlink(victim, state + "/audit.jsonl")
        symlink(victim, state + "/activity.log")
        AuditLogFile(directory: state).record(
            AuditEntry(
                portal: "ops;id>/tmp/x;#", user: .init(id: "1", email: nil), action: "terminate", request: "PUT x",
                source: "cli", targets: []))
        ActivityLog(directory: state, portal: "ops;id>/tmp/x;#").record(
            RequestEvent(
                method: "GET", target: "/api/2.0/people/@self", status: 200, failure: nil, duration: 0.01, attempt: 0))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "root only\n")
    }

    @Test("An activity log line cannot be forged: line breaks and escapes in any field stay encoded")
    func activityLogCannotBeForged() throws {
        let home = TemporaryHome()
        let state = home.path + "/state"
        let log = ActivityLog(directory: state, portal: "work\u{1B}]2;title\u{07}")
        log.record(
            RequestEvent(
                method: "GET",
                target: "/api/2.0/people/x\n2026-01-01T00:00:00Z work DELETE /api/2.0/people/ceo 200 1 ms",
                status: 200, failure: nil, duration: 0.001, attempt: 0))
        log.record(
            RequestEvent(
                method: "GET", target: "/api/2.0/people/y", status: nil,
                failure: .transport(message: "reset\r\nforged line"), duration: 0.001, attempt: 0))
        let text = try String(contentsOfFile: state + "/activity.log", encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2, "\(text)")
        #expect(lines.first?.contains("/api/2.0/people/x%0A2026-01-01T00:00:00Z") == true, "\(text)")
        #expect(!text.contains("\u{1B}") && !text.contains("\r") && !text.contains("\u{07}"))
    }

    @Test("Root with a HOME another user owns refuses to read it unless told loudly", .enabled(if: isRoot))
    func foreignHome() throws {
        let home = TemporaryHome()
        chown(home.path, Self.nobody, Self.nobody)
        let found = try #require(ForeignHome.find(in: ["HOME": home.path]))
        #expect(found.owner == Self.nobody)
        #expect(ForeignHome.find(in: ["HOME": home.path], effectiveUser: 1000) == nil, "only root's concern")
        do {
            try ForeignHome.check(["HOME": home.path], trusted: false)
            Issue.record("a foreign HOME was accepted")
        } catch {
            #expect(error.description.contains("--trust-foreign-home"))
            #expect(error.description.contains("as ssh does"))
            #expect(error.exitCode == 64)
        }
        // An XDG folder of theirs counts too, with root's own HOME.
        #expect(ForeignHome.find(in: ["HOME": "/root", "XDG_STATE_HOME": home.path])?.variable == "XDG_STATE_HOME")
    }
}
