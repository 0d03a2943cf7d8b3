import DocSpaceAPI
import PeopleCore

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

struct HeldClient: PeopleClient {
    let portal: HeldPortal

    func me() async throws -> Person { Fixture.owner }
    func people(_ query: PeopleQuery) async throws -> PeoplePage { await portal.page(query) }
    func person(id: String) async throws -> Person {
        guard let person = await portal.person(id) else { throw DocSpaceError.notFound(message: nil) }
        return person
    }
    func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
        await portal.setStatus(status, ids)
    }
    func person(email: String) async throws -> Person { throw DocSpaceError.notFound(message: nil) }
    func create(_ person: NewPerson) async throws -> Person { throw DocSpaceError.server(status: 501, message: nil) }
    func invite(_ invitations: [Invitation], culture: Culture?) async throws -> [PersonSummary] { [] }
    func resendInvitations(ids: [String]) async throws -> [Person] { [] }
    func signOutEverywhere(userId: String) async throws {}
    func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person] { [] }
    func startTypeChange(userId: String, to type: EmployeeType, reassignTo: String?) async throws -> TaskProgress {
        throw DocSpaceError.server(status: 501, message: nil)
    }
    func typeChangeProgress(userId: String) async throws -> TaskProgress? { nil }
    func delete(id: String) async throws -> Person { throw DocSpaceError.server(status: 501, message: nil) }
    func delete(ids: [String]) async throws -> [Person] { [] }
    func reassignNecessary(userId: String) async throws -> Bool { false }
    func startReassign(from: String, to: String, deleteProfile: Bool) async throws -> TaskProgress {
        throw DocSpaceError.server(status: 501, message: nil)
    }
    func reassignProgress(userId: String) async throws -> TaskProgress? { nil }
    func cancelTypeChange(userId: String) async throws -> TaskProgress? { nil }
    func cancelReassign(userId: String) async throws -> TaskProgress? { nil }
}
