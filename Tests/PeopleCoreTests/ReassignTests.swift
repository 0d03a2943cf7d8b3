import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Delete without losing data: hand-over before delete")
struct ReassignTests {
    static let admin = People.person(9, type: .docSpaceAdmin, name: "Zoe Admin")

    /// id-1 and id-2 disabled room admins, id-1 owning rooms; id-9 an active admin.
    static var people: [Person] {
        var people = (0..<9).map { People.person($0, type: $0 < 3 ? .roomAdmin : .user) }
        people[1].status = .terminated
        people[2].status = .terminated
        return people + [admin]
    }

    static func harness() -> Harness {
        var h = Harness.loaded(people)
        h.server.types.roomOwners = ["id-1"]
        return h
    }

    static func audits(_ effects: [Effect]) -> [AuditEntry] {
        effects.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
    }

    func answer(_ h: inout Harness, _ match: (Request) -> Bool) -> Request? {
        guard let item = h.pending.first(where: { match($0.request) }) else {
            Issue.record("nothing like that pending: \(h.pending.map(\.request))")
            return nil
        }
        h.answer(item.id, with: h.server.answer(item.request))
        return item.request
    }

    /// d, y on id-1, then the re-check and `reassign/necessary` answered: the hand-over dialog.
    func openHandover(_ h: inout Harness) {
        h.select("id-1")
        h.press(.char("d"), .char("y"))
        _ = answer(&h) { if case .verify = $0 { true } else { false } }
        let check = answer(&h) { if case .reassignNecessary = $0 { true } else { false } }
        #expect(check == .reassignNecessary(ids: ["id-1"]))
    }

    @Test("necessary → dialog → hand-over progress → delete → 404 re-read → done")
    func reassignThenDelete() throws {
        var h = Self.harness()
        openHandover(&h)
        guard case .handover(let choice) = h.state.dialog else {
            Issue.record("no hand-over dialog")
            return
        }
        #expect(choice.needing.map(\.id) == ["id-1"])
        #expect(choice.receiver.id == "owner")
        // Enter is not an answer here: neither the hand-over nor the loss.
        #expect(Harness.requests(h.press(.enter, .char("d"), .char("y"))).isEmpty)
        #expect(h.state.dialog == .handover(choice))

        let start = h.press(.char("h"))
        #expect(Harness.requests(start) == [.startReassign(from: "id-1", to: "owner")])
        #expect(h.state.dialog == .taskProgress)
        _ = answer(&h) { if case .startReassign = $0 { true } else { false } }
        #expect(h.state.taskWatch?.progress?.percentage == 0)
        #expect(Harness.requests(h.tick(0.5)) == [.reassignProgress(userID: "id-1")])
        h.answerNext()
        #expect(h.state.taskWatch?.progress?.percentage == 50)
        #expect(Harness.requests(h.tick(0.5)) == [.reassignProgress(userID: "id-1")])
        h.answerNext()  // complete: the delete follows
        let delete = try #require(h.pending.last)
        #expect(delete.request == .change(.delete, ids: ["id-1"]))
        #expect(h.server.types.roomOwners == ["owner"])
        h.answerNext()
        #expect(h.state.taskWatch == nil)
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Deleted Person 00001 <p1@example.com>")
        #expect(!h.state.list.loadedPeople.contains { $0.id == "id-1" })
        let audits = Self.audits(h.effects)
        #expect(audits.map(\.action) == ["reassign", "delete"])
        #expect(audits[0].request == "POST /api/2.0/people/reassign/start")
        #expect(audits[1].request == "DELETE /api/2.0/people/id-1")
        #expect(audits.allSatisfy { $0.targets.map(\.outcome) == ["done"] })
    }

    @Test("Delete without handing over: its own key, the data is lost, the delete is as today")
    func deleteAndLose() {
        var h = Self.harness()
        openHandover(&h)
        let lose = h.press(.char("L"))
        #expect(Harness.requests(lose) == [.change(.delete, ids: ["id-1"])])
        #expect(h.state.dialog == nil)
        h.settle()
        #expect(!h.server.people.contains { $0.id == "id-1" })
        #expect(h.server.types.roomOwners == ["id-1"])  // nobody received them
        #expect(!h.server.requestLog.contains { if case .startReassign = $0 { true } else { false } })
        #expect(h.state.message?.text.hasPrefix("Deleted") == true)
        // The audit line says the data went with them, not just "deleted".
        let audits = Self.audits(h.effects)
        #expect(audits.map(\.action) == ["delete"])
        #expect(audits.first?.targets.map(\.detail) == ["deleted with their rooms and files (not handed over)"])
    }

    @Test("Esc in the hand-over dialog cancels before anything is sent")
    func escapeInDialog() {
        var h = Self.harness()
        openHandover(&h)
        #expect(Harness.requests(h.press(.escape)).isEmpty)
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Cancelled: nothing was sent, nobody was deleted")
        h.settle()
        #expect(h.server.people.contains { $0.id == "id-1" })
    }

    @Test("Esc during the hand-over stops watching: nobody is deleted")
    func escapeDuringHandover() {
        var h = Self.harness()
        openHandover(&h)
        h.press(.char("h"))
        h.answerNext()
        h.tick(0.5)
        h.press(.escape)
        #expect(h.state.taskWatch == nil)
        h.settle()
        #expect(!h.server.requestLog.contains { if case .change(.delete, _) = $0 { true } else { false } })
        #expect(h.server.people.contains { $0.id == "id-1" })
        #expect(
            h.state.message?.text
                == "Delete failed for Person 00001: not deleted (hand-over: stopped watching at 0 %: the portal's task goes on; r reloads later)"
        )
    }

    @Test("p picks another receiver from the active admins; the hand-over goes to them")
    func otherReceiver() throws {
        var h = Self.harness()
        openHandover(&h)
        h.press(.char("p"))
        guard case .receiverChoice = h.state.dialog else {
            Issue.record("no picker")
            return
        }
        h.settle()
        guard case .receiverChoice(let picker) = h.state.dialog else {
            Issue.record("picker closed")
            return
        }
        #expect(picker.candidates.map(\.id) == ["owner", "id-9"])
        h.press(.down, .enter)
        guard case .handover(let choice) = h.state.dialog else {
            Issue.record("not back to the dialog")
            return
        }
        #expect(choice.receiver.id == "id-9")
        #expect(Harness.requests(h.press(.char("h"))) == [.startReassign(from: "id-1", to: "id-9")])
        // Esc in the picker goes back to the dialog, not further.
        var other = Self.harness()
        openHandover(&other)
        other.press(.char("p"), .escape)
        guard case .handover = other.state.dialog else {
            Issue.record("Esc left the hand-over")
            return
        }
    }

    @Test("Someone needing no hand-over is deleted with the others after it; nobody owning rooms: deleted as today")
    func mixedAndNone() throws {
        var h = Self.harness()
        h.select("id-1")
        h.press(.char(" "), .char(" "), .char("d"))
        h.type("DELETE")
        h.press(.enter)
        _ = answer(&h) { if case .verify = $0 { true } else { false } }
        _ = answer(&h) { if case .reassignNecessary = $0 { true } else { false } }
        guard case .handover(let choice) = h.state.dialog else {
            Issue.record("no hand-over dialog")
            return
        }
        #expect(choice.needless.map(\.id) == ["id-2"])
        h.press(.char("h"))
        h.settle()
        h.tick(0.5)
        h.settle()
        h.tick(0.5)
        h.settle()
        #expect(h.server.requestLog.contains(.change(.delete, ids: ["id-1", "id-2"])))
        #expect(h.state.message?.text == "Deleted 2 people")

        var none = Harness.loaded(Self.people)
        none.select("id-2")
        none.press(.char("d"), .char("y"))
        _ = answer(&none) { if case .verify = $0 { true } else { false } }
        let after = none.pending.map(\.request)
        #expect(after.contains(.reassignNecessary(ids: ["id-2"])))
        _ = answer(&none) { if case .reassignNecessary = $0 { true } else { false } }
        #expect(none.state.dialog == nil)
        #expect(none.pending.last?.request == .change(.delete, ids: ["id-2"]))
    }

    @Test("A failed hand-over: that person is not deleted, with the portal's message")
    func handoverFails() {
        var h = Self.harness()
        h.server.types.failing["id-1"] = "Can not reassign data to user with id = owner"
        openHandover(&h)
        h.press(.char("h"))
        h.settle()
        h.tick(0.5)
        h.settle()
        h.tick(0.5)
        h.settle()
        #expect(!h.server.requestLog.contains { if case .change(.delete, _) = $0 { true } else { false } })
        #expect(h.state.message?.text.contains("Can not reassign data to user with id = owner") == true)
        #expect(Self.audits(h.effects).map(\.targets.first?.outcome) == ["failed"])
    }

    @Test("If the portal cannot say who owns rooms, nothing is deleted")
    func checkFails() {
        var h = Self.harness()
        h.select("id-1")
        h.press(.char("d"), .char("y"))
        _ = answer(&h) { if case .verify = $0 { true } else { false } }
        let check = h.pending.first { if case .reassignNecessary = $0.request { true } else { false } }
        h.answer(check!.id, with: .failure(.forbidden(message: "Access denied")))
        #expect(h.state.dialog == nil)
        h.settle()
        #expect(!h.server.requestLog.contains { if case .change(.delete, _) = $0 { true } else { false } })
        #expect(h.state.message?.text.hasPrefix("Not deleted, nothing changed") == true)
    }
}
