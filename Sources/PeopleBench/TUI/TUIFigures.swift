import DocSpaceAPI
import Foundation
import PeopleCore

/// `docspace-people-bench tui`: the terminal UI's in-process figures over 100,000 people.
///
/// - `key_to_frame_*`: a navigation key (j, k, PgDn, PgUp, g, G) through `update`, the frame
///   built and diffed onto the screen — with every person loaded, with 1,000 marked, at 80×24
///   and at 120×40 (list and detail side by side). The answers the key starts (the detail)
///   are timed apart, as `answer_to_frame_*`.
/// - `filter_keystroke_*`: a key typed into `/` (characters, Backspace, Ctrl-U), the local
///   filter over every loaded person and the frame.
///
/// The people are the stand-in's demo people, read over HTTP once; the app's requests are
/// then answered from memory, so the network is not what is timed (`RecordedPortal`).
@MainActor
final class TUIFigures {
    let people: Int
    /// Only issue #15's figures (`FilterFigures`).
    let onlyFilters: Bool

    init(people: Int, onlyFilters: Bool = false) {
        self.people = people
        self.onlyFilters = onlyFilters
    }

    func run() async throws {
        let started = ContinuousClock.now
        let portal = try await RecordedPortal.record(people: people)
        print(
            "# tui: \(people) demo people read in \(String(format: "%.1f", (ContinuousClock.now - started).seconds)) s")
        if onlyFilters {
            try FilterFigures(portal: portal).run()
            return
        }

        var keys = Samples()
        var answers = Samples()
        var filter = Samples()
        var keysCPU = Samples()
        var filterCPU = Samples()
        var byKey: [String: Samples] = [:]
        for size in [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40)] {
            let driver = TUIDriver(portal: portal, size: size)
            let loading = ContinuousClock.now
            try load(driver, everyone: portal.people.count)
            print(
                "# tui \(size.width)x\(size.height): paged through \(portal.people.count) people in "
                    + String(format: "%.1f s", (ContinuousClock.now - loading).seconds))
            var random = SplitMix(seed: 7)
            var warmKeys = Samples()
            var warmCPU = Samples()
            var warmAnswers = Samples()
            var warmByKey: [String: Samples] = [:]
            navigate(
                driver, count: 300, random: &random, keys: &warmKeys, cpu: &warmCPU, answers: &warmAnswers,
                byKey: &warmByKey)
            driver.startProfiling()
            navigate(driver, count: 1500, random: &random, keys: &keys, cpu: &keysCPU, answers: &answers, byKey: &byKey)
            driver.profiling = false
            report(phases: driver.phases, of: "key_to_frame \(size.width)x\(size.height)")
            mark(driver, count: 1000)
            driver.startProfiling()
            navigate(driver, count: 500, random: &random, keys: &keys, cpu: &keysCPU, answers: &answers, byKey: &byKey)
            driver.profiling = false
            report(phases: driver.phases, of: "key_to_frame \(size.width)x\(size.height), 1,000 marked")
            search(driver, portal: portal, random: &random, samples: &filter, cpu: &filterCPU)
        }
        report("key_to_frame", keys)
        report("key_to_frame_cpu", keysCPU)
        for (key, samples) in byKey.sorted(by: { $0.key < $1.key }) {
            print(
                String(
                    format: "# key_to_frame %@: p50 %.3f ms, p99 %.3f ms, max %.3f ms, %d keys", key,
                    samples.percentile(0.5) * 1000, samples.percentile(0.99) * 1000, samples.percentile(1) * 1000,
                    samples.count))
        }
        report("answer_to_frame", answers)
        report("filter_keystroke", filter)
        report("filter_keystroke_cpu", filterCPU)
        try FilterFigures(portal: portal).run()
    }

    /// Pages through the whole listing with PgDn, answering as the app's runner would.
    private func load(_ driver: TUIDriver, everyone: Int) throws {
        driver.send(.started)
        driver.answerAll()
        while driver.state.list.loadedCount < everyone {
            let before = driver.state.list.loadedCount
            for _ in 0..<5 { driver.press(.pageDown) }
            driver.answerAll()
            if driver.state.cursor == driver.state.rowCount - 1 && driver.state.list.loadedCount == before {
                throw BenchFailure("paging stopped at \(before) of \(everyone) people")
            }
        }
        driver.press(.home)
        driver.answerAll()
    }

    private static let navigation: [Key] = [
        .char("j"), .char("j"), .char("j"), .char("j"), .char("k"), .char("k"),
        .pageDown, .pageDown, .pageUp, .char("G"), .char("g"),
    ]

    private func navigate(
        _ driver: TUIDriver, count: Int, random: inout SplitMix,
        keys: inout Samples, cpu: inout Samples, answers: inout Samples,
        byKey: inout [String: Samples]
    ) {
        let size = "\(driver.state.size.width)x\(driver.state.size.height)"
        for _ in 0..<count {
            let key = Self.navigation[random.next(below: Self.navigation.count)]
            let start = ContinuousClock.now
            let cpuStart = CPUClock.now()
            driver.press(key)
            let took = ContinuousClock.now - start
            cpu.add(seconds: CPUClock.now() - cpuStart)
            keys.add(took)
            byKey["\(size) \(key.displayName)\(driver.state.marks.isEmpty ? "" : " marked")", default: Samples()].add(
                took)
            guard !driver.isIdle else { continue }
            let answered = ContinuousClock.now
            driver.answerAll()
            answers.add(ContinuousClock.now - answered)
        }
    }

    /// Marks `count` people with Space (each moves the cursor down).
    private func mark(_ driver: TUIDriver, count: Int) {
        driver.press(.home)
        for _ in 0..<count {
            driver.press(.char(" "))
            driver.answerAll()
        }
    }

    /// Opens `/` and types: words from the people's names and e-mails, letter by letter, a
    /// Backspace now and then, Ctrl-U between words; Esc at the end.
    private func search(
        _ driver: TUIDriver, portal: RecordedPortal, random: inout SplitMix,
        samples: inout Samples, cpu: inout Samples
    ) {
        driver.press(.char("g"))
        driver.answerAll()
        driver.press(.char("/"))
        driver.startProfiling()
        slowest = []
        defer {
            driver.profiling = false
            report(phases: driver.phases, of: "filter_keystroke \(driver.state.size.width)x\(driver.state.size.height)")
            print("#   the dearest keystrokes (CPU ms):")
            for (seconds, what) in slowest.sorted(by: { $0.seconds > $1.seconds }).prefix(5) {
                print(String(format: "#     %.3f  %@", seconds * 1000, what))
            }
        }
        var words = ["a", "an", "example", "maria", "smith", "ov", "li"]
        for _ in 0..<12 {
            let person = portal.people[random.next(below: portal.people.count)]
            let source = random.next(below: 2) == 0 ? person.displayName : (person.email ?? person.displayName)
            words.append(String(source.prefix(6)))
        }
        for word in words {
            for (i, character) in word.enumerated() {
                time(.char(character), on: driver, into: &samples, cpu: &cpu)
                if i == 2 && random.next(below: 3) == 0 {
                    time(.backspace, on: driver, into: &samples, cpu: &cpu)
                    time(.char(character), on: driver, into: &samples, cpu: &cpu)
                }
            }
            time(.control("u"), on: driver, into: &samples, cpu: &cpu)
        }
        driver.press(.escape)
        driver.answerAll()
    }

    private func time(_ key: Key, on driver: TUIDriver, into samples: inout Samples, cpu: inout Samples) {
        let start = ContinuousClock.now
        let cpuStart = CPUClock.now()
        driver.press(key)
        let cpuTime = CPUClock.now() - cpuStart
        cpu.add(seconds: cpuTime)
        samples.add(ContinuousClock.now - start)
        slowest.append((cpuTime, "\(key.displayName) → \"\(driver.state.search.text)\", \(driver.state.rowCount) rows"))
        driver.answerAll()
    }

    /// The dearest keystrokes of the search, for the breakdown.
    private var slowest: [(seconds: Double, what: String)] = []

    /// The CPU time of each step of a key press (answers excluded), as comments.
    private func report(phases: [String: Samples], of what: String) {
        print("# \(what): CPU per step (p50 / p99 / max ms)")
        for (name, samples) in phases.sorted(by: { $0.key < $1.key }) {
            print(
                String(
                    format: "#   %@: %.3f / %.3f / %.3f", name, samples.percentile(0.5) * 1000,
                    samples.percentile(0.99) * 1000, samples.percentile(1) * 1000))
        }
    }

    private func report(_ name: String, _ samples: Samples) {
        print(String(format: "%@_p99_ms %.3f ms", name, samples.percentile(0.99) * 1000))
        print(String(format: "%@_p50_ms %.3f ms", name, samples.percentile(0.50) * 1000))
        print(String(format: "%@_max_ms %.3f ms", name, samples.percentile(1.0) * 1000))
        print("# \(name): \(samples.count) samples")
    }
}

/// Durations, for percentiles.
struct Samples {
    private var seconds: [Double] = []

    mutating func add(_ duration: Duration) { seconds.append(duration.seconds) }
    mutating func add(seconds value: Double) { seconds.append(value) }

    var count: Int { seconds.count }

    /// The smallest value at or above which the top `1 - fraction` lie (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        guard !seconds.isEmpty else { return 0 }
        let sorted = seconds.sorted()
        let rank = max(1, Int((fraction * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }
}

/// A small seeded generator (SplitMix64): the same keys in every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
