import DocSpaceAPI
import PeopleCore
import PeopleTestSupport

/// A small portal in memory whose listing and status changes can be held until the test lets
/// them go, for driving the real terminal loop.
actor HeldPortal {
    var people: [Person]
    private var holding: Set<String> = []
    private var parked: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(_ people: [Person]) { self.people = people }

    func hold(_ what: String) { holding.insert(what) }

    func release(_ what: String) {
        holding.remove(what)
        for waiter in parked.removeValue(forKey: what) ?? [] { waiter.resume() }
    }

    func parkedCount(_ what: String) -> Int { parked[what]?.count ?? 0 }

    func gate(_ what: String) async {
        guard holding.contains(what) else { return }
        await withCheckedContinuation { parked[what, default: []].append($0) }
    }

    func page(_ query: PeopleQuery) async -> PeoplePage {
        await gate("listing")
        let start = min(query.startIndex, people.count)
        let end = min(start + query.count, people.count)
        return PeoplePage(people: Array(people[start..<end]), startIndex: query.startIndex, total: people.count)
    }

    func person(_ id: String) -> Person? { people.first { $0.id == id } }

    func setStatus(_ status: EmployeeStatus, _ ids: [String]) async -> [Person] {
        await gate("setStatus")
        for i in people.indices where ids.contains(people[i].id) { people[i].status = status }
        return people.filter { ids.contains($0.id) }
    }
}

struct HeldClient: ScriptedPeopleClient {
    let portal: HeldPortal

    func people(_ query: PeopleQuery) async throws -> PeoplePage { await portal.page(query) }
    func person(id: String) async throws -> Person {
        guard let person = await portal.person(id) else { throw DocSpaceError.notFound(message: nil) }
        return person
    }
    func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
        await portal.setStatus(status, ids)
    }
    /// The rooms read a confirmation makes as it opens: nobody here owns rooms.
    func rooms(_ query: RoomQuery) async throws -> RoomPage { RoomPage(rooms: [], total: 0) }
}
