import Foundation
import Testing

/// Storage quotas end to end: the real binary against `demo-server` — `quota set` and
/// `quota reset` with their dry run, rows, audit and read-only refusal, and a portal with
/// per-user quotas switched off, where nothing is sent.
@Suite("CLI storage quotas end to end", .serialized)
struct CLIQuotaTests {
    private func rows(_ run: RunResult) throws -> [[String: Any]] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]],
            "\(run.stdout)\n\(run.stderr)")
    }

    /// The person as `show --json` prints them.
    private func person(_ email: String, _ env: [String: String]) throws -> [String: Any] {
        let shown = try runBinary(["show", email, "--json"], environment: env)
        return try #require(
            try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any], "\(shown.stderr)")
    }

    private func users(_ env: [String: String]) throws -> [String] {
        let listed = try runBinary(
            ["list", "--json", "--limit", "5", "--status", "active", "--type", "user"], environment: env)
        return try rows(listed).compactMap { $0["email"] as? String }
    }

    @Test func setAndResetQuota() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try DemoHome("dsp-quota")
        let env = server.environment(home: home.path)
        let people = try users(env)
        #expect(people.count >= 2)

        let dry = try runBinary(["quota", "set", "1.5 GB", people[0], "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try rows(dry).map { $0["result"] as? String } == ["not sent"])
        #expect(try person(people[0], env)["isCustomQuota"] as? Bool != true, "a dry run changes nothing")

        let set = try runBinary(["quota", "set", "1.5GB", people[0], people[1], "--json"], environment: env)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try rows(set).map { $0["result"] as? String } == ["done", "done"])
        #expect(try rows(set).first?["detail"] as? String == "limit now 1.5 GB")
        #expect((try person(people[0], env)["quotaLimit"] as? NSNumber)?.int64Value == 1_610_612_736)

        let custom = try runBinary(["list", "--quota", "custom", "--all", "--json"], environment: env)
        let customEmails = try rows(custom).compactMap { $0["email"] as? String }
        #expect(customEmails.contains(people[0]) && customEmails.contains(people[1]), "\(custom.stderr)")
        let byDefault = try runBinary(["list", "--quota", "default", "--all", "--json"], environment: env)
        #expect(!(try rows(byDefault).compactMap { $0["email"] as? String }.contains(people[0])))

        let reset = try runBinary(["quota", "reset", people[0], "--csv"], environment: env)
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.stdout.contains("done,back to the default (5 GB)"), "\(reset.stdout)")
        #expect(try person(people[0], env)["isCustomQuota"] as? Bool != true)
        #expect(try person(people[1], env)["isCustomQuota"] as? Bool == true, "only the one named")

        let bad = try runBinary(["quota", "set", "500", people[0]], environment: env)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("has no unit"), "\(bad.stderr)")

        let help = try runBinary(["quota", "set", "--help"], environment: env)
        #expect(help.stdout.contains("1 MB = 1,048,576 bytes"), "\(help.stdout)")

        let readOnly = try runBinary(["quota", "reset", people[1], "--read-only"], environment: env)
        #expect(readOnly.status == 3, "\(readOnly.stderr)")
        #expect(try person(people[1], env)["isCustomQuota"] as? Bool == true, "refused: nothing sent")

        let audit = home.auditLog
        #expect(audit.contains("quota-set 1610612736"))
        #expect(audit.contains("quota-reset"))
    }

    @Test func quotasSwitchedOffSendNothing() throws {
        let server = try DemoServerProcess(extra: ["--no-user-quotas"])
        defer { server.stop() }
        let home = try DemoHome("dsp-quota-off")
        let env = server.environment(home: home.path)
        let someone = try #require(try users(env).first)
        let set = try runBinary(["quota", "set", "2GB", someone], environment: env)
        #expect(set.status == 3, "\(set.stdout)\(set.stderr)")
        #expect(set.stderr.contains("Per-user storage quotas are switched off"), "\(set.stderr)")
        #expect(!home.auditLog.contains("quota-set"), "nothing sent, nothing recorded")
    }
}
