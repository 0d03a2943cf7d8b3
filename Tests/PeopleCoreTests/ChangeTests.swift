import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Changes: what the server says, undo, the cursor")
struct ChangeTests {
    static let people: [Person] = (0..<30).map { People.person($0) }

    @Test("After a terminate, u then y re-activates the same people (checked first), for a while")
    func undoAfterTerminate() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.settle()
        #expect(h.state.list[0]?.status == .terminated)
        #expect(h.state.undo?.people.map(\.id) == ["id-0"])
        #expect(h.state.availability(of: .undo) == .available)
        h.press(.down)  // undo does not depend on the cursor
        h.settle()
        #expect(Harness.requests(h.press(.char("u"))).isEmpty, "u asks first")
        #expect(h.confirmation?.action.isUndo == true)
        let effects = h.press(.char("y"))
        #expect(Harness.requests(effects) == [.verify(ids: ["id-0"])])
        h.answerChange()
        #expect(h.pendingChange?.request == .change(.reactivate, ids: ["id-0"]))
        h.settle()
        #expect(h.server.people[0].status == .active)
        #expect(h.state.list[0]?.status == .active)
        #expect(h.state.undo == nil)
        #expect(h.state.message?.text.hasPrefix("Undone") == true)
    }

    @Test("The undo offer expires")
    func undoExpires() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.settle()
        h.tick(UndoOffer.lifetime + 1)
        #expect(h.state.undo == nil)
        let effects = h.press(.char("u"))
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.message?.text == "Nothing to undo")
    }

    @Test("A person stays under the cursor when their status changes")
    func cursorStays() {
        var h = Harness.loaded(Self.people)
        h.select("id-5")
        h.press(.char("t"), .char("y"))
        h.settle()
        #expect(h.state.cursor == 5)
        #expect(h.state.selectedPerson?.id == "id-5")
        #expect(h.state.selectedPerson?.status == .terminated)
        #expect(h.state.detailPerson?.status == .terminated)
    }

    @Test("Nothing is shown done that the server did not return")
    func serverKeptStatus() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.answerChange()  // verify
        let change = try #require(h.pendingChange)
        // 200, but the server kept the person active.
        h.answer(change.id, with: .batch(.people([People.person(0)])))
        #expect(h.state.list[0]?.status == .active)
        #expect(h.state.message?.level == .error)
        #expect(h.state.message?.text.contains("the portal left them Active") == true)
        #expect(h.state.undo == nil)
    }

    @Test("A refusal shows the server's message and changes nothing")
    func serverRefuses() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.answerChange()  // verify
        let change = try #require(h.pendingChange)
        h.answer(change.id, with: .failure(.forbidden(message: "Access denied")))
        h.answerChange()  // the re-read: the portal changes people one by one and may stop part-way
        #expect(h.state.list[0]?.status == .active)
        #expect(
            h.state.message?.text
                == "Terminate failed for Person 00000: refused: Access denied by the portal (403): Access denied; a re-read shows them still Active; not sent again"
        )
        #expect(h.state.message?.level == .error)
    }

    @Test("A bulk delete the server partly skips: per-person results, only the deleted leave")
    func partialDelete() throws {
        var people = Self.people
        people[1].status = .terminated
        people[2].status = .terminated
        var h = Harness.loaded(people)
        h.select("id-1")
        h.press(.char(" "), .char(" "), .char("d"))
        h.type("DELETE")
        h.press(.enter)
        h.answerChange()  // verify
        let change = try #require(h.pendingChange)
        // The server deleted id-1 but kept id-2 (not enough rights).
        var kept = people[2]
        kept.isRoomAdmin = true
        h.answer(change.id, with: .batch(.deletion([.missing(id: "id-1"), .found(kept)])))
        #expect(!h.state.list.loadedPeople.contains { $0.id == "id-1" })
        #expect(h.state.list.loadedPeople.contains { $0.id == "id-2" })
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results dialog")
            return
        }
        #expect(report.done.map(\.id) == ["id-1"])
        #expect(report.failed.map(\.person.id) == ["id-2"])
        #expect(h.state.message?.text == "Deleted 1 of 2; 1 failed")
        #expect(h.state.marks.map(\.id) == ["id-2"])
        // Other keys do not close it; Enter does.
        h.press(.char("j"))
        #expect(h.state.dialog != nil)
        h.press(.enter)
        #expect(h.state.dialog == nil)
    }

    @Test("Keys typed during a change keep working for navigation, but no second change starts")
    func oneChangeAtATime() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.press(.down)
        #expect(h.state.cursor == 1)
        let effects = h.press(.char("t"))
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.message?.text == "Wait: a change is still running")
    }
}
