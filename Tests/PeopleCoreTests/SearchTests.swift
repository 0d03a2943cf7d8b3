import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Search: local at once, the server after a pause, newest wins")
struct SearchTests {
    static let people: [Person] =
        [
            People.person(1, name: "Alice Archer"),
            People.person(2, name: "Alina Brandt"),
            People.person(3, name: "Bob Builder"),
            People.person(4, name: "Zoë Ålund"),
        ] + (10..<40).map { People.person($0) }

    @Test("Typing filters the loaded rows at once and asks the server only after the pause")
    func localThenServer() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        #expect(h.state.inputContext == .search)
        let typed = h.type("ali")
        #expect(Harness.pageQueries(typed).isEmpty)
        #expect(h.state.localMatches?.map(\.displayName) == ["Alice Archer", "Alina Brandt"])
        #expect(h.state.positionText == "2 loaded matches")
        #expect(Harness.pageQueries(h.tick(0.2)).isEmpty)
        let fired = h.tick(0.15)
        #expect(Harness.pageQueries(fired).map(\.text) == ["ali"])
        h.settle()
        #expect(h.state.localMatches == nil)
        #expect(h.state.list.total == 2)
        #expect(h.state.search.isEditing)
    }

    @Test("Local matching ignores case and accents and wants every word")
    func localMatching() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        h.type("zoe alu")
        #expect(h.state.localMatches?.map(\.id) == ["id-4"])
        h.press(.control("u"))
        #expect(h.state.localMatches == nil)
        h.type("P2@EXAMPLE")
        #expect(h.state.localMatches?.map(\.id) == ["id-2"])
    }

    @Test("Newest wins: an older search's late answer is dropped")
    func newestWins() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        h.type("al")
        h.tick(0.4)
        let older = h.pendingPages.first!
        #expect(older.query.text == "al")
        h.type("i")
        let newerEffects = h.tick(0.4)
        // The older request is cancelled, a new one is sent.
        #expect(newerEffects.contains(.cancel([older.id])))
        let newer = h.pendingPages.first!
        #expect(newer.query.text == "ali")
        // Even if the old answer arrives after all, it changes nothing.
        h.send(.response(older.id, .page(h.server.page(older.query))))
        #expect(h.state.localMatches?.count == 2)
        h.answer(newer.id, with: .page(h.server.page(newer.query)))
        #expect(h.state.list.total == 2)
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-1", "id-2"])
    }

    @Test("Esc cancels: the list, the cursor and the text come back, pending answers are dropped")
    func escapeCancels() {
        var h = Harness.loaded(Self.people)
        h.press(.down, .down)
        h.settle()
        let before = h.state.list.loadedPeople
        h.press(.char("/"))
        h.type("bob")
        h.tick(0.5)
        let search = h.pendingPages.first!
        let effects = h.press(.escape)
        #expect(effects.contains(.cancel([search.id])))
        #expect(h.state.inputContext == .list)
        #expect(h.state.search.text == "")
        #expect(h.state.search.appliedText == nil)
        #expect(h.state.localMatches == nil)
        #expect(h.state.list.loadedPeople == before)
        #expect(h.state.cursor == 2)
        h.send(.response(search.id, .page(h.server.page(search.query))))
        #expect(h.state.list.loadedPeople == before)
    }

    @Test("Enter keeps the result: the pending server search goes out at once")
    func enterKeeps() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        h.type("bob")
        let effects = h.press(.enter)
        #expect(Harness.pageQueries(effects).map(\.text) == ["bob"])
        #expect(h.state.inputContext == .list)
        #expect(h.state.search.appliedText == "bob")
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-3"])
        #expect(h.state.selectedPerson?.id == "id-3")
        // Esc in the list clears the kept search.
        let cleared = h.press(.escape)
        #expect(Harness.pageQueries(cleared).first?.text == nil)
        h.settle()
        #expect(h.state.list.total == Self.people.count)
    }

    @Test("The cursor stays on the person it was on when the server's result includes them")
    func cursorStaysOnMatch() {
        var h = Harness.loaded(Self.people)
        h.press(.down)  // Alina Brandt
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-2")
        h.press(.char("/"))
        h.type("ali")
        #expect(h.state.selectedPerson?.id == "id-2")
        h.tick(0.5)
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-2")
    }

    @Test("Searching back to the original text restores the list without asking the server")
    func backToStart() {
        var h = Harness.loaded(Self.people)
        h.press(.char("/"))
        h.type("a")
        h.press(.backspace)
        let effects = h.tick(0.5)
        #expect(Harness.pageQueries(effects).isEmpty)
        #expect(h.state.localMatches == nil)
        #expect(h.state.list.total == Self.people.count)
    }
}
