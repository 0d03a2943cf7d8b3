import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

/// A bounded soak: thousands of calls through one `DocSpaceClient` against the stand-in (in
/// its own process, `PortalProcess`) with random faults switched on (latency, 503 and 502 HTML pages, 500, 429 with
/// `Retry-After`, malformed and truncated bodies, dropped connections, 2xx with an error,
/// timeouts). No call may crash or end in anything but a value or a `DocSpaceError`; values
/// must be what was asked for; a status change counts as done only when the portal's answer
/// says so; and resident memory at the end must be within 10 % of the figure after warm-up.
///
/// `DOCSPACE_SOAK_REQUESTS` sets the count (1,000 by default; `scripts/soak` runs 10,000).
/// Backoff sleeps are a thousandth of what the client asks for, so the soak does not wait
/// on timers.
@Suite("Soak: client against the stand-in with random faults", .serialized)
struct SoakTests {
    static let dedicatedPerWorker = 5

    @Test(
        "calls under random faults: a value or a DocSpaceError each, server truth for changes, no leak",
        .timeLimit(.minutes(SoakSettings.current.timeLimitMinutes)))
    func soak() async throws {
        let settings = SoakSettings.current
        // The stand-in runs in its own process: the memory bound is about the client, and an
        // in-process server's per-connection bookkeeping would be counted against it.
        let portal = try PortalProcess(users: 300)
        defer { portal.stop() }
        do {
            // The directory as it is before any fault.
            let setup = portal.client()
            let everyone = try await setup.collectAllPeople(PeopleQuery())
            let directory = SoakWorker.Directory(
                ids: everyone.map(\.id), emails: everyone.compactMap(\.email),
                users: everyone.count)
            var workers: [SoakWorker] = []
            for index in 0..<settings.workers {
                var people: [String] = []
                for number in 0..<Self.dedicatedPerWorker {
                    let person = try await setup.create(
                        NewPerson(
                            firstName: "Soak", lastName: "Worker",
                            email: "soak.\(index).\(number)@example.org"))
                    people.append(person.id)
                }
                workers.append(SoakWorker(index: index, seed: settings.seed, people: people, only: settings.only))
            }

            let sleeps = SoakCounter()
            let client = DocSpaceClient(
                configuration: ClientConfiguration(
                    baseURL: portal.url, credentials: .apiKey(portal.apiKey), timeout: 1, maxReadRetries: 3,
                    userAgent: "docspace-people-soak",
                    sleep: { seconds in
                        sleeps.increment()
                        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000))
                    }))
            let faults = SoakFaults.mix(seed: settings.seed, selection: settings.faults)
            try await portal.setFaults(faults.map(\.rule.description))
            try await portal.resetStats()

            let clock = ContinuousClock()
            let started = clock.now
            let atStart = SoakMemory.residentBytes()
            workers = await Self.run(workers, calls: settings.warmUp, client: client, directory: directory)
            let afterWarmUp = SoakMemory.residentBytes()
            // The rest in ten steps, with the resident figure after each: a leak climbs steadily,
            // noise does not.
            var trend: [Int] = []
            let rest = settings.requests - settings.warmUp
            for step in 0..<10 {
                let calls = rest / 10 + (step < rest % 10 ? 1 : 0)
                workers = await Self.run(workers, calls: calls, client: client, directory: directory)
                if let bytes = SoakMemory.residentBytes() { trend.append(bytes) }
            }
            let atEnd = trend.last
            let elapsed = clock.now - started

            let fired = try await portal.firedCounts()
            let served = try await portal.servedTotal()
            try await portal.clearFaults()

            var tally = SoakTally()
            for worker in workers { tally.merge(worker.tally) }

            // Server truth: each dedicated person ends in a status the portal confirmed last, or
            // one asked for afterwards (or by a call whose outcome was unclear).
            let reader = setup
            for worker in workers {
                for ledger in worker.ledgers {
                    let now = try await reader.person(id: ledger.id).status
                    if !ledger.possible.contains(now) {
                        tally.violations.append(
                            "\(ledger.id) is \(now), but the soak only confirmed \(ledger.confirmed) "
                                + "and then asked for \(ledger.attemptedSinceConfirmed) (unclear: \(ledger.unclear))")
                    }
                }
            }

            print(
                Self.report(
                    settings: settings, tally: tally, faults: faults, fired: fired, served: served,
                    sleeps: sleeps.value,
                    seconds: Double(elapsed.components.seconds)
                        + Double(elapsed.components.attoseconds) / 1e18,
                    memory: (atStart, afterWarmUp, atEnd), trend: trend))

            #expect(tally.calls == settings.requests)
            #expect(tally.total("NOT A DocSpaceError") == 0)
            for violation in tally.violations.prefix(20) { Issue.record(Comment(rawValue: violation)) }
            #expect(tally.violations.isEmpty, "\(tally.violations.count) broken promises (first 20 above)")
            // The soak must see both sides, and the faults must really have been on.
            #expect(tally.total("success") > 0)
            #expect(tally.failures > 0 || faults.isEmpty)
            for (fault, count) in zip(faults, fired)
            where Double(settings.requests) * (fault.rule.probability ?? 1) >= 10 {
                #expect(count > 0, "the fault \"\(fault.name)\" never fired")
            }
            if let afterWarmUp, let atEnd {
                #expect(
                    Double(atEnd) <= Double(afterWarmUp) * 1.10,
                    "resident memory grew from \(SoakMemory.megabytes(afterWarmUp)) after warm-up to \(SoakMemory.megabytes(atEnd))"
                )
            }
        }
    }

    /// Runs `calls` calls split over the workers, all at once; returns the workers (with their
    /// tallies and ledgers) in order.
    static func run(
        _ workers: [SoakWorker], calls: Int, client: DocSpaceClient,
        directory: SoakWorker.Directory
    ) async -> [SoakWorker] {
        await withTaskGroup(of: SoakWorker.self) { group in
            for worker in workers {
                let share = calls / workers.count + (worker.index < calls % workers.count ? 1 : 0)
                group.addTask {
                    var worker = worker
                    await worker.run(share, client: client, directory: directory)
                    return worker
                }
            }
            var done: [SoakWorker] = []
            for await worker in group { done.append(worker) }
            return done.sorted { $0.index < $1.index }
        }
    }

    static func report(
        settings: SoakSettings, tally: SoakTally, faults: [SoakFaults.Fault], fired: [Int], served: Int,
        sleeps: Int, seconds: Double, memory: (start: Int?, warm: Int?, end: Int?), trend: [Int]
    ) -> String {
        let firedText = zip(faults, fired).map { "    \($0.name): \($1)" }.joined(separator: "\n")
        var memoryText = "memory: not measured (no /proc/self/statm)"
        if let start = memory.start, let warm = memory.warm, let end = memory.end {
            let change = (Double(end) / Double(warm) - 1) * 100
            memoryText =
                "memory (resident): start \(SoakMemory.megabytes(start)), after warm-up of \(settings.warmUp) calls "
                + "\(SoakMemory.megabytes(warm)), end \(SoakMemory.megabytes(end)) (\(String(format: "%+.1f", change)) % "
                + "against warm-up; bound +10 %)\n  resident after each tenth of the rest: "
                + trend.map { String(format: "%.1f", Double($0) / 1_048_576) }.joined(separator: " ") + " MB"
        }
        return """
            soak: \(tally.calls) calls (seed \(settings.seed), \(settings.workers) workers, faults: \(settings.faults)) in \(String(format: "%.1f", seconds)) s; \
            \(served) HTTP requests served (retries included); \(sleeps) backoff sleeps
            \(tally.table)
              faults fired:
            \(firedText)
              \(memoryText)
              broken promises: \(tally.violations.count)
            """
    }
}
