import Foundation
import Testing

/// The CLI end to end: the real binary against `demo-server` in another process.
@Suite("CLI end to end", .serialized)
struct CLIWorkflowTests {
    private func temporaryHome() -> String { makeTemporaryHome() }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The seed script's job, through the CLI: add → show → terminate → delete.
    @Test func seedWorkflow() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())

        let added = try runBinary(
            [
                "add", "--first-name", "John", "--last-name", "Doe",
                "--email", "john.doe@example.com", "--type", "user", "--json",
            ], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        let person = try #require(try json(added.stdout) as? [String: Any])
        let id = try #require(person["id"] as? String)
        #expect(person["email"] as? String == "john.doe@example.com")
        #expect(person["status"] as? Int == 1)

        let shown = try runBinary(["show", "john.doe@example.com"], environment: env)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("John Doe"))
        #expect(shown.stdout.contains(id))
        // Added directly (`POST people`): active with activation status 2, never invited.
        #expect(
            shown.stdout.contains("Added directly, e-mail not confirmed (no invitation to accept)"), "\(shown.stdout)")

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
        let added = try runBinary(
            [
                "add", "--first-name", "Ada", "--last-name", "Active",
                "--email", "ada.active@example.org", "--json",
            ], environment: env)
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
        let added = try runBinary(
            ["add", "--first-name", "Tom", "--email", "tom.t@example.org", "--json"], environment: env)
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
        let bad = try runBinary(
            ["login", "--user", "owner@example.com", "--password-stdin"], environment: env, input: "wrong\n")
        #expect(bad.status == 5)
        #expect(!bad.stderr.contains("wrong"))

        let login = try runBinary(
            ["login", "--user", "owner@example.com", "--password-stdin"], environment: env, input: "owner-pass-1\n")
        #expect(login.status == 0, "\(login.stderr)")
        let tokens = (home as NSString).appendingPathComponent(".config/docspace-people/tokens")
        let files = try FileManager.default.contentsOfDirectory(atPath: tokens)
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(
            atPath: (tokens as NSString).appendingPathComponent(files[0]))
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

        let unreachable = try runBinary(
            ["list", "--timeout", "5"],
            environment: ["DOCSPACE_URL": "http://127.0.0.1:9", "DOCSPACE_TOKEN": "x", "HOME": home])
        #expect(unreachable.status == 6, "\(unreachable.stderr)")

        let badToken = try DemoServerProcess()
        defer { badToken.stop() }
        let rejected = try runBinary(
            ["whoami"], environment: ["DOCSPACE_URL": badToken.baseURL, "DOCSPACE_TOKEN": "not-a-token", "HOME": home])
        #expect(rejected.status == 5)
        #expect(!rejected.stderr.contains("not-a-token"), "the token never appears in a message")
    }

    /// The binary started with Ctrl-C sent once the stand-in has answered `route` (the CLI is
    /// following the task); its status and output when it has exited.
    private func interruptWhileFollowing(
        _ arguments: [String], server: DemoServerProcess, env: [String: String],
        route: String
    ) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(env) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stats = URL(string: server.baseURL + "/__standin/stats")!
        let deadline = Date().addingTimeInterval(60)
        var following = false
        while Date() < deadline, !following {
            following = ((try? String(contentsOf: stats, encoding: .utf8)) ?? "").contains(route)
            if !following { usleep(50_000) }
        }
        #expect(following, "the CLI never polled \(route)")
        kill(process.processIdentifier, SIGINT)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by the signal instead of exiting")
        return RunResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Ctrl-C while `set-type` follows a slow demotion: the portal is asked to cancel it, the
    /// report says so, the person keeps their type, and the exit status is 130.
    @Test func ctrlCCancelsTheDemotionItFollows() throws {
        let server = try DemoServerProcess(users: 200, seed: 1, extra: ["--task-seconds", "120"])
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let run = try interruptWhileFollowing(
            ["set-type", "user", "begona.munoz@example.com", "--json"], server: server, env: env,
            route: "GET /api/2.0/people/type/progress/{userid}")
        #expect(run.status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("asking the portal to cancel"))
        let results = try #require(try json(run.stdout) as? [[String: Any]], "\(run.stdout)")
        #expect(results.map { $0["result"] as? String } == ["skipped"])
        #expect(
            (results.first?["detail"] as? String)?.contains("cancelled at your request (Ctrl-C): still Room admin")
                == true,
            "\(results)")
        let shown = try runBinary(["show", "begona.munoz@example.com", "--json"], environment: env)
        let person = try #require(try json(shown.stdout) as? [String: Any])
        #expect(person["isRoomAdmin"] as? Bool == true)
    }

    /// Ctrl-C while `delete --reassign-to` follows a slow hand-over: cancelled at the portal,
    /// nobody deleted, the hand-over's audit line written, exit 130.
    @Test func ctrlCDuringAHandOverDeletesNobody() throws {
        let server = try DemoServerProcess(users: 200, seed: 1, extra: ["--task-seconds", "120"])
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let run = try interruptWhileFollowing(
            ["delete", "noel.lefevre@example.com", "--yes", "--reassign-to", "owner@example.com", "--json"],
            server: server, env: env, route: "GET /api/2.0/people/reassign/progress/{userid}")
        #expect(run.status == 130, "\(run.stderr)")
        let results = try #require(try json(run.stdout) as? [[String: Any]], "\(run.stdout)")
        #expect(results.map { $0["result"] as? String } == ["failed"])
        #expect(
            (results.first?["detail"] as? String)?.contains("hand-over cancelled at your request (Ctrl-C)") == true,
            "\(results)")
        #expect(try runBinary(["show", "noel.lefevre@example.com"], environment: env).status == 0, "not deleted")
        let audit = try runBinary(["audit", "--json"], environment: env).stdout
        #expect(audit.contains("reassign/start"))
        #expect(!audit.contains("\"delete\""))
    }

    /// `delete` of people who own rooms or shared files: refused by default, handed over with
    /// --reassign-to, deleted with their data only when --lose-data says so.
    @Test func deleteOfRoomOwnersHandsOverOrRefuses() throws {
        let server = try DemoServerProcess(users: 200, seed: 1)
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let noel = "noel.lefevre@example.com"  // disabled, owns rooms

        let refused = try runBinary(["delete", noel, "--yes"], environment: env)
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(refused.stderr.contains("owns rooms or shared files"))
        #expect(refused.stderr.contains("--reassign-to"))
        #expect(try runBinary(["show", noel], environment: env).status == 0, "nothing was deleted")

        let both = try runBinary(
            ["delete", noel, "--yes", "--reassign-to", "owner@example.com", "--lose-data"], environment: env)
        #expect(both.status == 64)

        // A dry run without either flag says, per person, what a real run would refuse and
        // why, and exits 3 like the real run; it deletes nothing.
        // Disabled, owns no rooms but shared files: `reassign/necessary` is asked with
        // `type=Guest`, the only form in which the portal counts shared files.
        let ramon = "ramon.pena@example.com"
        let anna = "owner@example.com"  // the portal owner
        let activeOwner = "zoe.aeroskobing@example.com"  // an active room admin who owns rooms
        let refusedPreview = try runBinary(
            ["delete", noel, ramon, anna, activeOwner, "--dry-run", "--json"], environment: env)
        #expect(refusedPreview.status == 3, "\(refusedPreview.stderr)")
        let rows = try #require(try json(refusedPreview.stdout) as? [[String: Any]], "\(refusedPreview.stdout)")
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0["result"] as? String == "not sent" }, "\(rows)")
        func detail(_ input: String) -> String? {
            rows.first { $0["input"] as? String == input }?["detail"] as? String
        }
        #expect(
            detail(activeOwner)?.contains(
                "terminate first; owns rooms or shared files: add --reassign-to PERSON or --lose-data") == true,
            "\(rows)")
        #expect(
            detail(noel)?.contains("owns rooms or shared files: add --reassign-to PERSON or --lose-data") == true,
            "\(rows)")
        #expect(
            detail(ramon)?.contains("owns rooms or shared files: add --reassign-to PERSON or --lose-data") == true,
            "\(rows)")
        // The owner is the one signed in: ChangeKind's first rule says so.
        #expect(detail(anna) == "not on yourself", "\(rows)")
        #expect(refusedPreview.stderr.contains("a real run would delete nobody"))
        #expect(try runBinary(["show", ramon], environment: env).status == 0, "a dry run deletes nobody")

        let preview = try runBinary(
            ["delete", noel, "--dry-run", "--reassign-to", "owner@example.com", "--json"], environment: env)
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("would hand their rooms and files to owner@example.com, then delete"))

        let handed = try runBinary(
            ["delete", noel, "--yes", "--reassign-to", "owner@example.com", "--json"], environment: env)
        #expect(handed.status == 0, "\(handed.stderr)")
        let results = try #require(try json(handed.stdout) as? [[String: Any]])
        #expect(results.map { $0["result"] as? String } == ["done"])
        #expect(try runBinary(["show", noel], environment: env).status == 4)
        let audit = try runBinary(["audit", "--json"], environment: env)
        #expect(audit.stdout.contains("POST /api/2.0/people/reassign/start"))

        let zoe = "zoe.aeroskobing@example.com"  // a room admin who owns rooms
        #expect(try runBinary(["terminate", zoe], environment: env).status == 0)
        let lost = try runBinary(["delete", zoe, "--yes", "--lose-data", "--json"], environment: env)
        #expect(lost.status == 0, "\(lost.stderr)")
        #expect(lost.stdout.contains("deleted with their rooms and files (not handed over)"), "\(lost.stdout)")
        #expect(try runBinary(["show", zoe], environment: env).status == 4)
        let lastLine = try runBinary(["audit", "--json", "--last", "1"], environment: env)
        #expect(lastLine.stdout.split(separator: "\n").count == 1)
        #expect(lastLine.stdout.contains("deleted with their rooms and files (not handed over)"), "the audit keeps it")
        #expect(try runBinary(["audit", "--last", "0"], environment: env).status == 64, "--last 0 is a usage error")
    }

    @Test func demoServerStopsWithExitZeroOnSigterm() throws {
        let server = try DemoServerProcess(users: 5)
        #expect(server.stop() == 0)
    }

    /// Read-only — by flag or by the profile's `read_only = true` — refuses every change
    /// before anything is sent, and still allows reading.
    /// `invite --culture` and a profile's `culture`: the invitation's language reaches the
    /// portal (which gives it to the new person); a malformed one is refused before anything
    /// is sent; without either none is sent.
    @Test func inviteSendsTheCulture() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = temporaryHome()
        var env = server.environment(home: home)
        func culture(of email: String, _ environment: [String: String]) throws -> String? {
            let shown = try runBinary(["show", email, "--json"], environment: environment)
            return (try json(shown.stdout) as? [String: Any])?["cultureName"] as? String
        }
        let bad = try runBinary(["invite", "bad.culture@example.org", "--culture", "en_US"], environment: env)
        #expect(bad.status == 64, "\(bad.stderr)")
        #expect(bad.stderr.contains("--culture en_US is not a culture name like en-US, de or pt-BR"), "\(bad.stderr)")
        #expect(try runBinary(["show", "bad.culture@example.org"], environment: env).status == 4, "nothing sent")

        let german = try runBinary(["invite", "de.invitee@example.org", "--culture", "de-DE"], environment: env)
        #expect(german.status == 0, "\(german.stderr)")
        #expect(try culture(of: "de.invitee@example.org", env) == "de-DE")

        let config = (home as NSString).appendingPathComponent("config.toml")
        try "[profiles.br]\nurl = \"\(server.baseURL)\"\nculture = \"pt-BR\"\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        env["DOCSPACE_CONFIG"] = config
        var profile = env
        profile.removeValue(forKey: "DOCSPACE_URL")
        let brazilian = try runBinary(["invite", "br.invitee@example.org", "--profile", "br"], environment: profile)
        #expect(brazilian.status == 0, "\(brazilian.stderr)")
        #expect(try culture(of: "br.invitee@example.org", env) == "pt-BR")

        let plain = try runBinary(["invite", "plain.invitee@example.org"], environment: env)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try culture(of: "plain.invitee@example.org", env) != "pt-BR")
    }

    /// `add` with a password every portal refuses (a space inside, more than 30 characters):
    /// refused before anything is sent (exit 64); the portal's own refusal keeps its words.
    @Test func addChecksThePasswordBeforeSending() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        for (password, words) in [
            ("has a space", "No spaces"), (String(repeating: "x", count: 31), "At most 30 characters"),
        ] {
            let refused = try runBinary(
                ["add", "--first-name", "Pia", "--email", "pia.pw@example.org", "--password-stdin"],
                environment: env, input: password + "\n")
            #expect(refused.status == 64, "\(refused.stderr)")
            #expect(refused.stderr.contains("nothing sent: the password: \(words)"), "\(refused.stderr)")
            #expect(!refused.stderr.contains(password), "the password is never echoed")
        }
        #expect(try runBinary(["show", "pia.pw@example.org"], environment: env).status == 4, "nobody was added")
        let added = try runBinary(
            ["add", "--first-name", "Pia", "--email", "pia.pw@example.org", "--password-stdin"],
            environment: env, input: "  fine-Password-42  \n")
        #expect(added.status == 0, "\(added.stderr)")
    }

    @Test func readOnlyRefusesEveryChange() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = temporaryHome()
        var env = server.environment(home: home)
        let config = (home as NSString).appendingPathComponent("config.toml")
        try "[profiles.audit]\nurl = \"\(server.baseURL)\"\nread_only = true\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        env["DOCSPACE_CONFIG"] = config
        let changes: [[String]] = [
            ["add", "--first-name", "Ro", "--email", "ro@example.org"],
            ["invite", "ro2@example.org"],
            ["import", "/nonexistent/ro-people.csv"],
            ["terminate", "kim.minjun@example.org"],
            ["activate", "noel.lefevre@example.com"],
            ["set-type", "user", "kim.minjun@example.org"],
            ["delete", "noel.lefevre@example.com", "--yes"],
            ["resend", "kim.minjun@example.org"],
            ["sign-out", "kim.minjun@example.org"],
            ["reset-2fa", "kim.minjun@example.org"],
            ["send-password-reset", "kim.minjun@example.org"],
            ["set-email", "kim.minjun@example.org", "kim.moved@example.org"],
        ]
        for change in changes {
            for mode in [["--read-only"], ["--profile", "audit"]] {
                var environment = env
                if mode.first == "--profile" { environment.removeValue(forKey: "DOCSPACE_URL") }
                let refused = try runBinary(change + mode, environment: environment)
                #expect(refused.status == 3, "\(change) \(mode): \(refused.stderr)")
                #expect(refused.stderr.contains("read-only"), "\(change) \(mode)")
            }
        }
        let stats = try String(contentsOf: URL(string: server.baseURL + "/__standin/stats")!, encoding: .utf8)
        for route in [
            "POST /api/2.0/people", "PUT /api/2.0/people/status", "PUT /api/2.0/people/type",
            "PUT /api/2.0/people/delete", "DELETE /api/2.0/people", "PUT /api/2.0/people/invite",
            "PUT /api/2.0/security/activeconnections", "PUT /api/2.0/settings/tfaappnewapp",
            "POST /api/2.0/people/password", "POST /api/2.0/people/email",
        ] {
            #expect(!stats.contains("\"\(route)"), "no change request reached the portal: \(route) in \(stats)")
        }
        #expect(
            try runBinary(
                ["list", "--limit", "1", "--profile", "audit"], environment: env.filter { $0.key != "DOCSPACE_URL" }
            ).status == 0,
            "reading still works")
    }

    /// `resend` and `sign-out` through the binary: done in the results' words, a dry run sends
    /// nothing, and the rules leave out whom they do not apply to.
    @Test func resendAndSignOut() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let invitee = "resend.me@example.org"
        #expect(try runBinary(["invite", invitee], environment: env).status == 0)

        let dry = try runBinary(["resend", invitee, "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        let preview = try #require(try json(dry.stdout) as? [[String: Any]])
        #expect(preview.first?["result"] as? String == "not sent")
        #expect((preview.first?["detail"] as? String)?.hasPrefix("would resend the invitation to (PUT ") == true)

        let resent = try runBinary(["resend", invitee, "--json"], environment: env)
        #expect(resent.status == 0, "\(resent.stderr)")
        let rows = try #require(try json(resent.stdout) as? [[String: Any]])
        #expect(rows.map { $0["result"] as? String } == ["done"])
        #expect(rows.first?["detail"] as? String == "invitation sent again")

        let signedOut = try runBinary(["sign-out", "kim.minjun@example.org"], environment: env)
        #expect(signedOut.status == 0, "\(signedOut.stderr)")
        #expect(signedOut.stdout.contains("every session ended"), "\(signedOut.stdout)")
        #expect(signedOut.stdout.contains("sign-out: 1 done"), "\(signedOut.stdout)")

        let yourself = try runBinary(["sign-out", "owner@example.com", "--json"], environment: env)
        #expect(yourself.status == 3, "\(yourself.stderr)")
        let refused = try #require(try json(yourself.stdout) as? [[String: Any]])
        #expect(refused.first?["result"] as? String == "not sent")
        #expect(refused.first?["detail"] as? String == "not on yourself")
        let audit = try runBinary(["audit", "--json"], environment: env).stdout
        #expect(audit.contains("PUT /api/2.0/security/activeconnections/logoutall/"), "\(audit)")
    }

    /// `reset-2fa`, `send-password-reset` and `set-email` through the binary against the
    /// demo server: done in the results' words, the portal's refusal in its words, the rules
    /// leaving out whom they do not apply to, and the audit naming each request.
    @Test func securityActions() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let user = "lukasz.wisniewski@example.com"

        let reset = try runBinary(["reset-2fa", user, "--json"], environment: env)
        #expect(reset.status == 0, "\(reset.stderr)")
        let resetRows = try #require(try json(reset.stdout) as? [[String: Any]])
        #expect(resetRows.first?["result"] as? String == "done")
        #expect(resetRows.first?["detail"] as? String == "authenticator app unlinked, every session ended")
        let again = try runBinary(["reset-2fa", user, "--json"], environment: env)
        #expect(again.status != 0)
        let againRows = try #require(try json(again.stdout) as? [[String: Any]])
        // The portal now shows `tfaAppEnabled: false`: the reset is not sent at all.
        #expect(againRows.first?["result"] as? String == "not sent")
        #expect(againRows.first?["detail"] as? String == "no authenticator app set up", "\(again.stdout)")

        let mailed = try runBinary(["send-password-reset", user, "kim.minjun@example.org"], environment: env)
        #expect(mailed.status == 0, "\(mailed.stderr)")
        #expect(mailed.stdout.contains("send-password-reset: 2 done"), "\(mailed.stdout)")
        let disabled = try runBinary(["send-password-reset", "noel.lefevre@example.com", "--json"], environment: env)
        #expect(disabled.status == 3, "\(disabled.stderr)")
        let disabledRows = try #require(try json(disabled.stdout) as? [[String: Any]])
        #expect(disabledRows.first?["result"] as? String == "not sent")
        #expect(disabledRows.first?["detail"] as? String == "disabled")

        let moved = "lukasz.moved@example.com"
        let dry = try runBinary(["set-email", user, moved, "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        let preview = try #require(try json(dry.stdout) as? [[String: Any]])
        #expect(
            (preview.first?["detail"] as? String)?.hasPrefix("would change the e-mail to \(moved) of (POST ") == true)
        #expect(try runBinary(["show", moved], environment: env).status == 4, "a dry run changes nothing")
        let changed = try runBinary(["set-email", user, moved, "--json"], environment: env)
        #expect(changed.status == 0, "\(changed.stderr)")
        let changedRows = try #require(try json(changed.stdout) as? [[String: Any]])
        #expect(changedRows.first?["result"] as? String == "done")
        #expect(changedRows.first?["detail"] as? String == "now \(moved), not activated")
        #expect(try runBinary(["show", moved], environment: env).status == 0, "found at the new address")

        let audit = try runBinary(["audit", "--json"], environment: env).stdout
        for request in [
            "PUT /api/2.0/settings/tfaappnewapp", "POST /api/2.0/people/password", "POST /api/2.0/people/email",
        ] {
            #expect(audit.contains(request), "\(request) in \(audit)")
        }
    }

    @Test func dryRunAndFromFileChangeNothing() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = temporaryHome()
        let env = server.environment(home: home)
        let added = try runBinary(
            ["add", "--first-name", "Dry", "--email", "dry.run@example.org", "--json"], environment: env)
        let id = try #require((try json(added.stdout) as? [String: Any])?["id"] as? String)
        let list = (home as NSString).appendingPathComponent("leavers.txt")
        try "# leavers\n\(id)\nnobody@example.org\n".write(toFile: list, atomically: true, encoding: .utf8)

        let dry = try runBinary(["terminate", "--from", list, "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        let rows = try #require(try json(dry.stdout) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.first { $0["id"] as? String == id }?["result"] as? String == "not sent")
        #expect(
            (rows.first { $0["id"] as? String == id }?["detail"] as? String)?.hasPrefix("would terminate (PUT ") == true
        )
        #expect(rows.first { $0["input"] as? String == "nobody@example.org" }?["result"] as? String == "failed")
        let still = try runBinary(["show", id, "--json"], environment: env)
        #expect((try json(still.stdout) as? [String: Any])?["status"] as? Int == 1, "a dry run changes nothing")

        let stdin = try runBinary(["terminate", "--from", "-", "--json"], environment: env, input: "\(id)\n")
        #expect(stdin.status == 0, "\(stdin.stderr)")
        let after = try runBinary(["show", id, "--json"], environment: env)
        #expect((try json(after.stdout) as? [String: Any])?["status"] as? Int == 2)
    }
}
