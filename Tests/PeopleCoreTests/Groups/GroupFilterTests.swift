import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("The group filter")
struct GroupFilterTests {
    static func picker(_ h: Harness) -> GroupPicker? {
        if case .groupPicker(let picker) = h.state.dialog, picker.purpose == .filter { picker } else { nil }
    }

    @Test("M opens the picker: all, without a group, then the portal's groups; Enter filters with one request")
    func pickAGroup() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        let opened = h.press(.char("M"))
        #expect(GroupsFixture.groupQueries(opened).count == 1)
        #expect(h.state.inputContext == .groupPicker)
        h.settle()
        let labels = try #require(Self.picker(h)).choices.map(\.label)
        #expect(labels == ["All groups (no group filter)", "Without a group", "Engineering", "Sales", "Support"])
        // Typing narrows on the server; the older answer is dropped.
        h.type("e")
        let narrowed = h.type("n")
        #expect(GroupsFixture.groupQueries(narrowed).first?.text == "en")
        #expect(h.pending.count == 1)
        h.settle()
        #expect(try #require(Self.picker(h)).choices.map(\.label) == ["Engineering"])
        let chosen = h.press(.enter)
        #expect(h.state.dialog == nil)
        let queries = Harness.pageQueries(chosen)
        #expect(queries.count == 1)
        #expect(queries.first?.groupID == "g-eng")
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.displayName) == ["Ben Baker", "Cid Cooper"])
    }

    @Test("Without a group asks the server for people in none; ↑/↓ move, Esc keeps the filter")
    func withoutGroup() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char("M"))
        h.settle()
        h.press(.down, .down, .up)
        #expect(Self.picker(h)?.cursor == 1)
        let chosen = h.press(.enter)
        #expect(Harness.pageQueries(chosen).first?.withoutGroup == true)
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.displayName) == ["Dee Dalton"])
        #expect(h.state.filters.groupLabel == "none")
        h.press(.char("M"))
        h.settle()
        let closed = h.press(.escape)
        #expect(h.state.dialog == nil)
        #expect(Harness.pageQueries(closed).isEmpty)
        #expect(h.state.filters.group == .withoutGroup)
    }

    @Test("Cleared one by one (:group all, the picker's first line) or all at once with X")
    func clearing() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.command("group none")
        h.settle()
        #expect(h.state.filters.group == .withoutGroup)
        h.command("group all")
        h.settle()
        #expect(h.state.filters.group == nil)
        #expect(h.state.list.total == 4)

        h.press(.char("M"))
        h.settle()
        h.press(.down, .down, .down)  // Sales
        h.press(.enter)
        h.settle()
        h.press(.char("f"))  // active
        h.settle()
        #expect(h.state.filters.isFiltering)
        let cleared = h.press(.char("X"))
        let queries = Harness.pageQueries(cleared)
        #expect(queries.count == 1)
        #expect(queries.first?.groupID == nil && queries.first?.status == nil)
        h.settle()
        #expect(h.state.filters.group == nil && h.state.filters.status == nil)
        #expect(h.state.list.total == 4)
        #expect(h.state.availability(of: .clearFilters) != .available)
    }

    @Test(":group WORDS opens the picker with them typed")
    func commandWithText() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char(":"))
        h.type("group sal")
        let opened = h.press(.enter)
        #expect(GroupsFixture.groupQueries(opened).first?.text == "sal")
        h.settle()
        #expect(try #require(Self.picker(h)).choices.map(\.label) == ["Sales"])
    }

    @Test("The list's rows keep the first group and how many more")
    func rowsKeepGroups() throws {
        let h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        let texts = (0..<4).map { h.state.list.row(at: $0)?.groupsText }
        #expect(texts == ["Sales", "Sales +1", "Engineering", nil])
    }

    @Test("A marked person outside the group counts as hidden by the filter; * and e name the group")
    func hiddenMarks() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char(" "))  // Ann, in Sales
        #expect(h.state.marks.map(\.id) == ["id-1"])
        h.command("group eng")
        h.settle()
        h.press(.enter)
        h.settle()
        #expect(h.state.filters.group == .group(id: "g-eng", name: "Engineering"))
        #expect(h.state.hiddenMarkCount == 1)
        #expect(h.state.viewDescription.hasPrefix("Group: Engineering │"))
        let marking = h.press(.char("*"))
        #expect(!Harness.pageQueries(marking).isEmpty)
        #expect(Harness.pageQueries(marking).allSatisfy { $0.groupID == "g-eng" })
        #expect(h.state.message?.text.contains("group Engineering") == true)
    }

    @Test("Enter with nothing to choose keeps the picker open and the filter as it was")
    func enterWithoutChoice() throws {
        var h = Harness.loaded(GroupsFixture.people, groups: GroupsFixture.groups)
        h.press(.char("M"))
        h.type("zzz")
        h.settle()
        #expect(try #require(Self.picker(h)).choices.isEmpty)
        let pressed = h.press(.enter)
        #expect(Self.picker(h) != nil)
        #expect(h.state.message?.text == "No group chosen")
        #expect(Harness.pageQueries(pressed).isEmpty)
        #expect(h.state.filters.group == nil)
    }
}
