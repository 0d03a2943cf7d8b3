import DocSpaceAPI
import PeopleTestSupport

@testable import PeopleCore

/// The kinds of call a test can hold or fail.
enum Operation: String, Sendable, Hashable, CaseIterable {
    /// `GET people/filter` without search text.
    case listing
    /// `GET people/filter` with search text.
    case search
    /// `GET people/{id}`: the detail, the re-check before a change, the re-read after one.
    case detail
    case setStatus
    /// `DELETE people/{id}`.
    case deleteOne
    /// `PUT people/delete`.
    case deleteMany
}

/// One call as the client saw it.
enum Call: Sendable, Equatable {
    case listing(text: String?, startIndex: Int)
    case person(id: String)
    case setStatus(EmployeeStatus, ids: [String])
    case deleteOne(id: String)
    case deleteMany(ids: [String])
}

/// The script behind `ScriptedClient`: a directory with the real server's rules (the
/// `ScriptedServer`), calls held until the test releases them (a portal that hangs), failures
/// queued per kind of call, and a log of every call.
actor ClientScript {
    var server: ScriptedServer
    private(set) var calls: [Call] = []
    private var held: Set<Operation> = []
    private var parked: [Operation: [CheckedContinuation<Void, Never>]] = [:]
    /// Thrown instead of doing anything.
    private var failures: [Operation: [DocSpaceError]] = [:]
    /// Thrown after doing the work: the change happened, the answer was lost.
    private var lostAnswers: [Operation: [DocSpaceError]] = [:]
    /// Thrown by the n-th call (1-based) of a kind, instead of doing anything.
    private var failuresOnCall: [Operation: [Int: DocSpaceError]] = [:]
    private var callCounts: [Operation: Int] = [:]
    private var lostOnCall: [Operation: [Int: DocSpaceError]] = [:]
    /// The n-th status change applies its first `count` ids, then is refused (seats run out
    /// part-way through a batch).
    private var refusedPartWay: [Int: (count: Int, error: DocSpaceError)] = [:]

    init(_ people: [Person]) { server = ScriptedServer(people) }

    func hold(_ operation: Operation) { held.insert(operation) }

    /// Every page claims this `total` from now on (a portal that lies about its size).
    func claim(total: Int) { server.claimedTotal = total }

    /// Lets every parked call of this kind go on; later ones are no longer held.
    func release(_ operation: Operation) {
        held.remove(operation)
        for waiter in parked.removeValue(forKey: operation) ?? [] { waiter.resume() }
    }

    func parkedCount(_ operation: Operation) -> Int { parked[operation]?.count ?? 0 }

    /// Waits until a call of this kind is parked on its hold.
    func waitUntilParked(_ operation: Operation) async {
        while (parked[operation]?.count ?? 0) == 0 { await Task.yield() }
    }

    func fail(_ operation: Operation, with errors: DocSpaceError...) { failures[operation, default: []] += errors }

    func fail(_ operation: Operation, onCall number: Int, with error: DocSpaceError) {
        failuresOnCall[operation, default: [:]][number] = error
    }

    /// The n-th status change (1-based) changes its first `count` people, then fails with `error`.
    func refuseStatusChangePartWay(onCall number: Int, after count: Int, with error: DocSpaceError) {
        refusedPartWay[number] = (count, error)
    }

    func loseAnswer(_ operation: Operation, with error: DocSpaceError) {
        lostAnswers[operation, default: []].append(error)
    }

    /// The call after the first `calls` of this kind is done, and its answer lost.
    func loseAnswerAfter(_ operation: Operation, calls: Int, with error: DocSpaceError) {
        lostOnCall[operation, default: [:]][calls + 1] = error
    }

    func person(_ id: String) -> Person? { server.people.first { $0.id == id } }

    /// Takes people off the portal, as a delete by someone else would.
    func removePeople(_ ids: Set<String>) { server.people.removeAll { ids.contains($0.id) } }

    func calls(of operation: Operation) -> [Call] {
        calls.filter { call in
            switch (call, operation) {
            case (.listing(let text, _), .listing): text == nil
            case (.listing(let text, _), .search): text != nil
            case (.person, .detail), (.setStatus, .setStatus), (.deleteOne, .deleteOne), (.deleteMany, .deleteMany):
                true
            default: false
            }
        }
    }

    /// Runs one call: log, hold, scripted failure, then the directory's answer.
    func run(_ operation: Operation, _ call: Call, _ request: Request) async throws -> Response {
        calls.append(call)
        callCounts[operation, default: 0] += 1
        let number = callCounts[operation] ?? 0
        if held.contains(operation) {
            await withCheckedContinuation { parked[operation, default: []].append($0) }
        }
        if let error = failuresOnCall[operation]?[number] { throw error }
        if operation == .setStatus, let partWay = refusedPartWay[number],
            case .change(let kind, let ids) = request
        {
            _ = server.answer(.change(kind, ids: Array(ids.prefix(partWay.count))))
            throw partWay.error
        }
        if var queue = failures[operation], !queue.isEmpty {
            let error = queue.removeFirst()
            failures[operation] = queue
            throw error
        }
        let response = server.answer(request)
        if let error = lostOnCall[operation]?[number] { throw error }
        if var queue = lostAnswers[operation], !queue.isEmpty {
            let error = queue.removeFirst()
            lostAnswers[operation] = queue
            throw error
        }
        if case .failure(let error) = response { throw error }
        if case .batch(.failure(let error)) = response { throw error }
        return response
    }
}

/// A `PeopleClient` driven by a `ClientScript`. Cancellation is honoured at the end of a
/// call, like URLSession's: a cancelled request throws `cancelled`.
struct ScriptedClient: ScriptedPeopleClient {
    let script: ClientScript

    init(_ script: ClientScript) { self.script = script }

    /// The rooms read a confirmation makes as it opens: answered from the directory's rooms
    /// and not logged among `calls`, which count what the change itself sends.
    func rooms(_ query: RoomQuery) async throws -> RoomPage {
        await script.server.roomPage(query)
    }

    func people(_ query: PeopleQuery) async throws -> PeoplePage {
        let response = try await script.run(
            query.text == nil ? .listing : .search,
            .listing(text: query.text, startIndex: query.startIndex), .loadPage(query))
        try Task.checkCancellation()
        guard case .page(let page) = response else { throw DocSpaceError.decoding(context: "page") }
        return page
    }

    func person(id: String) async throws -> Person {
        let response = try await script.run(.detail, .person(id: id), .loadDetail(id: id))
        try Task.checkCancellation()
        guard case .person(let person) = response else { throw DocSpaceError.decoding(context: "person") }
        return person
    }

    func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
        let kind: ChangeKind = status == .terminated ? .terminate : .reactivate
        let response = try await script.run(.setStatus, .setStatus(status, ids: ids), .change(kind, ids: ids))
        guard case .batch(.people(let people)) = response else { throw DocSpaceError.decoding(context: "people") }
        return people
    }

    func delete(id: String) async throws -> Person {
        let before = await script.person(id)
        _ = try await script.run(.deleteOne, .deleteOne(id: id), .change(.delete, ids: [id]))
        guard let before else { throw DocSpaceError.notFound(message: "The user could not be found") }
        return before
    }

    func delete(ids: [String]) async throws -> [Person] {
        _ = try await script.run(.deleteMany, .deleteMany(ids: ids), .change(.delete, ids: ids))
        return []
    }

    /// Nobody on the scripted portal owns rooms or shared files, so a delete needs no hand-over.
    func reassignNecessary(userId: String) async throws -> Bool { false }

}
