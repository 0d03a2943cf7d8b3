import DocSpaceAPI
import Foundation

/// Fetches every page of a view for an export and writes them as they come, in order.
///
/// The pages come as `allPeople` fetches them — the first page tells the total, then at most
/// `maxConcurrent` pages at a time — but stopping is a flag checked before each new page, not
/// task cancellation, as everywhere in `EffectRunner`: pages asked for are let finish.
/// A stopped export lets the pages already asked for finish and drops them.
enum ExportFetch {
    /// Set by Esc (through `.cancel`): no more pages are asked for.
    final class StopFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        func stop() { lock.withLock { stopped = true } }
        var isStopped: Bool { lock.withLock { stopped } }
    }

    static let maxConcurrent = 4

    @concurrent
    static func run(
        _ query: PeopleQuery, format: PeopleExportFormat, with client: any PeopleClient,
        stop: StopFlag, progress: @escaping @Sendable (_ fetched: Int, _ total: Int) -> Void
    ) async -> Response {
        var query = query
        query.startIndex = 0
        query.count = PeopleQuery.maxCount
        var writer = PeopleExportWriter(format: format)
        do {
            let first = try await client.people(query)
            writer.append(first.people)
            progress(writer.count, first.total)
            // The claimed total is not trusted: the schedule clamps it and ends the export at
            // the first short or empty page.
            var schedule = PageSchedule(after: first, count: query.count)
            var pages: [Int: PeoplePage] = [:]
            var inFlight = 0
            var nextToWrite = query.count
            var failure: (any Error)?
            // A failed page ends the export, but the pages in flight are waited for rather than
            // cancelled (a throwing group would cancel them).
            await withTaskGroup(of: Result<PeoplePage, any Error>.self) { group in
                func startNext() {
                    guard inFlight < maxConcurrent, !stop.isStopped, failure == nil,
                        let start = schedule.nextStart()
                    else { return }
                    var pageQuery = query
                    pageQuery.startIndex = start
                    inFlight += 1
                    group.addTask {
                        do { return .success(try await client.people(pageQuery)) } catch { return .failure(error) }
                    }
                }
                for _ in 0..<maxConcurrent { startNext() }
                while let result = await group.next() {
                    inFlight -= 1
                    switch result {
                    case .success(let page):
                        schedule.received(page)
                        pages[page.startIndex] = page
                    case .failure(let error): if failure == nil { failure = error }
                    }
                    guard failure == nil else { continue }
                    // Pages finish in any order; write each once its predecessors are in.
                    while schedule.includes(start: nextToWrite), let ready = pages.removeValue(forKey: nextToWrite) {
                        writer.append(ready.people)
                        nextToWrite += query.count
                    }
                    progress(writer.count, schedule.end)
                    startNext()
                }
            }
            if let failure { throw failure }
            if stop.isStopped { return .failure(.cancelled) }
            let count = writer.count
            return .exported(ExportedPeople(contents: writer.finish(), count: count))
        } catch {
            return .failure(EffectRunner.docSpaceError(error))
        }
    }
}
