import Foundation
import Testing

/// The command line while it waits on the portal, and how it ends: no CPU spent waiting, a
/// dropped connection reported at once as dropped, and each exit status as README documents.
@Suite("CLI waiting and exit codes", .serialized)
struct CLIWaitTests {
    private func temporaryHome() -> String { makeTemporaryHome() }

    /// Runs the binary under bash and returns its status, its output and the CPU seconds
    /// (user + system) it used, as bash's `times` reports them for its one child.
    private func measured(_ arguments: [String], environment: [String: String]) throws -> (
        status: Int32, stdout: String, cpuSeconds: Double
    ) {
        let quoted = ([Binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
        let script = "\(quoted.joined(separator: " ")) >/dev/null 2>&1; status=$?; times; exit $status"
        let result = try runBinaryUnderShell(script, environment: environment)
        // `times` prints two lines: the shell's own, then its children's ("0m0.040s 0m0.012s").
        let lines = result.stdout.split(separator: "\n")
        let children = try #require(lines.last).split(separator: " ").map(String.init)
        return (result.status, result.stdout, children.map(Self.seconds).reduce(0, +))
    }

    private static func seconds(_ text: String) -> Double {
        // "1m2.500s"
        let parts = text.dropLast().split(separator: "m")
        guard parts.count == 2, let minutes = Double(parts[0]), let seconds = Double(parts[1]) else { return .nan }
        return minutes * 60 + seconds
    }

    @Test("waiting 3 s for the portal's answer costs next to no CPU (the wait sleeps, it does not poll)")
    func quietWait() throws {
        let server = try DemoServerProcess(extra: ["--fault", "GET /api/2.0/people/filter: latency=3000 times=1"])
        defer { server.stop() }
        let started = Date()
        let run = try measured(["list"], environment: server.environment(home: temporaryHome()))
        #expect(run.status == 0)
        // The fault held the answer back 3 s, so the process really waited…
        #expect(Date().timeIntervalSince(started) >= 2.9)
        // …and used a small fraction of that in CPU: starting, one page, printing. Polling
        // while waiting used most of the wait (2–3 s of CPU per 3 s).
        #expect(run.cpuSeconds < 0.5, "CPU while waiting: \(run.cpuSeconds) s")
    }

    @Test("a dropped connection fails at once as dropped (exit 6), not after the timeout")
    func droppedRead() throws {
        let server = try DemoServerProcess(extra: ["--fault", "GET /api/2.0/people/filter: drop"])
        defer { server.stop() }
        let started = Date()
        let result = try runBinary(
            ["list", "--timeout", "60"], environment: server.environment(home: temporaryHome()))
        #expect(result.status == 6)
        #expect(result.stderr.contains("connection to the portal was dropped"), "\(result.stderr)")
        // Reads are tried again twice after a short pause; nowhere near the 60 s timeout.
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test("a change whose connection is dropped is read back; nothing done exits 6, as the cause says")
    func droppedChange() throws {
        let server = try DemoServerProcess(extra: ["--fault", "PUT /api/2.0/people/status/Terminated: drop"])
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let person = try #require(try activePerson(env))
        let result = try runBinary(["terminate", person], environment: env)
        #expect(result.status == 6, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("connection to the portal was dropped"), "\(result.stdout)")
        #expect(result.stdout.contains("a re-read shows them still Active"), "\(result.stdout)")
        // Sent exactly once: curl would resend a request whose kept-alive connection died.
        let stats = try String(contentsOf: URL(string: server.baseURL + "/__standin/stats")!, encoding: .utf8)
        let counts = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        let routes = counts?["perRoute"] as? [String: Int] ?? [:]
        #expect(routes["PUT /api/2.0/people/status/{status}"] == 1, "\(routes)")
    }

    @Test(
        "each class of failure exits with its documented status",
        arguments: [
            // 1: the portal failed (server error).
            (["GET /api/2.0/people/filter: status=500"], ["list"], Int32(1)),
            // 3: refused by the portal.
            (["PUT /api/2.0/people/status/Terminated: status=403"], ["terminate", "@active"], 3),
            // 4: not found.
            ([], ["show", "nobody-here@example.org"], 4),
            // 5: the key was rejected.
            (["GET /api/2.0/people/filter: expired-token"], ["list"], 5),
            // 6: no answer within --timeout.
            (["GET /api/2.0/people/filter: latency=5000"], ["list", "--timeout", "1"], 6),
            // 64: bad usage.
            ([], ["list", "--no-such-option"], 64),
        ] as [([String], [String], Int32)])
    func exitStatus(faults: [String], arguments: [String], status: Int32) throws {
        let server = try DemoServerProcess(extra: faults.flatMap { ["--fault", $0] })
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        var arguments = arguments
        if let index = arguments.firstIndex(of: "@active") { arguments[index] = try #require(try activePerson(env)) }
        let result = try runBinary(arguments, environment: env)
        #expect(result.status == status, "\(arguments): \(result.stdout)\n\(result.stderr)")
    }

    @Test("a portal that cannot be reached exits 6; some done and some not exits 2")
    func unreachableAndPartial() throws {
        let unreachable = try runBinary(
            ["list"],
            environment: ["DOCSPACE_URL": "http://127.0.0.1:1", "DOCSPACE_TOKEN": "sk-x", "HOME": temporaryHome()])
        #expect(unreachable.status == 6, "\(unreachable.stderr)")

        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: temporaryHome())
        let person = try #require(try activePerson(env))
        // The owner cannot be terminated (the change's rules leave them out); the other is done.
        let owner = "owner@example.com"
        let partial = try runBinary(["terminate", person, owner], environment: env)
        #expect(partial.status == 2, "\(partial.stdout)\n\(partial.stderr)")
    }

    /// The id of an active person other than the owner.
    private func activePerson(_ env: [String: String]) throws -> String? {
        let listed = try runBinary(["list", "--status", "active", "--json"], environment: env)
        let people = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        return people.first { ($0["isOwner"] as? Bool) != true && ($0["email"] as? String) != "owner@example.com" }?[
            "id"] as? String
    }
}

/// Runs a bash script with the environment the binary gets in `runBinary`.
private func runBinaryUnderShell(_ script: String, environment: [String: String]) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.environment = binaryEnvironment(environment)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
}
