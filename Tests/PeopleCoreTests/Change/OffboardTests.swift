import DocSpaceAPI
import Foundation
import PeopleTestSupport
import Synchronization
import Testing

@testable import PeopleCore

/// Off-boarding as a plan of existing changes (`OffboardDriver`), against a scripted portal:
/// a step that fails for one person stops that person's later steps only, and the re-read of
/// the change path decides an unclear answer.
@Suite("Off-board in one step")
struct OffboardTests {
    /// A portal of a few people and their API keys; sign-out of `refuseSignOut` is refused,
    /// and the terminate of `loseTerminateAnswer` is done but its answer lost.
    final class Portal: ScriptedPeopleClient {
        struct State {
            var people: [String: Person]
            var keys: [APIKey]
            var calls: [String] = []
        }
        let state: Mutex<State>
        let refuseSignOut: Set<String>
        let loseTerminateAnswer: Set<String>

        init(people: [Person], keys: [APIKey], refuseSignOut: Set<String> = [], loseTerminateAnswer: Set<String> = []) {
            state = Mutex(State(people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }), keys: keys))
            self.refuseSignOut = refuseSignOut
            self.loseTerminateAnswer = loseTerminateAnswer
        }

        var calls: [String] { state.withLock { $0.calls } }
        var keys: [APIKey] { state.withLock { $0.keys } }
        func status(_ id: String) -> EmployeeStatus? { state.withLock { $0.people[id]?.status } }

        func person(id: String) async throws -> Person {
            guard let person = state.withLock({ $0.people[id] }) else { throw DocSpaceError.notFound(message: nil) }
            return person
        }

        func signOutEverywhere(userId: String) async throws {
            state.withLock { $0.calls.append("sign-out \(userId)") }
            if refuseSignOut.contains(userId) { throw DocSpaceError.forbidden(message: "Access denied") }
        }

        func apiKeys() async throws -> [APIKey] { keys }

        func setAPIKeyActive(id: String, isActive: Bool) async throws -> Bool {
            state.withLock { s in
                s.calls.append("key-off \(id)")
                guard let index = s.keys.firstIndex(where: { $0.id == id }) else { return false }
                s.keys[index].isActive = isActive
                return true
            }
        }

        func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
            let changed = state.withLock { s in
                s.calls.append("terminate \(ids.joined(separator: ","))")
                for id in ids { s.people[id]?.status = status }
                return ids.compactMap { s.people[$0] }
            }
            if !loseTerminateAnswer.isDisjoint(with: ids) { throw DocSpaceError.timeout(seconds: 30) }
            return changed
        }
    }

    private let people = [People.person(1), People.person(2), People.person(3)]

    private func keys() -> [APIKey] {
        [
            APIKey(id: "k1", name: "Backup", maskedKey: "sk-***aaaa", ownerID: "id-1"),
            APIKey(id: "k2", name: "CI", maskedKey: "sk-***bbbb", ownerID: "id-2"),
            APIKey(id: "k3", name: "Sync", maskedKey: "sk-***cccc", ownerID: "id-3"),
            APIKey(id: "k4", name: "Old", maskedKey: "sk-***dddd", isActive: false, ownerID: "id-3"),
        ]
    }

    private func driver(_ portal: Portal, me: Person = People.owner) -> OffboardDriver {
        OffboardDriver(
            change: OffboardDriver.changeOnPath(client: portal, me: me),
            ownsRooms: { .success($0.id == "id-3") },
            handOver: { _, _ in nil })
    }

    private func outcomes(_ run: OffboardRun, _ id: String) -> [String] {
        run.rows.filter { $0.person.id == id }.map { "\($0.step.name): \($0.outcome.rawValue)" }
    }

    @Test("A refused sign-out stops that person's later steps; the others are signed out, keys off, terminated")
    func failureStopsOnlyThatPerson() async {
        let portal = Portal(people: people, keys: keys(), refuseSignOut: ["id-2"])
        let receiver = People.person(9, type: .roomAdmin)
        let run = await driver(portal).run(OffboardPlan(people: people, receiver: receiver))
        #expect(
            outcomes(run, "id-2") == [
                "sign out everywhere: failed", "turn off API keys: not sent", "terminate: not sent",
                "hand over rooms: not sent",
            ])
        #expect(run.rows.first { $0.person.id == "id-2" }?.detail.contains("Access denied") == true)
        #expect(
            run.rows.filter { $0.person.id == "id-2" }.dropFirst().allSatisfy {
                $0.detail == "not sent: sign out everywhere failed for them"
            })
        #expect(
            outcomes(run, "id-1") == [
                "sign out everywhere: done", "turn off API keys: done", "terminate: done", "hand over rooms: skipped",
            ])
        #expect(outcomes(run, "id-3").last == "hand over rooms: done")
        #expect(portal.status("id-2") == .active, "nothing after the refusal was sent for them")
        #expect(!portal.calls.contains("terminate id-2"))
        #expect(portal.keys.first { $0.id == "k2" }?.isActive == true, "their key still works")
        #expect(portal.keys.allSatisfy { $0.ownerID == "id-2" || !$0.isActive })
        #expect(!portal.calls.contains("key-off k4"), "a key already off is not sent again")
        #expect(run.outcomeLine == "7 done · 1 skipped · 1 failed · 3 not sent")
    }

    @Test("A terminate whose answer is lost is read back: the portal shows them disabled, so it is done")
    func rereadDecides() async {
        let portal = Portal(people: people, keys: keys(), loseTerminateAnswer: ["id-1"])
        let run = await driver(portal).run(OffboardPlan(people: [people[0]], receiver: nil))
        let terminate = run.rows.first { $0.step == .change(.terminate) }
        #expect(terminate?.outcome == .done)
        #expect(terminate?.detail == "now Disabled")
        #expect(run.rows.last?.outcome == .skipped, "no receiver: rooms kept")
        #expect(run.rows.last?.detail == "rooms kept: no receiver chosen")
    }

    @Test(
        "For a caller who is not a DocSpace admin the keys step is skipped with the portal's rule and the rest goes on")
    func keysSkippedForNonAdmins() async {
        let me = People.person(8, type: .roomAdmin)
        let portal = Portal(people: people, keys: keys())
        let run = await driver(portal, me: me).run(OffboardPlan(people: [people[0]], receiver: nil))
        let keysRow = run.rows.first { $0.step == .change(.turnOffKeys(.all)) }
        #expect(keysRow?.outcome == .skipped)
        #expect(keysRow?.detail == ChangeKind.keysAdminsOnly)
        #expect(!portal.calls.contains { $0.hasPrefix("key-off") })
    }

    @Test(
        "The plan refuses a receiver who is being off-boarded, and its lines name every step, its undo and every person"
    )
    func planWords() {
        let plan = OffboardPlan(people: people, receiver: people[1])
        #expect(plan.problem?.contains("is among the people") == true)
        let lines = OffboardPlan(people: people, receiver: nil).lines
        #expect(lines.contains { $0.contains("terminate — re-activate undoes it") })
        #expect(lines.contains { $0.contains("sign out everywhere — cannot be undone") })
        #expect(lines.contains { $0.contains("keep their rooms") })
        #expect(people.allSatisfy { person in lines.contains { $0.contains(person.email ?? "?") } })
    }
}
