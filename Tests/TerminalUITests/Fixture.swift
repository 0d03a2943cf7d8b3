import DocSpaceAPI
import Foundation
import PeopleCore

@testable import TerminalUI

/// Builds states by running the real `update` with answers from an in-memory list.
struct Fixture {
    static let owner = Person(
        id: "owner", displayName: "Olga Owner", email: "owner@example.com",
        isOwner: true, isAdmin: true)

    static func person(
        _ n: Int, name: String? = nil, email: String? = nil,
        status: EmployeeStatus = .active
    ) -> Person {
        Person(
            id: "id-\(n)", displayName: name ?? "Person \(n)", firstName: "Person", lastName: "\(n)",
            userName: "user\(n)", email: email ?? "p\(n)@example.com", status: status,
            isCollaborator: true)
    }

    var state: AppState
    var people: [Person]
    /// The `total` every page claims (a portal that counts people it does not send).
    var claimedTotal: Int?
    /// The portal's groups (`GET group`, in this order, the text matched in names); a
    /// person's `groups` decide the group filter.
    var groups: [Group] = []
    /// `GET settings/userquotasettings`: per-user quotas on, a 5 GB default.
    var quotaSettings = UserQuotaSettings(enableQuota: true, defaultQuota: 5_368_709_120)

    init(
        people: [Person], size: TerminalSize, readOnly: Bool = false, portal: String = "portal.example.com",
        claimedTotal: Int? = nil, keys: KeyTable = .standard
    ) {
        self.people = people
        self.claimedTotal = claimedTotal
        state = AppState(
            session: Session(portal: portal, me: Self.owner, readOnly: readOnly, keys: keys), size: size)
        state.autoRefreshInterval = nil
        send(.started)
    }

    mutating func send(_ message: Message) {
        var queue = update(&state, message)
        var guardCount = 0
        while !queue.isEmpty && guardCount < 500 {
            guardCount += 1
            let effect = queue.removeFirst()
            guard case .request(let id, let request) = effect else { continue }
            let response: Response
            switch request {
            case .loadPage(let query):
                let matching = people.filter { person in
                    if query.area == .guests, !person.isVisitor { return false }
                    if query.invitedByMe, person.createdBy?.id != Self.owner.id { return false }
                    if query.withoutGroup { return person.groups.isEmpty }
                    guard let id = query.groupID else { return true }
                    return person.groups.contains { $0.id == id }
                }
                let start = min(query.startIndex, matching.count)
                let end = min(start + query.count, matching.count)
                response = .page(
                    PeoplePage(
                        people: Array(matching[start..<end]), startIndex: query.startIndex,
                        total: claimedTotal ?? matching.count))
            case .loadGroups(let query):
                let matching = groups.filter { query.text.map($0.name.lowercased().contains) ?? true }
                let start = min(query.startIndex, matching.count)
                let end = min(start + query.count, matching.count)
                response = .groups(
                    GroupPage(groups: Array(matching[start..<end]), startIndex: query.startIndex, total: matching.count)
                )
            case .loadDetail(let id):
                response = people.first { $0.id == id }.map(Response.person) ?? .failure(.notFound(message: nil))
            case .quotaSettings:
                response = .quotaSettings(quotaSettings)
            default:
                continue
            }
            queue += update(&state, .response(id, response))
        }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Draws the state on a fresh in-memory screen.
    @MainActor
    func render(timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> InMemoryScreen {
        let screen = InMemoryScreen(size: state.size)
        Renderer().draw(AppView(state: state, timeZone: timeZone).frame(), on: screen)
        return screen
    }
}
