import DocSpaceAPI
import PeopleTestSupport

@testable import PeopleCore

/// A `PeopleClient` over the scripted server, for the store and runner tests. Page requests
/// whose text is in `held` wait until the test releases them, to play out races.
actor FakeDirectory {
    var server: ScriptedServer
    private var held: Set<String> = []
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(_ people: [Person]) { server = ScriptedServer(people) }

    func hold(text: String) { held.insert(text) }

    func release(text: String) {
        held.remove(text)
        for waiter in waiting.removeValue(forKey: text) ?? [] { waiter.resume() }
    }

    /// Requests that saw their task cancelled.
    private(set) var cancelledCount = 0

    func noteCancelled() { cancelledCount += 1 }

    /// How many requests are parked on a hold.
    func waitingCount(text: String) -> Int { waiting[text]?.count ?? 0 }

    func answer(_ request: Request) async -> Response {
        if case .loadPage(let query) = request, let text = query.text, held.contains(text) {
            await withCheckedContinuation { waiting[text, default: []].append($0) }
        }
        return server.answer(request)
    }

    func person(_ id: String) -> Person? { server.people.first { $0.id == id } }

    /// The portal refuses this person, and stops the batch there.
    func refuse(_ id: String, with error: DocSpaceError) { server.refusals[id] = error }
}

struct FakePeopleClient: ScriptedPeopleClient {
    let directory: FakeDirectory

    /// The rooms read a confirmation makes as it opens, from the directory's rooms.
    func rooms(_ query: RoomQuery) async throws -> RoomPage {
        await directory.server.roomPage(query)
    }

    private func call(_ request: Request) async throws -> Response {
        let response = await directory.answer(request)
        if Task.isCancelled { await directory.noteCancelled() }
        if case .failure(let error) = response { throw error }
        if case .batch(.failure(let error)) = response { throw error }
        return response
    }

    func people(_ query: PeopleQuery) async throws -> PeoplePage {
        guard case .page(let page) = try await call(.loadPage(query)) else {
            throw DocSpaceError.decoding(context: "page")
        }
        return page
    }

    func person(id: String) async throws -> Person {
        guard case .person(let person) = try await call(.loadDetail(id: id)) else {
            throw DocSpaceError.decoding(context: "person")
        }
        return person
    }

    func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
        let kind: ChangeKind = status == .terminated ? .terminate : .reactivate
        guard case .batch(.people(let people)) = try await call(.change(kind, ids: ids)) else {
            throw DocSpaceError.decoding(context: "people")
        }
        return people
    }

    func delete(id: String) async throws -> Person {
        let before = await directory.person(id)
        _ = try await call(.change(.delete, ids: [id]))
        guard let before else { throw DocSpaceError.notFound(message: "The user could not be found") }
        return before
    }

    func setQuota(_ limit: StorageLimit, ids: [String]) async throws -> [Person] {
        guard case .batch(.people(let people)) = try await call(.change(.setQuota(limit), ids: ids)) else {
            throw DocSpaceError.decoding(context: "people")
        }
        return people
    }

    func resetQuota(ids: [String]) async throws -> [Person] {
        guard case .batch(.people(let people)) = try await call(.change(.resetQuota, ids: ids)) else {
            throw DocSpaceError.decoding(context: "people")
        }
        return people
    }

    func removeGuests(ids: [String]) async throws {
        _ = try await call(.change(.removeGuest, ids: ids))
    }

    func delete(ids: [String]) async throws -> [Person] {
        _ = try await call(.change(.delete, ids: ids))
        return []
    }
}
