import DocSpaceAPI
import Foundation
import Testing

/// The decoder and envelope handling under fuzz: mutated real shapes and random bytes, with
/// random statuses and headers, given to every kind of client call. No input may crash or
/// hang the client; every failure must be a `DocSpaceError` (never another error type) whose
/// description keeps the secret out; every value must be sane.
///
/// `DOCSPACE_FUZZ_ITERATIONS` sets the count (5,000 by default, a few seconds; `scripts/fuzz`
/// runs 100,000); a failure prints each bad input's seed, which `DOCSPACE_FUZZ_REPLAY` runs alone.
@Suite("Fuzz: decoding and envelope handling", .serialized)
struct FuzzDecodingTests {
    @Test(
        "mutated and random answers: no crash or hang, a DocSpaceError for every failure, sane values",
        .timeLimit(.minutes(FuzzSettings.current.timeLimitMinutes)))
    func fuzz() async throws {
        let settings = FuzzSettings.current
        let mutator = FuzzMutator(corpus: try FuzzCorpus.load())
        if let replay = settings.replay {
            let input = mutator.input(seed: replay)
            print("fuzz replay:\n\(input.report)")
            let verdict = await FuzzOracle.judge(input)
            print("fuzz replay verdict: \(verdict)")
            if case .violation(let reason) = verdict { Issue.record("\(reason)\n\(input.report)") }
            return
        }

        FuzzCrashNote.install()
        defer { FuzzCrashNote.uninstall() }
        let watchdog = FuzzWatchdog()
        defer { watchdog.stop() }

        var tally = FuzzTally()
        let clock = ContinuousClock()
        let runStart = clock.now
        for index in 0..<settings.iterations {
            let input = mutator.input(seed: FuzzRandom.inputSeed(runSeed: settings.runSeed, index: index))
            FuzzCrashNote.set(
                "input #\(index), seed \(FuzzInput.hex(input.seed)) of run seed "
                    + "\(FuzzInput.hex(settings.runSeed)); replay alone: DOCSPACE_FUZZ_REPLAY=\(FuzzInput.hex(input.seed))"
            )
            watchdog.started(index: index) { input.report }
            let started = clock.now
            let verdict = await FuzzOracle.judge(input)
            tally.record(verdict, for: input, seconds: (clock.now - started).seconds)
            // The calls never really suspend (the transport answers at once), so give the
            // cooperative pool back now and then: other suites share its few threads.
            await Task.yield()
        }
        let summary = tally.summary(runSeed: settings.runSeed, seconds: (clock.now - runStart).seconds)
        print(summary)

        for violation in tally.violations { Issue.record(Comment(rawValue: violation)) }
        #expect(tally.violationCount == 0, "\(tally.violationCount) violations (first \(tally.violations.count) above)")
        #expect(tally.inputs == settings.iterations)
        // Both verdicts must be reachable, or the fuzz is not testing what it claims.
        #expect(tally.decoded > 0, "no input decoded: the mutations never leave a readable answer")
        #expect(tally.typedFailures > 0)
    }

    @Test("the corpus unmutated: each success shape decodes for its own call, each error shape fails typed")
    func corpusBaseline() async throws {
        let corpus = try FuzzCorpus.load()
        #expect(corpus.seeds.count >= 30, "every fixture and documented example is a seed")
        for seed in corpus.seeds {
            for operation in FuzzOperation.allCases
            where operation.expectedShapes.first == seed.shape
                || (seed.shape == .error && operation == .me)
            {
                let input = FuzzInput(
                    seed: 0, operation: operation,
                    response: HTTPResponse(
                        status: seed.status, headers: ["Content-Type": "application/json"],
                        body: Data(seed.document.text.utf8)),
                    recipe: [seed.name])
                let verdict = await FuzzOracle.judge(input)
                switch (seed.shape, verdict) {
                case (.error, .failed), (.person, .decoded), (.people, .decoded), (.persons, .decoded),
                    (.summaries, .decoded), (.task, .decoded), (.bool, .decoded), (.auth, .decoded), (.void, .decoded):
                    break
                default:
                    Issue.record("\(seed.name) as \(operation.rawValue): \(verdict)")
                }
            }
        }
    }

    @Test("an input is a function of its seed alone")
    func deterministic() throws {
        let corpus = try FuzzCorpus.load()
        let first = FuzzMutator(corpus: corpus)
        let second = FuzzMutator(corpus: try FuzzCorpus.load())
        for index in 0..<300 {
            let seed = FuzzRandom.inputSeed(runSeed: FuzzSettings.defaultSeed, index: index)
            let a = first.input(seed: seed)
            let b = second.input(seed: seed)
            #expect(
                a.response == b.response && a.operation == b.operation && a.recipe == b.recipe,
                "seed \(FuzzInput.hex(seed))")
        }
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
