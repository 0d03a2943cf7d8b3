/// Reading a whole listing, page by page, through any `PeopleClient` (fakes included).
extension PeopleClient {
    /// Every page of `query`, in order, starting at `query.startIndex`.
    ///
    /// The first page tells the `total`; the remaining pages are then fetched in parallel,
    /// at most `maxConcurrent` at a time, and yielded in order as soon as each one's
    /// predecessors are in. For `count` 100 that is exactly ⌈total/100⌉ requests. The
    /// claimed total is not trusted (`PageSchedule`): it is clamped, and the first short or
    /// empty page ends the listing, so a portal claiming more than it sends costs one page
    /// more, not a request per claimed page. Cancelling the consuming task (or dropping the
    /// stream) cancels the fetches in flight; note that a cancelled consumer's
    /// `for try await` loop simply ends, so check `Task.isCancelled` after it (as
    /// `collectAllPeople` does). The first failure ends the stream with that error.
    ///
    /// `total` is the server's count at the time of the first page: people added or removed
    /// while paging can shift rows between pages (see `collectAllPeople`).
    public func allPeople(_ query: PeopleQuery, maxConcurrent: Int = 8) -> AsyncThrowingStream<PeoplePage, any Error> {
        let (stream, continuation) = AsyncThrowingStream<PeoplePage, any Error>.makeStream()
        let task = Task {
            do {
                try await fetchPages(query, maxConcurrent: max(1, maxConcurrent)) { continuation.yield($0) }
                continuation.finish()
            } catch is CancellationError {
                continuation.finish(throwing: DocSpaceError.cancelled)
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// All people matching `query` (from `query.startIndex` on), in server order. A person
    /// who moved between pages while they were fetched appears once.
    public func collectAllPeople(_ query: PeopleQuery) async throws -> [Person] {
        var people: [Person] = []
        var seen: Set<String> = []
        for try await page in allPeople(query) {
            for person in page.people where seen.insert(person.id).inserted {
                people.append(person)
            }
        }
        // A cancelled consumer's loop ends quietly; a partial list must not pass as complete.
        if Task.isCancelled { throw DocSpaceError.cancelled }
        return people
    }

    private func fetchPages(
        _ query: PeopleQuery, maxConcurrent: Int,
        yield: @escaping @Sendable (PeoplePage) -> Void
    ) async throws {
        guard query.count > 0 else {
            throw DocSpaceError.badRequest(
                message: "count must be between 1 and \(PeopleQuery.maxCount)", fieldErrors: [:])
        }
        let first = try await people(query)
        yield(first)
        var schedule = PageSchedule(after: first, count: query.count)

        try await withThrowingTaskGroup(of: PeoplePage.self) { group in
            var inFlight = 0
            func startNext() {
                guard inFlight < maxConcurrent, let start = schedule.nextStart() else { return }
                var pageQuery = query
                pageQuery.startIndex = start
                inFlight += 1
                group.addTask { try await self.people(pageQuery) }
            }
            for _ in 0..<maxConcurrent { startNext() }

            // Pages finish in any order; hold the early ones until their turn. At most
            // `maxConcurrent` are held, whatever the portal claims.
            var waiting: [Int: PeoplePage] = [:]
            var nextToYield = PageSchedule.adding(first.startIndex, query.count)
            while let page = try await group.next() {
                inFlight -= 1
                schedule.received(page)
                waiting[page.startIndex] = page
                while schedule.includes(start: nextToYield), let ready = waiting.removeValue(forKey: nextToYield) {
                    yield(ready)
                    nextToYield = PageSchedule.adding(nextToYield, query.count)
                }
                guard schedule.includes(start: nextToYield) else {
                    // A short page ended the listing: the pages still on their way lie past it.
                    group.cancelAll()
                    return
                }
                startNext()
            }
        }
    }
}
