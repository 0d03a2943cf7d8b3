import Foundation
import Testing

/// The CLI against a portal whose ids, e-mails and errors hold `ESC]2;…` (window title),
/// `ESC[2J` (clear screen) and C1 controls (`EscapePortal`): whatever the command or path,
/// none of it reaches the terminal as a control character — it shows as `␛]2;…`, `�` — while
/// JSON keeps the exact strings (escaped) and CSV into a pipe keeps the exact bytes.
@Suite("CLI end to end: a hostile portal's text reaches the terminal neutralised", .serialized)
struct CLIEscapeTests {
    let portal: EscapePortal
    let home: String

    /// How the payload reads once neutralised (its C1 part shows as `�`).
    static let shown = "␛]2;pwned-title␇␛[2J"

    init() throws {
        portal = try EscapePortal()
        home = NSTemporaryDirectory() + "dsp-escape-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    var environment: [String: String] { portal.environment(home: home) }

    func run(_ arguments: [String]) throws -> RunResult {
        try runBinary(arguments, environment: environment)
    }

    static func expectInert(_ result: RunResult, _ context: String) {
        TUIHostileTextTests.expectInert(result.stdout, "\(context): stdout")
        TUIHostileTextTests.expectInert(result.stderr, "\(context): stderr")
    }

    @Test("audit prints the request, whose id the portal gave, and every other field neutralised; --json escapes them")
    func audit() throws {
        let id = EscapePortal.terminated.id
        let deleted = try run(["delete", id, "--yes"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        Self.expectInert(deleted, "delete")
        let audit = try run(["audit"])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("DELETE /api/2.0/people/gone" + Self.shown), "\(audit.stdout)")
        Self.expectInert(audit, "audit")

        let json = try run(["audit", "--json"])
        #expect(json.status == 0)
        Self.expectInert(json, "audit --json")
        let entries = json.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(
            entries.contains { $0["request"] as? String == "DELETE /api/2.0/people/" + id },
            "the exact request parses back: \(json.stdout)")
    }

    @Test(
        "list, show and whoami --csv on a terminal: the escapes are shown, the title and the screen stay; into a pipe the bytes are exact"
    )
    func csvOnATerminal() throws {
        let binary = TmuxCommand.quote(Binary.path)
        let commands = [
            "\(binary) list --csv", "\(binary) show \(TmuxCommand.quote(EscapePortal.refused.id)) --csv",
            "\(binary) whoami --csv",
        ]
        let pane = try HardeningTmux(
            width: 200, height: 40, environment: environment, record: true,
            shellCommand: commands.joined(separator: " && "))
        let exit = try pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(try pane.paneTitle == HardeningTmux.shellTitle, "a cell retitled the pane")
        #expect(exit.shellLinesBack, "a cell cleared the screen")
        #expect(exit.screen.contains("gone" + Self.shown), "\(exit.screen)")
        #expect(exit.screen.contains("keep" + Self.shown))
        #expect(exit.screen.contains("owner" + Self.shown))
        // Every byte the commands wrote to the pane, between the shell's two markers.
        let recorded = try String(contentsOfFile: pane.recording, encoding: .utf8)
        let output = try #require(
            recorded.components(separatedBy: HardeningTmux.beforeMarker).last?
                .components(separatedBy: HardeningTmux.exitMarker).first)
        #expect(output.contains("owner" + Self.shown))
        TUIHostileTextTests.expectInert(output.replacingOccurrences(of: "\r", with: ""), "CSV on a terminal")

        for arguments in [["list", "--csv"], ["show", EscapePortal.refused.id, "--csv"], ["whoami", "--csv"]] {
            let piped = try run(arguments)
            #expect(piped.status == 0)
            #expect(piped.stdout.contains(EscapePortal.payload), "\(arguments): a pipe gets the exact bytes")
        }
    }

    @Test("--json escapes C0 and C1 (and DEL): no control character on stdout, the exact strings parse back")
    func json() throws {
        let people: [(arguments: [String], ids: [String])] = [
            (["list", "--json"], EscapePortal.everyone.map(\.id)),
            (["list", "--all", "--json"], EscapePortal.everyone.map(\.id)),
            (["show", EscapePortal.refused.id, "--json"], [EscapePortal.refused.id]),
            (["whoami", "--json"], [EscapePortal.owner.id]),
        ]
        for (arguments, ids) in people {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            Self.expectInert(result, arguments.joined(separator: " "))
            #expect(
                result.stdout.contains("\\u009b") && result.stdout.contains("\\u001b"), "\(arguments): \(result.stdout)"
            )
            let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            let objects = parsed as? [[String: Any]] ?? [(parsed as? [String: Any]) ?? [:]]
            #expect(objects.compactMap { $0["id"] as? String } == ids, "\(arguments)")
            #expect(objects.allSatisfy { ($0["email"] as? String)?.contains(EscapePortal.payload) == true })
        }
        // A bulk command's report: the portal's refusal, exact, in JSON.
        let refused = try run(["terminate", EscapePortal.refused.id, "--json"])
        #expect(refused.status == 3, "\(refused.stderr)")
        Self.expectInert(refused, "terminate --json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(refused.stdout.utf8)) as? [[String: Any]])
        #expect((report.first?["detail"] as? String)?.contains(EscapePortal.errorMessage) == true, "\(report)")
        #expect(report.first?["id"] as? String == EscapePortal.refused.id)
    }

    @Test(
        "Every command's text output — tables, details, reports, errors — shows the portal's ids, e-mails and errors neutralised"
    )
    func textOutput() throws {
        let refused = EscapePortal.refused.id
        let commands: [[String]] = [
            ["list"], ["show", refused], ["show", "nobody"], ["whoami"],
            ["terminate", refused], ["activate", refused], ["set-type", "room-admin", refused],
            ["delete", refused, "--yes"], ["delete", EscapePortal.terminated.id, "--dry-run"],
            ["add", "--first-name", "New", "--email", "new@example.com"], ["invite", "new@example.com"],
        ]
        for arguments in commands {
            let result = try run(arguments)
            let context = arguments.joined(separator: " ")
            Self.expectInert(result, context)
            #expect(
                (result.stdout + result.stderr).contains(Self.shown),
                "\(context): the hostile text was not met\n\(result.stdout)\(result.stderr)")
        }
    }

    @Test(
        "Ctrl-C while following the portal's task: the person's e-mail and the portal's refusal to cancel reach stderr neutralised"
    )
    func ctrlCWhileFollowing() throws {
        let id = EscapePortal.roomAdmin.id
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["set-type", "user", id]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let polled = "GET /api/2.0/people/type/progress/" + id
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !portal.requests.contains(polled) { usleep(20_000) }
        #expect(portal.requests.contains(polled), "the CLI never followed the task: \(portal.requests)")
        kill(process.processIdentifier, SIGINT)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let result = RunResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
        #expect(result.status == 130, "\(stderr)")
        #expect(portal.requests.contains("PUT /api/2.0/people/type/terminate"), "the cancel was asked")
        #expect(stderr.contains("asking the portal to cancel the demotion of room" + Self.shown), "\(stderr)")
        #expect(
            stderr.contains("The portal did not cancel it (Access denied by the portal (403): Denied" + Self.shown),
            "\(stderr)")
        Self.expectInert(result, "set-type interrupted")
    }
}
