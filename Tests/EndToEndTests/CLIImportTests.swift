import Foundation
import Testing

/// `import FILE.csv` end to end: the real binary against `demo-server`.
@Suite("CLI import end to end", .serialized)
struct CLIImportTests {
    private func write(_ csv: String, in home: String, name: String = "people.csv") throws -> String {
        let path = home + "/" + name
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func cleanFileCreatesEveryLineAndWritesTheResults() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = makeTemporaryHome()
        let env = server.environment(home: home)
        let csv = try write(
            "\u{FEFF}E-mail,First Name,Last Name,Type,Groups\r\nimp.ana@example.com,Ana,Silva,,Sales\r\n"
                + "imp.bo@example.com,Bo,\"Chen\",room-admin,Sales;Engineering\r\nimp.cy@example.com,Cy,Guest,guest,\r\n",
            in: home)
        let results = home + "/results.csv"
        let run = try runBinary(["import", csv, "--results", results], environment: env)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("import: 3 done"), "\(run.stderr)")
        #expect(run.stderr.contains("line 3 imp.bo@example.com"))
        let rows = try read(results).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "line,email,outcome,id,detail")
        #expect(rows.count == 4)
        #expect(rows[1].hasPrefix("2,imp.ana@example.com,done,"))
        #expect(rows[3].contains("created as Guest"))
        let shown = try runBinary(["show", "imp.bo@example.com"], environment: env)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Engineering"), "\(shown.stdout)")
    }

    /// docs/import-sample.csv is what the README points to: it must pass the checks on the
    /// demo portal (its groups exist there).
    @Test func theSampleFilePassesTheChecks() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sample = root.appendingPathComponent("docs/import-sample.csv").path
        let run = try runBinary(
            ["import", sample, "--dry-run"], environment: server.environment(home: makeTemporaryHome()))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("4 lines to send, nothing sent (dry run)"), "\(run.stdout)")
    }

    @Test func twoBadLinesSendNothingAndNameBothLines() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = makeTemporaryHome()
        let env = server.environment(home: home)
        let csv = try write(
            "email,first name,type\nok.one@example.com,One,\nbroken-address,Two,\nok.three@example.com,Three,\nok.four@example.com,F0ur,\n",
            in: home)
        let results = home + "/results.csv"
        let run = try runBinary(["import", csv, "--results", results], environment: env)
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("line 3: e-mail: Needs an @"), "\(run.stderr)")
        #expect(run.stderr.contains("line 5: first name:"), "\(run.stderr)")
        #expect(run.stderr.contains("nothing sent: 2 problems on 2 lines of 4"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: results))
        #expect(try runBinary(["show", "ok.one@example.com"], environment: env).status == 4)

        let skipping = try runBinary(["import", csv, "--skip-bad", "--results", results], environment: env)
        #expect(skipping.status == 0, "\(skipping.stderr)")
        let rows = try read(results).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            rows.map { $0.split(separator: ",").prefix(3).joined(separator: ",") } == [
                "line,email,outcome", "2,ok.one@example.com,done", "3,broken-address,skipped",
                "4,ok.three@example.com,done", "5,ok.four@example.com,skipped",
            ])
        // The portal has them now: the same file again is all duplicates.
        let again = try runBinary(["import", csv, "--dry-run"], environment: env)
        #expect(again.status == 3)
        #expect(again.stderr.contains("line 2: e-mail: ok.one@example.com is on the portal already"), "\(again.stderr)")
    }

    @Test func unknownColumnReadOnlyAndDryRunSendNothing() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = makeTemporaryHome()
        let env = server.environment(home: home)
        let bad = try write("email,first name,departmnet\nx@example.com,X,Sales\n", in: home, name: "bad.csv")
        let refused = try runBinary(["import", bad], environment: env)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("line 1: unknown column “departmnet”"), "\(refused.stderr)")

        let good = try write("email,first name\nro.one@example.com,One\n", in: home)
        let readOnly = try runBinary(["import", good, "--read-only"], environment: env)
        #expect(readOnly.status == 3, "\(readOnly.stderr)")
        #expect(readOnly.stderr.contains("read-only"))

        let dry = try runBinary(["import", good, "--dry-run"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("line 2: would create ro.one@example.com as User"))
        #expect(try runBinary(["show", "ro.one@example.com"], environment: env).status == 4)

        let invited = try runBinary(["import", good, "--invite", "--results", home + "/inv.csv"], environment: env)
        #expect(invited.status == 0, "\(invited.stderr)")
        #expect(try read(home + "/inv.csv").contains("2,ro.one@example.com,done,"))
    }

    /// Ctrl-C once the portal has created a few people: the run stops after the line on its
    /// way, exit 130, and the results file has a row for every line — those created done,
    /// every other "not sent" — matching what the portal holds.
    @Test func ctrlCMidImportLeavesEveryLineInTheResults() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let run = try BackgroundImport(on: server, home: makeTemporaryHome(), prefix: "stop", firstName: "Stop")
        let count = run.count
        let created = try run.waitForCreations(5)
        #expect(created >= 5, "the import never created anyone")
        kill(run.process.processIdentifier, SIGINT)
        let stderr = run.waitForExit()
        #expect(run.process.terminationStatus == 130, "\(stderr)")
        let rows = try run.resultRows()
        #expect(rows.count == count, "a row for every line")
        let done = rows.filter { $0.contains(",done,") }
        let notSent = rows.filter { $0.contains(",not sent,") }
        #expect(done.count >= 5 && done.count < count, "\(done.count) done")
        #expect(done.count + notSent.count == count)
        #expect(notSent.allSatisfy { $0.hasSuffix("not sent: stopped by Ctrl-C") }, "\(notSent.prefix(2))")
        #expect(try run.creations() == done.count)
    }
}
