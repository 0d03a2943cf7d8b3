import DocSpaceAPI
import PeopleTestSupport
import Synchronization
import Testing

@testable import PeopleCore

/// A portal for an import: creates people unless told to refuse an address or lose the
/// answer to it; invites; reads people back by e-mail. Records every call.
final class ImportPortalScript: ScriptedPeopleClient {
    struct State {
        var people: [String: Person] = [:]
        var calls: [String] = []
        var refusals: [String: DocSpaceError] = [:]
        var lostAnswers: [String: DocSpaceError] = [:]
        var paidSeats = Int.max
        var quotaRefusal: DocSpaceError?
    }
    let state = Mutex(State())

    func create(_ person: NewPerson) async throws -> Person {
        try state.withLock { state in
            state.calls.append("create \(person.email)")
            if let refusal = state.refusals[person.email] { throw refusal }
            var type = person.type
            if type == .roomAdmin || type == .docSpaceAdmin {
                if state.paidSeats == 0 { type = .user } else { state.paidSeats -= 1 }
            }
            let created = Person(
                id: "id-\(person.email)", displayName: "\(person.firstName) \(person.lastName)", email: person.email,
                status: .active, activationStatus: .pending,
                groups: person.groupIDs.map { PersonGroup(id: $0, name: $0) },
                isAdmin: type == .docSpaceAdmin, isRoomAdmin: type == .roomAdmin, isCollaborator: type == .user,
                isVisitor: type == .guest)
            state.people[person.email.lowercased()] = created
            if let lost = state.lostAnswers[person.email] { throw lost }
            return created
        }
    }

    func invite(_ invitations: [Invitation], culture: Culture?) async throws -> [PersonSummary] {
        try state.withLock { state in
            for invitation in invitations {
                state.calls.append("invite \(invitation.email)")
                if let refusal = state.refusals[invitation.email] { throw refusal }
                state.people[invitation.email.lowercased()] = Person(
                    id: "id-\(invitation.email)", displayName: invitation.email, email: invitation.email,
                    status: .pending, activationStatus: .pending)
            }
            return state.people.values.filter { $0.status == .pending }
                .map { PersonSummary(id: $0.id, displayName: $0.displayName) }
        }
    }

    func addMembers(groupID: String, ids: [String]) async throws -> Group {
        state.withLock { $0.calls.append("join \(groupID) \(ids.joined(separator: ","))") }
        return Group(id: groupID, name: groupID)
    }

    func person(id: String) async throws -> Person {
        try state.withLock { state in
            state.calls.append("read id \(id)")
            guard let person = state.people.values.first(where: { $0.id == id }) else {
                throw DocSpaceError.notFound(message: nil)
            }
            return person
        }
    }

    func people(_ query: PeopleQuery) async throws -> PeoplePage {
        state.withLock { state in
            state.calls.append("list")
            let people = Array(state.people.values)
            return PeoplePage(people: people, startIndex: 0, total: people.count)
        }
    }

    func setQuota(_ limit: StorageLimit, ids: [String]) async throws -> [Person] {
        try state.withLock { state in
            state.calls.append("quota \(ids.joined(separator: ","))")
            if let refusal = state.quotaRefusal { throw refusal }
            var changed: [Person] = []
            for (key, person) in state.people where ids.contains(person.id) {
                var person = person
                person.quotaLimit = limit.wireValue
                person.isCustomQuota = true
                state.people[key] = person
                changed.append(person)
            }
            return changed
        }
    }

    func person(email: String) async throws -> Person {
        try state.withLock { state in
            state.calls.append("read \(email)")
            guard let person = state.people[email.lowercased()] else { throw DocSpaceError.notFound(message: nil) }
            return person
        }
    }

    var calls: [String] { state.withLock { $0.calls } }
}

/// The run of a checked file: one request per line in order, partial failure reported line
/// by line, lost answers read back, a stop that leaves the rest "not sent".
@Suite("Import: the run")
struct ImportRunTests {
    static func items(_ specs: [(String, EmployeeType)]) -> [ImportStep] {
        specs.enumerated().map { index, spec in
            .send(ImportItem(line: index + 2, email: spec.0, firstName: "F", lastName: "L", type: spec.1))
        }
    }

    static func run(
        _ steps: [ImportStep], on portal: ImportPortalScript, mode: ImportMode = .create,
        stopAfter: Int = .max
    ) async -> (results: [ImportResult], sent: [Int]) {
        var results: [ImportResult] = []
        var sent: [Int] = []
        await ImportRun(client: portal, mode: mode).run(
            steps, stopReason: { sent.count >= stopAfter ? "not sent: stopped by Ctrl-C" : nil },
            willSend: { sent.append($0.line) }, answered: { results.append($0) })
        return (results, sent)
    }

    @Test("a refused line fails in the portal's words and the lines after it still go")
    func partialFailure() async {
        let portal = ImportPortalScript()
        portal.state.withLock {
            $0.refusals["b@example.com"] = .badRequest(
                message: "User with this email is already registered", fieldErrors: [:])
        }
        let steps = Self.items([("a@example.com", .user), ("b@example.com", .user), ("c@example.com", .user)])
        let (results, sent) = await Self.run(steps, on: portal)
        #expect(sent == [2, 3, 4])
        #expect(results.map(\.outcome) == [.done, .failed, .done])
        #expect(results[0].personID == "id-a@example.com")
        #expect(results[1].detail.contains("User with this email is already registered"))
        #expect(results[1].personID == nil)
        #expect(portal.calls == ["create a@example.com", "create b@example.com", "create c@example.com"])
    }

    @Test("a lost answer is read back: done when the portal shows the person, failed when it does not")
    func lostAnswer() async {
        let portal = ImportPortalScript()
        portal.state.withLock {
            $0.lostAnswers["a@example.com"] = .timeout(seconds: 30)
            $0.refusals["b@example.com"] = .dropped(message: "connection reset")
        }
        let (results, _) = await Self.run(
            Self.items([("a@example.com", .user), ("b@example.com", .user)]), on: portal)
        #expect(results.map(\.outcome) == [.done, .failed])
        #expect(results[0].detail.contains("a re-read shows them"))
        #expect(results[1].detail.contains("a re-read shows no one"))
        #expect(
            portal.calls == [
                "create a@example.com", "read a@example.com", "create b@example.com", "read b@example.com",
            ])
    }

    @Test("an expired session stops the run: the lines after it are not sent")
    func sessionEnds() async {
        let portal = ImportPortalScript()
        portal.state.withLock { $0.refusals["b@example.com"] = .unauthorized(message: nil) }
        let steps = Self.items([("a@example.com", .user), ("b@example.com", .user), ("c@example.com", .user)])
        let (results, sent) = await Self.run(steps, on: portal)
        #expect(sent == [2, 3])
        #expect(results.map(\.outcome) == [.done, .failed, .notSent])
        #expect(results[2].detail.hasPrefix("not sent: the session ended"))
    }

    @Test("the run answers the error that stopped it: an expired session, nothing when it ran to the end")
    func stoppedBy() async {
        let portal = ImportPortalScript()
        portal.state.withLock { $0.refusals["b@example.com"] = .unauthorized(message: nil) }
        let steps = Self.items([("a@example.com", .user), ("b@example.com", .user)])
        let stopped = await ImportRun(client: portal, mode: .create).run(
            steps, stopReason: { nil }, willSend: { _ in }, answered: { _ in })
        #expect(stopped == .unauthorized(message: nil))
        let clean = await ImportRun(client: ImportPortalScript(), mode: .create).run(
            steps, stopReason: { nil }, willSend: { _ in }, answered: { _ in })
        #expect(clean == nil)
    }

    @Test("a line's quota is set after the person is created, proven by the answer; a refusal fails the line")
    func quota() async throws {
        let portal = ImportPortalScript()
        let limit = try StorageSize.parse("5 GB")
        let steps: [ImportStep] = [
            .send(ImportItem(line: 2, email: "a@example.com", firstName: "A", lastName: "", type: .user, quota: limit)),
            .send(ImportItem(line: 3, email: "b@example.com", firstName: "B", lastName: "", type: .user)),
        ]
        let (results, _) = await Self.run(steps, on: portal)
        #expect(results.map(\.outcome) == [.done, .done])
        #expect(results[0].detail.hasSuffix("; storage quota 5 GB"), "\(results[0].detail)")
        #expect(portal.calls.filter { $0.hasPrefix("quota") } == ["quota id-a@example.com"])

        let refusing = ImportPortalScript()
        refusing.state.withLock { $0.quotaRefusal = .forbidden(message: "Access denied") }
        let (refused, _) = await Self.run(Array(steps.prefix(1)), on: refusing)
        #expect(refused.map(\.outcome) == [.failed])
        #expect(refused[0].personID == "id-a@example.com")
        #expect(refused[0].detail.contains("created as User; the storage quota was not set: "), "\(refused[0].detail)")
    }

    @Test("a stop (Ctrl-C) before a line leaves it and every later line not sent; skipped lines stay skipped")
    func stop() async {
        let portal = ImportPortalScript()
        var steps = Self.items([("a@example.com", .user), ("b@example.com", .user), ("c@example.com", .user)])
        steps.insert(.skip(line: 3, email: "bad", reason: "e-mail: Needs an @"), at: 1)
        let (results, sent) = await Self.run(steps, on: portal, stopAfter: 1)
        #expect(sent == [2])
        #expect(results.map(\.line) == [2, 3, 3, 4])
        #expect(results.map(\.outcome) == [.done, .skipped, .notSent, .notSent])
        #expect(results[1].detail == "not sent: e-mail: Needs an @")
        #expect(results[2].detail == "not sent: stopped by Ctrl-C")
        #expect(portal.calls == ["create a@example.com"])
    }

    @Test("a paid type created as User (no free seat) is done, and the row says so")
    func noSeat() async {
        let portal = ImportPortalScript()
        portal.state.withLock { $0.paidSeats = 0 }
        let (results, _) = await Self.run(Self.items([("a@example.com", .roomAdmin)]), on: portal)
        #expect(results[0].outcome == .done)
        #expect(results[0].detail == "created as User, not Room admin: the portal had no free seat for that type")
    }

    @Test("invitations: one per line, confirmed by the pending answer, then the groups joined")
    func invite() async {
        let portal = ImportPortalScript()
        portal.state.withLock {
            $0.refusals["b@example.com"] = .paymentRequired(message: "The number of admins exceeds the limit")
        }
        let steps: [ImportStep] = [
            .send(
                ImportItem(
                    line: 2, email: "a@example.com", firstName: "", lastName: "", type: .user,
                    groups: [Group(id: "g1", name: "Sales")])),
            .send(ImportItem(line: 3, email: "b@example.com", firstName: "", lastName: "", type: .roomAdmin)),
        ]
        let (results, _) = await Self.run(steps, on: portal, mode: .invite)
        #expect(results.map(\.outcome) == [.done, .failed])
        #expect(results[0].detail == "invited as User (pending)")
        #expect(results[1].detail.contains("The number of admins exceeds the limit"))
        #expect(portal.calls == ["invite a@example.com", "join g1 id-a@example.com", "invite b@example.com"])
    }

    @Test("the results file's rows: header, and cells a spreadsheet would run are defused")
    func resultsCSV() {
        #expect(ImportResultsCSV.headerLine == "line,email,outcome,id,detail\r\n")
        let row = ImportResultsCSV.line(
            ImportResult(line: 7, email: "=cmd@example.com", outcome: .failed, detail: "refused: a, b"))
        #expect(row == "7,'=cmd@example.com,failed,,\"refused: a, b\"\r\n")
    }
}
