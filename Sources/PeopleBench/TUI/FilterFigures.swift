import CMalloc
import DocSpaceAPI
import Foundation
import Glibc
import PeopleCore

/// The two figures of issue #15's "Performance", printed with `docspace-people-bench tui`:
///
/// - `filter_switch_own_ms`: a filter key (`f`, `F`, `L`, `$`, `Q`) on 100,000 people, the
///   app's own time from the key to the first page's frame: the key through `update` and its
///   frame, plus the first page's answer through `update` and its frame — the portal's answer
///   is made before the clock starts, so the round trip is not in it. The first switch drops
///   every loaded person (the dearest); the rest switch between filtered lists. Goal ≤ 10 ms
///   (the max is reported as the figure).
/// - `mark_all_20k_requests` and `mark_all_20k_marks_mb`: `*` over a filtered set of 20,000
///   people (the seat filter of `RecordedPortal`): the page requests it sends (goal ≤ 200)
///   and the memory the marks hold once it is done (goal ≤ 5 MB), measured as the bytes the
///   allocator has handed out and not got back (`mallinfo2`: `uordblks` and `hblkhd`) after
///   `*` minus before. The resident growth is printed beside it: it also counts the pages the
///   run's answers left partly used, which the marks do not hold.
@MainActor
struct FilterFigures {
    let portal: RecordedPortal

    func run() throws {
        let driver = TUIDriver(portal: portal, size: TerminalSize(width: 120, height: 40))
        try loadEveryone(driver)
        var samples = Samples()
        var first: Duration?
        let keys: [Key] = [.char("L"), .char("$"), .char("Q"), .char("f"), .char("F")]
        for round in 0..<60 {
            let key = keys[round % keys.count]
            let start = ContinuousClock.now
            driver.press(key)
            let keyTime = ContinuousClock.now - start
            guard let answerTime = driver.answerFirstPage() else {
                throw BenchFailure("\(key.displayName) asked for no first page")
            }
            let own = keyTime + answerTime
            if first == nil { first = own }
            samples.add(own)
            driver.answerAll()
        }
        print(String(format: "filter_switch_own_ms %.3f ms", samples.percentile(1) * 1000))
        print(
            String(
                format:
                    "# filter_switch_own: p50 %.3f ms, %d switches; the first (100,000 loaded people dropped) %.3f ms",
                samples.percentile(0.5) * 1000, samples.count, (first?.seconds ?? 0) * 1000))
        try markAll()
    }

    private func loadEveryone(_ driver: TUIDriver) throws {
        driver.send(.started)
        driver.answerAll()
        while driver.state.list.loadedCount < portal.people.count {
            let before = driver.state.list.loadedCount
            for _ in 0..<5 { driver.press(.pageDown) }
            driver.answerAll()
            if driver.state.list.loadedCount == before && driver.state.cursor == driver.state.rowCount - 1 {
                throw BenchFailure("paging stopped at \(before) people")
            }
        }
    }

    /// `*` with the seat filter on (`$` twice: free seats), answered page by page.
    private func markAll() throws {
        let driver = TUIDriver(portal: portal, size: TerminalSize(width: 120, height: 40))
        driver.send(.started)
        driver.answerAll()
        driver.press(.char("$"))
        driver.press(.char("$"))
        driver.answerAll()
        guard driver.state.filters.payments == .free, driver.state.list.total == RecordedPortal.filteredCount else {
            throw BenchFailure("the seat filter did not narrow to \(RecordedPortal.filteredCount) people")
        }
        let requestsBefore = driver.pageRequests
        let heapBefore = Self.allocated()
        let residentBefore = Self.heapInUse()
        driver.press(.char("*"))
        driver.answerAll()
        let heapAfter = Self.allocated()
        let residentAfter = Self.heapInUse()
        let requests = driver.pageRequests - requestsBefore
        guard driver.state.marks.count == RecordedPortal.filteredCount else {
            throw BenchFailure("* marked \(driver.state.marks.count) of \(RecordedPortal.filteredCount) people")
        }
        let megabytes = Double(max(0, heapAfter - heapBefore)) / 1_048_576
        print("mark_all_20k_requests \(requests) requests")
        print(String(format: "mark_all_20k_marks_mb %.2f MB", megabytes))
        print(
            String(
                format: "# mark_all_20k: %d marked with %d page requests; %.0f bytes of heap per mark",
                driver.state.marks.count, requests, Double(heapAfter - heapBefore) / Double(driver.state.marks.count)))
        print(
            String(
                format: "# mark_all_20k: the resident bytes grew by %.2f MB; the marks' buffers hold %.2f MB",
                Double(residentAfter - residentBefore) / 1_048_576, Double(driver.state.marks.storedBytes) / 1_048_576))
    }

    /// The bytes the allocator has handed out and not got back: its arenas' chunks in use and
    /// the chunks it mapped on their own.
    private static func allocated() -> Int {
        let info = mallinfo2()
        return Int(info.uordblks) + Int(info.hblkhd)
    }

    /// The process's resident bytes once the allocator has given its free pages back
    /// (`malloc_trim(0)`, which glibc applies to every arena).
    private static func heapInUse() -> Int {
        _ = malloc_trim(0)
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
