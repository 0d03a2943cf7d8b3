import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal

/// The stand-in's demo people, read once over HTTP with the real client, then served from
/// memory so that the in-process figures time the terminal UI alone: its update, its frame
/// and its drawing, not the network.
struct RecordedPortal {
    let people: [Person]
    let me: Person
    private let byID: [String: Person]
    /// What a query with the seat filter (`$`) answers: the first `filteredCount` people the
    /// server would keep for it — a filtered set of a known size for `mark_all_20k`.
    private let paid: [Person]
    private let free: [Person]
    static let filteredCount = 20_000

    /// Starts an in-process stand-in with `count` demo people, lists them all (in the app's
    /// default order: display name, ascending) and stops it.
    static func record(people count: Int) async throws -> RecordedPortal {
        let key = "sk-bench-tui-\(UUID().uuidString.prefix(8).lowercased())"
        var options = PortalOptions()
        options.users = count
        options.apiKey = key
        let portal = await PortalServer.make(options: options)
        let url = try await portal.start()
        let client = DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: url, credentials: .apiKey(key), userAgent: "docspace-people-bench"))
        let listing: (me: Person, people: [Person])
        do {
            listing = (try await client.me(), try await client.collectAllPeople(PeopleQuery()))
        } catch {
            await portal.stop()
            throw error
        }
        await portal.stop()
        let (me, people) = listing
        guard people.count == count else {
            throw BenchFailure("the stand-in listed \(people.count) people, expected \(count)")
        }
        return RecordedPortal(people: people, me: me)
    }

    init(people: [Person], me: Person) {
        self.people = people
        self.me = me
        byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let isFree: (Person) -> Bool = { $0.type == .user || $0.type == .guest }
        paid = Array(people.filter { !isFree($0) }.prefix(Self.filteredCount))
        free = Array(people.filter(isFree).prefix(Self.filteredCount))
    }

    /// What the portal answers to a request of the app's. Only the listing the app starts with
    /// is recorded: a search, filter or sort answers from it unchanged (the figures never
    /// wait for a server search; the local filter is what they time), but for the seat
    /// filter, which answers its first 20,000 people.
    func answer(_ request: Request) -> Response {
        switch request {
        case .loadPage(let query):
            let people: [Person]
            switch query.payments {
            case .paid: people = paid
            case .free: people = free
            case nil: people = self.people
            }
            let start = min(query.startIndex, people.count)
            let end = min(start + query.count, people.count)
            return .page(
                PeoplePage(people: Array(people[start..<end]), startIndex: query.startIndex, total: people.count))
        case .loadDetail(let id):
            return byID[id].map(Response.person) ?? .failure(.notFound(message: nil))
        case .verify, .change, .signIn, .switchProfile, .export,
            .startTypeChange, .typeChangeProgress, .reassignNecessary, .startReassign, .reassignProgress,
            .cancelTypeChange, .cancelReassign:
            return .failure(.cancelled)
        case .create, .lookUpEmails, .invite, .loadGroups, .importCheck, .importLine, .offboardStep,
            .readSignIns, .loadEveryone, .loadAPIKeys, .quotaSettings, .guestShareLink:
            return .failure(.cancelled)
        case .personRooms, .ownedRooms:
            return .failure(.cancelled)
        }
    }
}
