import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Filters and sort")
struct FilterSortTests {
    static let people: [Person] = [
        People.person(1, status: .active, type: .user, name: "Ann Active"),
        People.person(2, status: .terminated, type: .guest, name: "Dan Disabled"),
        People.person(3, status: .pending, type: .roomAdmin, name: "Pat Pending"),
        People.person(4, status: .active, type: .docSpaceAdmin, name: "Ada Admin"),
    ]

    @Test("f cycles the status filter through the server's query")
    func statusFilter() {
        var h = Harness.loaded(Self.people)
        #expect(h.state.list.total == 4)
        let active = h.press(.char("f"))
        #expect(Harness.pageQueries(active).first?.status == .active)
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4", "id-1"])
        #expect(h.state.cursor == 0)
        h.press(.char("f"))
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-3"])
        h.press(.char("f"))
        h.settle()
        #expect(h.state.filters.statusLabel == "Disabled")
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-2"])
        h.press(.char("f"))
        h.settle()
        #expect(h.state.filters.status == nil)
        #expect(h.state.list.total == 4)
    }

    @Test("F cycles the type filter")
    func typeFilter() {
        var h = Harness.loaded(Self.people)
        let effects = h.press(.char("F"))
        #expect(Harness.pageQueries(effects).first?.types == [.docSpaceAdmin])
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4"])
    }

    @Test("o picks the next sort column, O reverses the order; the cursor stays on the person")
    func sort() {
        var h = Harness.loaded(Self.people)
        h.press(.down)  // Ann Active
        h.settle()
        let byEmail = h.press(.char("o"))
        #expect(Harness.pageQueries(byEmail).first?.sortBy == .email)
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-1")
        let reversed = h.press(.char("O"))
        #expect(Harness.pageQueries(reversed).first?.sortOrder == .descending)
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4", "id-3", "id-2", "id-1"])
        #expect(h.state.selectedPerson?.id == "id-1")
        #expect(h.state.filters.sortLabel == "e-mail ↓")
    }

    @Test("The command line does the same by name")
    func commands() {
        var h = Harness.loaded(Self.people)
        h.press(.char(":"))
        h.type("sort email desc")
        let sorted = h.press(.enter)
        #expect(Harness.pageQueries(sorted).first?.sortBy == .email)
        #expect(Harness.pageQueries(sorted).first?.sortOrder == .descending)
        h.settle()
        h.command("status disabled")
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-2"])
        h.command("type guest")
        #expect(h.state.filters.type == .guest)
        h.settle()
        h.command("nonsense")
        #expect(h.state.message?.level == .error)
        h.press(.char(":"))
        h.type("ter")
        h.press(.tab)
        #expect(h.state.commandLine == "terminate ")
        h.press(.escape)
        #expect(h.state.commandLine == nil)
        h.press(.char(":"))
        h.type("search dan")
        let searched = h.press(.enter)
        #expect(Harness.pageQueries(searched).first?.text == "dan")
    }
}
