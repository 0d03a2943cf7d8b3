import ArgumentParser
import Dispatch
import Foundation
import StandInPortal

/// `demo-server`: the stand-in portal as its own process, for tests, benchmarks and trying
/// the CLI. Its first line on standard output holds the base URL; SIGINT/SIGTERM stop it
/// with exit status 0.
struct DemoServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-server",
        abstract: "Run the stand-in DocSpace portal with demo people.",
        discussion: """
            Listens on loopback unless --host says otherwise. The first line printed contains the \
            base URL (http://127.0.0.1:PORT). Faults can be injected with --fault, e.g. \
            --fault "GET /api/2.0/people/filter: status=503 times=2", or at run time over HTTP \
            (PUT/DELETE /__standin/faults, GET /__standin/stats).
            """)

    @Option(name: .long, help: "Address to listen on.") var host = "127.0.0.1"
    @Option(name: .long, help: "Port (0 picks a free one).") var port: UInt16 = 0
    @Option(name: .long, help: "How many people, the owner included.") var users = 200
    @Option(name: .long, help: "Seed of the demo data (same seed, same people).") var seed: UInt64 = 1
    @Option(name: .long, help: "The owner's e-mail.") var ownerEmail = "owner@example.com"
    @Option(name: .long, help: "The owner's password (a demo secret).") var ownerPassword = PortalOptions()
        .ownerPassword
    @Option(name: .long, help: "Register this API key (sk-…) for the owner.") var apiKey: String?
    @Flag(name: .long, help: "A plan without the Audit feature: the login filter answers the last 20 events of anyone.")
    var noAudit = false
    @Option(name: .long, help: "Days of login history the portal keeps (1-180).") var loginHistoryDays = 180
    @Option(name: .long, help: "Inject a fault (repeatable), e.g. \"GET /api/2.0/people/filter: status=503 times=2\".")
    var fault: [String] = []
    @Option(
        name: .long,
        help:
            "Seconds the portal's asynchronous tasks (demotions, hand-overs) take; long ones can be watched and cancelled."
    )
    var taskSeconds: Double = 0.3
    @Flag(
        name: .long,
        help:
            "Turn on the cloud's rate limiter: per user 1500 requests a minute, 50 parallel GETs, 15 parallel others, 10000 POST/PUT a day, 5 calls per 15 minutes on sensitive routes; 429 with Retry-After."
    )
    var rateLimit = false
    @Flag(
        name: .long,
        help:
            "TEST DATA: add people whose names, e-mails, groups, locations and notes hold escape sequences, control and bidi characters and 10 KB strings."
    )
    var hostileData = false
    @Flag(
        name: .long,
        help: "Switch per-user storage quotas off (Settings → Storage management): nobody shows a limit.")
    var noUserQuotas = false
    @Option(
        name: .long,
        help: "Paid seats of the plan (DocSpace admins and room admins, the owner included); default: no limit.")
    var paidSeats: Int?

    func validate() throws {
        guard users >= 0 && users <= 1_000_000 else { throw ValidationError("--users must be 0…1000000") }
        guard taskSeconds.isFinite, taskSeconds >= 0, taskSeconds <= 3600 else {
            throw ValidationError("--task-seconds must be 0…3600")
        }
        if let paidSeats, paidSeats < 1 { throw ValidationError("--paid-seats must be 1 or more") }
        if let apiKey, !apiKey.hasPrefix("sk-") { throw ValidationError("--api-key must start with sk-") }
        for spec in fault {
            do { _ = try FaultRule.parse(spec) } catch { throw ValidationError("--fault \(spec): \(error)") }
        }
    }

    func run() async throws {
        var options = PortalOptions()
        options.users = users
        options.seed = seed
        options.ownerEmail = ownerEmail
        options.ownerPassword = ownerPassword
        options.apiKey = apiKey
        options.hostileData = hostileData
        options.userQuotas = !noUserQuotas
        options.auditFeature = !noAudit
        options.paidSeats = paidSeats
        options.loginHistoryDays = min(max(loginHistoryDays, 1), PortalOptions.maxAuditDays)
        if rateLimit { options.rateLimits = .cloud }
        options.taskDuration = .milliseconds(Int((taskSeconds * 1000).rounded()))
        let portal = await PortalServer.make(options: options)
        for spec in fault { await portal.faults.add(try FaultRule.parse(spec)) }

        // Signals are taken before listening, so a stop that arrives early is not lost.
        let stop = SignalWaiter(signals: [SIGINT, SIGTERM])
        let url: URL
        do {
            url = try await portal.start(host: host, port: port)
        } catch {
            throw CommandRunner.report(.configuration("could not listen on \(host):\(port): \(error)"))
        }
        Console.out("DocSpace stand-in portal listening on \(url.absoluteString)")
        Console.out("owner: \(ownerEmail); people: \(max(1, users)); API key: \(apiKey == nil ? "none" : "registered")")
        await stop.wait()
        // A clean stop closes the listener and open connections; if one of them hangs, the
        // signal still ends the process (exit 0) within a few seconds.
        Task.detached {
            try? await Task.sleep(for: .seconds(3))
            Foundation.exit(0)
        }
        await portal.stop()
    }
}

/// Waits for one of the given signals, delivered through libdispatch rather than a C
/// handler, so the wait is an ordinary `await`.
final class SignalWaiter {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Int32>

    init(signals: [Int32]) {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        self.stream = stream
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    func wait() async {
        for await _ in stream { return }
    }

    deinit { sources.forEach { $0.cancel() } }
}
