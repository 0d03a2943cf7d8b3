import Foundation
import Testing

/// The CLI end to end: the real binary against `demo-server` in another process.
@Suite("CLI end to end", .serialized)
struct CLIWorkflowTests {
    private func temporaryHome() -> String {
        let path = NSTemporaryDirectory() + "dsp-e2e-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The seed script's job, through the CLI: add → show → terminate → delete.
    @Test func seedWorkflow() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())

        let added = try runBinary(["add", "--first-name", "John", "--last-name", "Doe",
                                   "--email", "john.doe@example.com", "--type", "user", "--json"], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        let person = try #require(try json(added.stdout) as? [String: Any])
        let id = try #require(person["id"] as? String)
        #expect(person["email"] as? String == "john.doe@example.com")
        #expect(person["status"] as? Int == 1)

        let shown = try runBinary(["show", "john.doe@example.com"], environment: env)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("John Doe"))
        #expect(shown.stdout.contains(id))

        let terminated = try runBinary(["terminate", id, "--json"], environment: env)
        #expect(terminated.status == 0, "\(terminated.stderr)")
        let results = try #require(try json(terminated.stdout) as? [[String: Any]])
        #expect(results.map { $0["result"] as? String } == ["done"])

        let deleted = try runBinary(["delete", id, "--yes"], environment: env)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout.contains("1 done"))

        let gone = try runBinary(["show", id], environment: env)
        #expect(gone.status == 4, "a deleted person is not found: \(gone.stderr)")
    }

    @Test func deleteOfAnActivePersonIsRefusedBeforeAnyChange() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let added = try runBinary(["add", "--first-name", "Ada", "--last-name", "Active",
                                   "--email", "ada.active@example.org", "--json"], environment: env)
        let id = try #require((try json(added.stdout) as? [String: Any])?["id"] as? String)

        let refused = try runBinary(["delete", id, "--yes"], environment: env)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("terminate first") || refused.stderr.contains("Terminate first"))

        let still = try runBinary(["show", id, "--json"], environment: env)
        #expect(still.status == 0)
        #expect((try json(still.stdout) as? [String: Any])?["status"] as? Int == 1)
    }

    @Test func deleteWithoutATerminalNeedsYes() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let added = try runBinary(["add", "--first-name", "Tom", "--email", "tom.t@example.org", "--json"], environment: env)
        let id = try #require((try json(added.stdout) as? [String: Any])?["id"] as? String)
        #expect(try runBinary(["terminate", id], environment: env).status == 0)
        let unconfirmed = try runBinary(["delete", id], environment: env)
        #expect(unconfirmed.status == 64)
        #expect(try runBinary(["show", id], environment: env).status == 0, "nothing was deleted")
    }

    @Test func listAllMatchesTotalAndFormats() throws {
        let server = try DemoServerProcess(users: 250)
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let all = try runBinary(["list", "--all", "--json"], environment: env)
        #expect(all.status == 0, "\(all.stderr)")
        let people = try #require(try json(all.stdout) as? [[String: Any]])
        #expect(people.count == 250, "--users counts the owner too")
        #expect(Set(people.compactMap { $0["id"] as? String }).count == people.count)

        let page = try runBinary(["list", "--limit", "10"], environment: env)
        #expect(page.status == 0)
        #expect(page.stdout.split(separator: "\n").count == 11)
        #expect(page.stderr.contains("1–10 of 250"))

        let csv = try runBinary(["list", "--status", "terminated", "--csv"], environment: env)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("id,displayName,"))
    }

    @Test func loginStoresA0600TokenThatLaterCommandsUse() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = temporaryHome()
        let env = ["DOCSPACE_URL": server.baseURL, "HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""]
        let bad = try runBinary(["login", "--user", "owner@example.com", "--password-stdin"], environment: env, input: "wrong\n")
        #expect(bad.status == 5)
        #expect(!bad.stderr.contains("wrong"))

        let login = try runBinary(["login", "--user", "owner@example.com", "--password-stdin"], environment: env, input: "owner-pass-1\n")
        #expect(login.status == 0, "\(login.stderr)")
        let tokens = (home as NSString).appendingPathComponent(".config/docspace-people/tokens")
        let files = try FileManager.default.contentsOfDirectory(atPath: tokens)
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: (tokens as NSString).appendingPathComponent(files[0]))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let me = try runBinary(["whoami"], environment: env)
        #expect(me.status == 0, "\(me.stderr)")
        #expect(me.stdout.contains("owner@example.com"))
    }

    @Test func notSignedInAndUnreachablePortalsFailClearly() throws {
        let home = temporaryHome()
        let noToken = try runBinary(["list"], environment: ["DOCSPACE_URL": "http://127.0.0.1:9", "HOME": home])
        #expect(noToken.status == 64)
        #expect(noToken.stderr.contains("login"))

        let unreachable = try runBinary(["list", "--timeout", "5"],
                                        environment: ["DOCSPACE_URL": "http://127.0.0.1:9", "DOCSPACE_TOKEN": "x", "HOME": home])
        #expect(unreachable.status == 6, "\(unreachable.stderr)")

        let badToken = try DemoServerProcess()
        defer { badToken.stop() }
        let rejected = try runBinary(["whoami"], environment: ["DOCSPACE_URL": badToken.baseURL, "DOCSPACE_TOKEN": "not-a-token", "HOME": home])
        #expect(rejected.status == 5)
        #expect(!rejected.stderr.contains("not-a-token"), "the token never appears in a message")
    }

    @Test func demoServerStopsWithExitZeroOnSigterm() throws {
        let server = try DemoServerProcess(users: 5)
        #expect(server.stop() == 0)
    }

    @Test func readOnlyRefusesChanges() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let refused = try runBinary(["add", "--first-name", "Ro", "--email", "ro@example.org", "--read-only"], environment: env)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("read-only"))
        #expect(try runBinary(["show", "ro@example.org"], environment: env).status == 4)
    }
}
