import DocSpaceAPI
import Testing

@testable import PeopleCore

@Suite("Saved views and columns in update: :view, v, :view-save, :columns, --view")
struct SavedViewUpdateTests {
    static let team = SavedView(
        status: .active, types: [.user], group: salesID, search: "person", sort: .email, descending: true,
        columns: [.name, .storage])

    static let salesID = "0b5c3a1e-7d2f-4c8a-9e61-3f0d2b7a9c10"
    static let supportID = "5e2d9c4b-1a3f-4b7e-8c0d-6f9a2e1b3c47"
    static let byName = SavedView(status: .pending, group: "Sales")

    static func harness(opening: String? = nil) -> Harness {
        var h = Harness(
            people: People.many(30),
            groups: [Group(id: salesID, name: "Sales"), Group(id: supportID, name: "Support")])
        h.state.session.views = SavedViews(
            views: ["team": team, "all": SavedView(), "byname": byName], opening: opening)
        h.send(.started)
        h.settle()
        return h
    }

    /// The last page request sent.
    static func lastQuery(_ h: Harness) -> PeopleQuery? {
        h.effects.reversed().lazy.compactMap { effect -> PeopleQuery? in
            if case .request(_, .loadPage(let query)) = effect { return query }
            return nil
        }.first
    }

    @Test(":view NAME puts the view's filters, search, sort and columns on the list, asked with one reload")
    func openByName() throws {
        var h = Self.harness()
        h.effects = []
        h.command("view team")
        let query = try #require(Self.lastQuery(h))
        #expect(query.status == .active && query.types == [.user] && query.groupID == Self.salesID)
        #expect(query.text == "person" && query.sortBy == .email && query.sortOrder == .descending)
        #expect(h.state.columns == [.name, .storage])
        #expect(h.state.viewName == "team")
        #expect(h.state.message?.text == "View team")
    }

    @Test("v opens the picker on the views by name; Enter opens the one under the cursor, Esc nothing")
    func picker() throws {
        var h = Self.harness()
        h.press(.char("v"))
        guard case .viewPicker(let picker) = h.state.dialog else {
            Issue.record("no picker: \(String(describing: h.state.dialog))")
            return
        }
        #expect(picker.names == ["all", "byname", "team"])
        h.press(.escape)
        #expect(h.state.dialog == nil && h.state.viewName == nil)
        h.press(.char("v"), .down, .down, .enter)
        #expect(h.state.viewName == "team" && h.state.filters.status == .active)
    }

    @Test("An unknown view is said with the known names, and nothing is asked")
    func unknownView() {
        var h = Self.harness()
        h.effects = []
        h.command("view nope")
        #expect(Self.lastQuery(h) == nil)
        #expect(h.state.message?.text == "No view \"nope\" in the config file (known: all, byname, team)")
    }

    @Test(":view-save NAME sends the list as it is; once saved :view finds it, a failure says why and keeps nothing")
    func saveView() throws {
        var h = Self.harness()
        h.state.filters.status = .pending
        h.state.filters.group = .group(id: Self.supportID, name: "Support")
        h.state.columns = [.name, .inviter]
        h.effects = []
        h.command("view-save mine")
        let saved = try #require(
            h.effects.lazy.compactMap { effect -> SavedView? in
                if case .saveView(let name, let view) = effect, name == "mine" { return view }
                return nil
            }.first)
        #expect(saved.status == .pending && saved.group == Self.supportID && saved.columns == [.name, .inviter])
        #expect(saved.sort == .displayName && !saved.descending && saved.search == nil)
        h.send(.viewSaved(name: "mine", saved, path: nil, problem: "config file /x: a symbolic link"))
        #expect(h.state.session.views.views["mine"] == nil)
        #expect(h.state.message?.text.contains("not saved: config file /x: a symbolic link") == true)
        h.send(.viewSaved(name: "mine", saved, path: "/home/a/config.toml", problem: nil))
        #expect(h.state.session.views.views["mine"] == saved)
        // Reopened, the group keeps the name it had when saved.
        h.state.filters = ListFilters()
        h.command("view mine")
        #expect(h.state.filters.group == .group(id: Self.supportID, name: "Support"))
    }

    @Test("A group written by name: the rest applies, and the group filter's picker opens with the name typed")
    func groupByName() {
        var h = Self.harness()
        h.command("view byname")
        #expect(h.state.filters.status == .pending && h.state.filters.group == nil)
        guard case .groupPicker(let picker) = h.state.dialog, picker.purpose == .filter else {
            Issue.record("no picker: \(String(describing: h.state.dialog))")
            return
        }
        #expect(picker.field.text == "Sales")
    }

    @Test(":view-save refuses a name config.toml could not take bare")
    func badName() {
        var h = Self.harness()
        h.effects = []
        h.command("view-save my view")
        #expect(!h.effects.contains { if case .saveView = $0 { true } else { false } })
    }

    @Test(":columns sets the columns in order; an unknown one changes nothing")
    func columnsCommand() {
        var h = Self.harness()
        h.command("columns email,name,registered")
        #expect(h.state.columns == [.email, .name, .registered])
        h.command("columns name,shoe")
        #expect(h.state.columns == [.email, .name, .registered])
        #expect(h.state.message?.text.contains("unknown column \"shoe\"") == true)
    }

    @Test("--view NAME: the first page asked is the view's")
    func opening() throws {
        let h = Self.harness(opening: "team")
        let first = try #require(
            h.effects.lazy.compactMap { effect -> PeopleQuery? in
                if case .request(_, .loadPage(let query)) = effect { return query }
                return nil
            }.first)
        #expect(first.status == .active && first.groupID == Self.salesID)
        #expect(h.state.columns == [.name, .storage])
    }
}

@Suite("The columns' values in the list's compact rows")
struct ColumnRowStorageTests {
    @Test("A row record stays 48 bytes with storage, limit, inviter and day in it")
    func recordSize() {
        #expect(PageRows.recordStride == 48)
    }

    @Test(
        "The registration day goes to two bytes and back, 1970 to 2149",
        arguments: [
            Int32(19_700_102), 20_000_229, 20_260_302, 20_261_231, 21_490_606,
        ])
    func dayRoundTrip(day: Int32) {
        #expect(PageRows.yyyymmdd(days: PageRows.days(yyyymmdd: day)) == day)
    }

    @Test("Storage, limit, inviter and day read back from the list as the person had them")
    func readBack() {
        var person = People.person(1)
        person.usedSpace = 1_288_490_188.8
        person.quotaLimit = 5_368_709_120
        person.createdBy = PersonSummary(id: "inv", displayName: "Ivan Inviter")
        person.registrationDate = APIDate(text: "2026-03-02T17:05:11.0000000+03:00", date: nil)
        var rows = PageRows(capacity: 4)
        rows.set(PersonRow(person), key: [], at: 2)
        let row = rows[2]
        #expect(row == PersonRow(person))
        #expect(row?.extra.inviter == "Ivan Inviter" && row?.extra.registeredDay == 20_260_302)
        #expect(row?.extra.quotaLimit == 5_368_709_120 && row?.extra.usedSpace == Float(1_288_490_188.8))
        #expect(rows[1] == nil && !rows.isLoaded(3))
    }
}
