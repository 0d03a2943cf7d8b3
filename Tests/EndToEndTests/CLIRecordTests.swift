import Foundation
import Testing

/// The command line's record: a terminate that a signal cuts short while its request is on
/// its way leaves `sent` and `outcome unknown` in the audit log, and says so on stderr.
@Suite("CLI: the record survives a signal", .serialized)
struct CLIRecordTests {
    @Test(
        "SIGTERM, SIGINT or SIGQUIT during a slow terminate: exit 128 + the signal, sent then outcome unknown, stderr says check the portal",
        arguments: [SIGTERM, SIGINT, SIGQUIT])
    func signalDuringTerminate(_ signal: Int32) throws {
        let server = try DemoServerProcess(
            users: 30, seed: 3,
            extra: ["--fault", "PUT /api/2.0/people/status/Terminated: latency=20000"])
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "cli-record-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let environment = server.environment(home: home)
        let list = try runBinary(["list", "--status", "active", "--type", "user", "--json"], environment: environment)
        let people = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        // Not an LDAP user: those are left out before anything is sent.
        let email = try #require(
            people.filter { $0["isLDAP"] as? Bool != true }.compactMap { $0["email"] as? String }.first)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["terminate", email]
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let log = home + "/.local/state/docspace-people/audit.jsonl"
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline,
            !((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains(#""stage":"sent""#)
        {
            usleep(20_000)
        }
        #expect(kill(process.processIdentifier, signal) == 0)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        #expect(stderr.contains("was sent; outcome not known — check the portal"), "\(stderr)")
        #expect(stderr.contains(email))
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.map { $0["stage"] as? String } == ["sent", "outcome unknown"])
        let target = (lines.last?["targets"] as? [[String: Any]])?.first
        #expect(target?["email"] as? String == email)
        #expect(target?["detail"] as? String == "sent; outcome not known — check the portal")
        let audit = try runBinary(["audit"], environment: environment)
        #expect(audit.stdout.contains("terminate — SENT to the portal for 1 person"), "\(audit.stdout)")
        #expect(audit.stdout.contains("terminate — OUTCOME UNKNOWN for 1 person"), "\(audit.stdout)")
    }
}
