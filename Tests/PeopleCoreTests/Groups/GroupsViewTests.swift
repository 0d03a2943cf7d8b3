import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("The Groups view")
struct GroupsViewTests {
    @Test("m opens the view and asks for the first page only; G loads the last page; Esc goes back")
    func opensAndPages() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.numbered(150))
        let opened = h.press(.char("m"))
        #expect(GroupsFixture.groupQueries(opened).map(\.startIndex) == [0])
        #expect(Harness.pageQueries(opened).isEmpty)
        #expect(h.state.inputContext == .groups)
        h.settle()
        let view = try #require(h.state.groupsView)
        #expect(view.count == 150)
        #expect(view.group(at: 0)?.name == "Group 001")
        #expect(view.group(at: 100) == nil)
        #expect(h.state.positionText == "1–20 of 150 groups")
        let end = h.press(.char("G"))
        #expect(GroupsFixture.groupQueries(end).map(\.startIndex) == [100])
        h.settle()
        #expect(h.state.groupsView?.cursor == 149)
        #expect(h.state.groupsView?.group(at: 149)?.name == "Group 150")
        let back = h.press(.escape)
        #expect(h.state.groupsView == nil)
        #expect(Harness.requests(back).isEmpty)
        #expect(h.state.list.total == 4)
        #expect(h.state.inputContext == .list)
    }

    @Test("o and O sort by name, head and member count on the server; / searches by name")
    func sortAndSearch() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char("m"))
        h.settle()
        #expect((0..<3).map { h.state.groupsView?.group(at: $0)?.name } == ["Engineering", "Sales", "Support"])
        let byHead = h.press(.char("o"))
        #expect(GroupsFixture.groupQueries(byHead).first?.sortBy == .head)
        h.settle()
        let byCount = h.press(.char("o"))
        #expect(GroupsFixture.groupQueries(byCount).first?.sortBy == .memberCount)
        h.settle()
        #expect(h.state.groupsView?.group(at: 0)?.name == "Support")
        let reversed = h.press(.char("O"))
        #expect(GroupsFixture.groupQueries(reversed).first?.sortOrder == .descending)
        h.settle()
        #expect(h.state.groupsView?.sortLabel == "members ↓")
        #expect(h.state.groupsView?.group(at: 2)?.name == "Support")

        h.press(.char("/"))
        #expect(h.state.inputContext == .groupSearch)
        h.type("s")
        let typed = h.type("u")
        #expect(GroupsFixture.groupQueries(typed).first?.text == "su")
        h.settle()
        #expect(h.state.groupsView?.count == 1)
        #expect(h.state.groupsView?.group(at: 0)?.name == "Support")
        h.press(.enter)
        #expect(h.state.inputContext == .groups)
        #expect(h.state.groupsView?.appliedText == "su")
        h.press(.char("/"))
        let cleared = h.press(.escape)
        #expect(GroupsFixture.groupQueries(cleared).first?.text == nil)
        h.settle()
        #expect(h.state.groupsView?.count == 3)
    }

    @Test("Enter shows the group's people with one request, the group named in the filters")
    func enterShowsMembers() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.command("groups")
        #expect(h.state.groupsView != nil)
        h.settle()
        h.press(.down)  // Sales
        let entered = h.press(.enter)
        #expect(h.state.groupsView == nil)
        let queries = Harness.pageQueries(entered)
        #expect(queries.count == 1)
        #expect(queries.first?.groupID == "g-sales")
        #expect(queries.first?.startIndex == 0)
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.displayName) == ["Ann Archer", "Ben Baker"])
        #expect(h.state.filters.group == .group(id: "g-sales", name: "Sales"))
        #expect(h.state.filters.groupLabel == "Sales")
        // `:people` from the view goes back without touching the filter.
        h.press(.char("m"))
        h.settle()
        h.command("people")
        #expect(h.state.groupsView == nil)
        #expect(h.state.filters.group == .group(id: "g-sales", name: "Sales"))
    }

    @Test("The People list's keys do not act from the Groups view")
    func listKeysWait() {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char("m"))
        h.settle()
        let effects = h.press(.char("t"), .char("f"))
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.dialog == nil)
        #expect(h.state.filters.status == nil)
    }

    @Test("A failed page says why in the view; r asks again")
    func failure() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.server.failures = [.server(status: 500, message: "boom")]
        h.press(.char("m"))
        h.settle()
        #expect(h.state.groupsView?.problem?.contains("Could not load the groups") == true)
        #expect(h.state.positionText == "not loaded")
        h.press(.char("r"))
        h.settle()
        #expect(h.state.groupsView?.problem == nil)
        #expect(h.state.groupsView?.count == 3)
    }

    @Test("Esc after a second of waiting stops the page and keeps the view; r asks again")
    func escStopsASlowPage() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char("m"))
        #expect(h.pending.count == 1)
        h.tick(1.5)
        let stopped = h.press(.escape)
        #expect(stopped.contains { if case .cancel = $0 { true } else { false } })
        #expect(h.pending.isEmpty)
        #expect(h.state.groupsView?.problem == "Loading stopped: r reloads")
        #expect(h.state.inputContext == .groups)
        h.press(.char("r"))
        h.settle()
        #expect(h.state.groupsView?.count == 3)
        // Without a wait, Esc goes back to the People list.
        h.press(.escape)
        #expect(h.state.groupsView == nil)
    }

    @Test("A paste goes into the groups' search as typed")
    func pasteIntoSearch() {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char("m"))
        h.settle()
        h.press(.char("/"))
        let pasted = h.send(.key(.paste("Sal")))
        #expect(GroupsFixture.groupQueries(pasted).first?.text == "Sal")
        h.settle()
        #expect(h.state.groupsView?.group(at: 0)?.name == "Sales")
    }
}
