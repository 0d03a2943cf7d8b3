import FlyingFox
import FlyingSocks
import Foundation

/// A local HTTP server that behaves like an ONLYOFFICE DocSpace portal's People API: the
/// real envelopes, errors, rules and quirks, over a seeded in-memory directory, with fault
/// injection for tests. Used by `docspace-people --demo`, the integration tests and the
/// benchmarks.
///
/// ```swift
/// let portal = PortalServer(options: PortalOptions(users: 500))
/// let url = try await portal.start()            // http://127.0.0.1:<free port>
/// await portal.faults.set(try FaultRule.parse("GET /api/2.0/people/filter: status=503 times=1"))
/// …
/// await portal.stop()
/// ```
///
/// The `/__standin/…` control routes (statistics, faults) need no authentication; see
/// `ControlEndpoints`. The server listens on 127.0.0.1 unless told otherwise.
public actor PortalServer {
    /// The fault rules; change them at any time.
    public nonisolated let faults = FaultInjector()
    public nonisolated let options: PortalOptions
    private let state: PortalState
    private let recorder = StatsRecorder()
    private var server: HTTPServer?
    private var runner: Task<Void, Never>?
    private var runFailure: RunFailure?
    private var baseURL: URL?

    /// Builds the demo directory (100,000 people take well under a second in release).
    public init(options: PortalOptions = PortalOptions()) {
        self.options = options
        self.state = PortalState(options: options)
    }

    /// Builds the portal on a Dispatch worker thread rather than on Swift's cooperative pool:
    /// a large directory takes a second or two to build in a debug build, and on a 2-core
    /// machine the pool has 2 threads, which every other task would wait for meanwhile.
    ///
    /// The finished portal is handed back through a lock, not as the continuation's value: the
    /// continuation's own synchronisation lives in the Swift runtime, where the thread
    /// sanitizer cannot see it when the resume wins the race with the suspension, and it then
    /// reports the first read of a stored `let` against the write in `init`. The lock is a
    /// hand-off both the hardware and the sanitizer agree on.
    public static func make(options: PortalOptions = PortalOptions()) async -> PortalServer {
        let handoff = Handoff()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                handoff.put(PortalServer(options: options))
                continuation.resume()
            }
        }
        return handoff.take()
    }

    /// One value passed from a Dispatch thread to the awaiting task under a lock.
    private final class Handoff: @unchecked Sendable {
        private let lock = NSLock()
        private var portal: PortalServer?

        func put(_ portal: PortalServer) {
            lock.withLock { self.portal = portal }
        }

        func take() -> PortalServer {
            lock.withLock {
                guard let portal else { preconditionFailure("PortalServer.make resumed before the portal was built") }
                return portal
            }
        }
    }

    /// Why `start` failed.
    public enum StartError: Error, CustomStringConvertible {
        case invalidHost(String)
        case couldNotListen(String)

        public var description: String {
            switch self {
            case .invalidHost(let host): "invalid host \"\(host)\": give an IPv4 or IPv6 address"
            case .couldNotListen(let reason): "the stand-in portal could not listen: \(reason)"
            }
        }
    }

    private final class RunFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var message: String?
        private var finished = false

        func finish(_ error: (any Error)?) {
            lock.withLock {
                finished = true
                message = error.map { String(describing: $0) }
            }
        }

        var outcome: (finished: Bool, message: String?) {
            lock.withLock { (finished, message) }
        }
    }

    /// Starts listening and returns the base URL (`http://127.0.0.1:PORT`); port 0 picks a
    /// free port. Calling it again while running returns the same URL.
    public func start(host: String = "127.0.0.1", port: UInt16 = 0) async throws -> URL {
        if let baseURL { return baseURL }
        let ip = host == "localhost" ? "127.0.0.1" : host
        let pipeline = RequestPipeline(
            state: state, faults: faults, recorder: recorder,
            limiter: options.rateLimits.map { RateLimiter(limits: $0) })
        let limit = options.handlerTimeout.components
        let handlerTimeout = Double(limit.seconds) + Double(limit.attoseconds) / 1e18
        let server: HTTPServer
        do {
            if ip.contains(":") {
                server = HTTPServer(
                    address: try sockaddr_in6.inet6(ip6: ip, port: port), timeout: handlerTimeout,
                    logger: .disabled, handler: pipeline)
            } else {
                server = HTTPServer(
                    address: try sockaddr_in.inet(ip4: ip, port: port), timeout: handlerTimeout,
                    logger: .disabled, handler: pipeline)
            }
        } catch {
            throw StartError.invalidHost(host)
        }
        let failure = RunFailure()
        runner = Task {
            do {
                try await server.run()
                failure.finish(nil)
            } catch {
                failure.finish(error)
            }
        }
        self.server = server
        self.runFailure = failure

        // FlyingFox's waitUntilListening cannot see a failed bind, so watch both.
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening {
            let outcome = failure.outcome
            if outcome.finished {
                self.server = nil
                throw StartError.couldNotListen(outcome.message ?? "the server stopped")
            }
            guard ContinuousClock.now < deadline else {
                await stop()
                throw StartError.couldNotListen("not listening after 10 s")
            }
            try await Task.sleep(for: .milliseconds(2))
        }
        let boundPort: UInt16
        switch await server.listeningAddress {
        case .ip4(_, let p), .ip6(_, let p): boundPort = p
        default: boundPort = port
        }
        ListenerNoDelay.enable(port: boundPort)
        let url = URL(string: ip.contains(":") ? "http://[\(ip)]:\(boundPort)" : "http://\(ip):\(boundPort)")!
        baseURL = url
        return url
    }

    /// The base URL while running.
    public var url: URL? { baseURL }

    /// Whether the listener still runs, and if it ended, with what error: for a test whose
    /// request was refused or reset, to tell a server that died from a connection that did.
    public func listenerReport() async -> String {
        guard let server, let runFailure else { return "not started (or stopped)" }
        let outcome = runFailure.outcome
        if outcome.finished { return "the server's run ended: \(outcome.message ?? "without an error")" }
        return await server.isListening ? "listening at \(baseURL?.absoluteString ?? "?")" : "running, not listening"
    }

    /// Stops listening, closes connections and cancels background tasks.
    public func stop() async {
        if let server {
            await server.stop(timeout: 0)
        }
        runner?.cancel()
        _ = await runner?.value
        await state.shutdown()
        server = nil
        runner = nil
        baseURL = nil
    }

    /// Request counts and concurrency since start (or the last `resetStats`).
    public func stats() async -> RequestStats {
        await recorder.current
    }

    public func resetStats() async {
        await recorder.reset()
    }

    // MARK: Arranging and inspecting state (tests)

    /// A fresh login token for the person with this e-mail (whatever their status), or `nil`
    /// if there is no such person.
    public func issueToken(forEmail email: String) async -> String? {
        await state.issueToken(forEmail: email)
    }

    /// Adds a person directly, bypassing the API's rules; returns their id. If someone has
    /// that e-mail already, nothing is added and their id is returned.
    public func addPerson(_ seed: PortalPersonSeed) async -> String {
        await state.addPerson(seed)
    }

    /// The person as the directory holds them now, or `nil` if there is no such id.
    public func snapshot(id: String) async -> PortalPersonSnapshot? {
        await state.snapshot(id: id)
    }

    /// The person with this e-mail, or `nil`.
    public func snapshot(email: String) async -> PortalPersonSnapshot? {
        await state.snapshot(email: email)
    }

    /// The e-mails the portal would have sent so far, oldest first.
    public func sentEmails() async -> [PortalEmail] {
        await state.sentEmails
    }

    /// How many people the directory holds (every status).
    public func peopleCount() async -> Int {
        await state.peopleCount
    }
}
