import Foundation
import PeopleTestSupport
import Testing

@testable import DocSpaceAPI

/// A directory of `count` people behind `people(_:)`, recording every page request and the
/// most requests it saw in flight at once. Later pages answer faster than earlier ones, so
/// ordering must be restored by the pager.
actor FakeDirectory: ScriptedPeopleClient {
    let everyone: [Person]
    /// Each request waits (bounded) until this many are in flight, so parallelism is observable.
    let expectedParallelism: Int
    private(set) var requestedStarts: [Int] = []
    private(set) var maxInFlight = 0
    private var inFlight = 0
    private(set) var cancelledRequests = 0
    private let failAt: Int?
    private let hangFrom: Int?

    init(count: Int, expectedParallelism: Int = 1, failAt: Int? = nil, hangFrom: Int? = nil) {
        everyone = (0..<count).map { Person(id: "p\($0)", displayName: "Person \($0)") }
        self.expectedParallelism = expectedParallelism
        self.failAt = failAt
        self.hangFrom = hangFrom
    }

    func people(_ query: PeopleQuery) async throws -> PeoplePage {
        requestedStarts.append(query.startIndex)
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
        defer { inFlight -= 1 }
        if query.startIndex > 0 {
            let remaining = (everyone.count - query.startIndex + query.count - 1) / query.count
            let target = min(expectedParallelism, remaining)
            var spins = 0
            while inFlight < target, spins < 10_000, maxInFlight < target {
                await Task.yield()
                spins += 1
            }
            // Later pages finish first.
            for _ in 0..<max(0, 50 - query.startIndex / query.count) { await Task.yield() }
        }
        if let hangFrom, query.startIndex >= hangFrom {
            do {
                try await Task.sleep(nanoseconds: 3_600_000_000_000)
            } catch {
                cancelledRequests += 1
                throw DocSpaceError.cancelled
            }
        }
        try Task.checkCancellation()
        if query.startIndex == failAt { throw DocSpaceError.server(status: 500, message: "boom") }
        let end = min(everyone.count, query.startIndex + query.count)
        let slice = query.startIndex < end ? Array(everyone[query.startIndex..<end]) : []
        return PeoplePage(people: slice, startIndex: query.startIndex, total: everyone.count)
    }

}

@Suite("Paging")
struct PagingTests {
    @Test("250 people at 100 a page: exactly 3 requests, pages in order")
    func threePages() async throws {
        let directory = FakeDirectory(count: 250)
        var starts: [Int] = []
        var ids: [String] = []
        for try await page in directory.allPeople(PeopleQuery()) {
            starts.append(page.startIndex)
            ids += page.people.map(\.id)
        }
        #expect(starts == [0, 100, 200])
        #expect(await directory.requestedStarts.sorted() == [0, 100, 200])
        #expect(ids == (0..<250).map { "p\($0)" })
    }

    @Test("exact multiples and small totals", arguments: [(0, 1), (1, 1), (100, 1), (101, 2), (1000, 10)])
    func requestCount(total: Int, requests: Int) async throws {
        let directory = FakeDirectory(count: total)
        let people = try await directory.collectAllPeople(PeopleQuery())
        #expect(people.count == total)
        #expect(await directory.requestedStarts.count == requests)
    }

    @Test("at most maxConcurrent in flight, yet really parallel, order kept")
    func concurrencyBound() async throws {
        let directory = FakeDirectory(count: 2000, expectedParallelism: 3)
        var starts: [Int] = []
        for try await page in directory.allPeople(PeopleQuery(), maxConcurrent: 3) { starts.append(page.startIndex) }
        #expect(starts == Array(stride(from: 0, to: 2000, by: 100)))
        let maxInFlight = await directory.maxInFlight
        #expect(maxInFlight <= 3)
        #expect(maxInFlight >= 2)
    }

    @Test("small pages and a start offset")
    func offsetAndCount() async throws {
        let directory = FakeDirectory(count: 95)
        let people = try await directory.collectAllPeople(PeopleQuery(startIndex: 10, count: 20))
        #expect(people.map(\.id) == (10..<95).map { "p\($0)" })
        #expect(await directory.requestedStarts.sorted() == [10, 30, 50, 70, 90])
    }

    @Test("a failing page ends the stream with its error")
    func failure() async {
        let directory = FakeDirectory(count: 500, failAt: 300)
        let error = await docSpaceError { try await directory.collectAllPeople(PeopleQuery()) }
        #expect(error == .server(status: 500, message: "boom"))
    }

    @Test("stops when the consumer stops: fetches in flight are cancelled")
    func stopsWhenConsumerStops() async throws {
        // Pages 0 and 100 answer; page 200 (in flight alongside 100) never does.
        let directory = FakeDirectory(count: 10_000, hangFrom: 200)
        var pages = 0
        for try await _ in directory.allPeople(PeopleQuery(), maxConcurrent: 2) {
            pages += 1
            if pages == 2 { break }
        }
        #expect(pages == 2)
        #expect(await waitUntil { await directory.cancelledRequests >= 1 })
        #expect(await directory.requestedStarts.count <= 4)
    }

    @Test("cancelling the consuming task ends the stream with .cancelled")
    func cancelledConsumer() async throws {
        let directory = FakeDirectory(count: 10_000, hangFrom: 100)
        let task = Task { await docSpaceError { try await directory.collectAllPeople(PeopleQuery()) } }
        #expect(await waitUntil { await directory.requestedStarts.count >= 2 })
        task.cancel()
        #expect(await task.value == .cancelled)
        #expect(await waitUntil { await directory.cancelledRequests >= 1 })
    }

    @Test("works through DocSpaceClient: the page requests carry the right startIndex")
    func throughClient() async throws {
        // Pages after the first are asked for in parallel, so each is answered by its
        // startIndex, not by the order the requests happen to arrive in (a short page from a
        // transport answering in order would end the listing early, rightly).
        let transport = StartIndexTransport { start in
            let ids = start..<min(start + 100, 250)
            return HTTPResponse.ok("[" + ids.map { #"{"id":"p\#($0)"}"# }.joined(separator: ",") + "]", total: 250)
        }
        let people = try await TestClient.make(transport).collectAllPeople(PeopleQuery())
        #expect(people.count == 250)
        let queries = await transport.requests.map(\.pathAndQuery)
        #expect(queries.count == 3)
        #expect(queries.allSatisfy { $0.hasPrefix("/api/2.0/people/filter?count=100&startIndex=") })
    }
}

/// Answers each listing request from its `startIndex`, and records the requests.
actor StartIndexTransport: HTTPTransport {
    private let page: @Sendable (Int) -> HTTPResponse
    private(set) var requests: [HTTPRequest] = []

    init(_ page: @escaping @Sendable (Int) -> HTTPResponse) { self.page = page }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        return page(items.first { $0.name == "startIndex" }?.value.flatMap(Int.init) ?? 0)
    }
}
