import Foundation
import Testing

/// `import` end to end, the checks and the run added for the plan and the session: paid
/// seats read before any request, the quota column, an expired session in the middle.
@Suite("CLI import: seats, quotas, an expired session", .serialized)
struct CLIImportChecksTests {
    private func write(_ csv: String, in home: String) throws -> String {
        let path = home + "/people.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func rows(_ path: String) throws -> [String] {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    private func creations(_ server: DemoServerProcess) throws -> Int {
        let stats = URL(string: server.baseURL + "/__standin/stats")!
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: stats)) as? [String: Any]
        return (object?["perRoute"] as? [String: Int])?["POST /api/2.0/people"] ?? 0
    }

    /// A plan of one paid seat, which the owner holds: every paid line is named, nothing is
    /// sent; `--skip-bad` sends the User line only.
    @Test func paidLinesBeyondTheFreeSeatsAreNamedAndNothingIsSent() throws {
        let server = try DemoServerProcess(extra: ["--paid-seats", "1"])
        defer { server.stop() }
        let home = makeTemporaryHome()
        let env = server.environment(home: home)
        let csv = try write(
            "email,first name,type\nseat.user@example.com,Una,user\nseat.ra@example.com,Rae,room-admin\n"
                + "seat.da@example.com,Dan,docspace-admin\n",
            in: home)
        let results = home + "/results.csv"
        let run = try runBinary(["import", csv, "--results", results], environment: env)
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("line 3: type: no paid seat left for a Room admin: 0 seats free"), "\(run.stderr)")
        #expect(run.stderr.contains("line 4: type: no paid seat left for a DocSpace admin"), "\(run.stderr)")
        #expect(!run.stderr.contains("line 2:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: results))
        #expect(try creations(server) == 0)

        let skipping = try runBinary(["import", csv, "--skip-bad", "--results", results], environment: env)
        #expect(skipping.status == 0, "\(skipping.stderr)")
        #expect(try creations(server) == 1)
        let outcomes = try rows(results).dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(
            outcomes == [
                "2,seat.user@example.com,done", "3,seat.ra@example.com,skipped", "4,seat.da@example.com,skipped",
            ])
    }

    /// The quota column: set after the person is created, on the change path (proven by the
    /// person read back); a bad size is a problem of its line.
    @Test func quotaColumnIsSetAfterCreating() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = makeTemporaryHome()
        let env = server.environment(home: home)
        let bad = try write("email,first name,quota\nq.bad@example.com,Bad,lots\n", in: home)
        let refused = try runBinary(["import", bad, "--dry-run"], environment: env)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("line 2: quota: "), "\(refused.stderr)")

        let csv = try write("email,first name,quota\nq.one@example.com,Quinn,5 GB\nq.two@example.com,Rory,\n", in: home)
        let results = home + "/results.csv"
        let run = try runBinary(["import", csv, "--results", results], environment: env)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try rows(results)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("2,q.one@example.com,done,"), "\(lines)")
        #expect(lines[1].contains("created as User; storage quota 5 GB"), "\(lines)")
        #expect(!lines[2].contains("quota"), "\(lines)")
    }

    /// The session ends after a few people are created: exit 5 (sign in again), and the
    /// results file has a row for every line — done, the one refused, the rest not sent.
    @Test func expiredSessionMidImportExitsFiveWithTheResultsWritten() async throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let run = try BackgroundImport(on: server, home: makeTemporaryHome(), prefix: "expire", firstName: "Exp")
        let count = run.count
        let created = try run.waitForCreations(3)
        #expect(created >= 3, "the import never created anyone")
        try await StandInFaults.set(["POST /api/2.0/people: expired-token times=1"], on: server)
        let stderr = run.waitForExit()
        #expect(run.process.terminationStatus == 5, "\(stderr)")
        #expect(stderr.contains("the lines not sent are in"), "\(stderr)")
        let lines = try run.resultRows()
        #expect(lines.count == count, "a row for every line")
        let done = lines.filter { $0.contains(",done,") }
        let failed = lines.filter { $0.contains(",failed,") }
        let notSent = lines.filter { $0.contains(",not sent,") }
        #expect(done.count >= 3 && done.count < count)
        #expect(failed.count == 1, "\(failed)")
        #expect(done.count + failed.count + notSent.count == count)
        #expect(notSent.allSatisfy { $0.contains("not sent: the session ended") }, "\(notSent.prefix(2))")
    }
}
