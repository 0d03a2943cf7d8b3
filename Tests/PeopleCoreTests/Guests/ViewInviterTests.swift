import DocSpaceAPI
import Testing

@testable import PeopleCore

/// A saved view's `inviter`: applied when a view opens (`--view`, `:view`, `v`) — at once when
/// the person is known here, else looked up on the portal as `:inviter TEXT` is — and written
/// by `:view-save` when the inviter filter is on.
@Suite("Saved views with an inviter")
struct ViewInviterTests {
    static func view(inviter: String) -> SavedView {
        var view = SavedView()
        view.guests = true
        view.inviter = inviter
        return view
    }

    static func harness(_ views: [String: SavedView], opening: String? = nil) -> Harness {
        var h = Harness(people: GuestsViewTests.people)
        h.state.session.views = SavedViews(views: views, opening: opening)
        h.send(.started)
        h.settle()
        return h
    }

    @Test("--view NAME with an inviter nobody here knows: the portal is asked, its answer filters the guests")
    func openingLooksUp() throws {
        let h = Self.harness(["rita": Self.view(inviter: "id-1")], opening: "rita")
        let asked = Harness.requests(h.effects)
        #expect(asked.contains(.loadDetail(id: "id-1")))
        #expect(h.state.filters.inviter == .person(id: "id-1", name: "Rita Roomadmin"))
        #expect(h.state.filters.area == .guests)
        #expect(Harness.pageQueries(h.effects).last?.inviterID == "id-1")
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4"])
        #expect(h.state.message?.text == "Invited by: Rita Roomadmin")
    }

    @Test(":view NAME with an inviter loaded here: the filter at once, in the view's one reload")
    func knownAtOnce() throws {
        var h = Self.harness(["rita": Self.view(inviter: "ID-1")])
        h.effects = []
        h.command("view rita")
        #expect(!Harness.requests(h.effects).contains(.loadDetail(id: "ID-1")))
        let queries = Harness.pageQueries(h.effects)
        #expect(queries.count == 1)
        #expect(queries.first?.inviterID == "id-1" && queries.first?.area == .guests)
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4"])
        #expect(h.state.message?.text == "View rita")
    }

    @Test("An inviter that is yourself (id or e-mail) is the invited-by-me filter")
    func yourself() throws {
        var h = Self.harness(["mine": Self.view(inviter: People.owner.email ?? "")])
        h.effects = []
        h.press(.char("v"), .enter)
        #expect(h.state.filters.inviter == .me)
        #expect(Harness.pageQueries(h.effects).first?.invitedByMe == true)
        h.settle()
        #expect(Set(h.state.list.loadedPeople.map(\.id)) == ["id-2", "id-3"])
    }

    @Test("An inviter the portal does not know is said; the view's other filters stand, no inviter filter")
    func unknownInviter() throws {
        var h = Self.harness(["ghost": Self.view(inviter: "nobody")])
        h.command("view ghost")
        #expect(h.state.message?.text == "View ghost: looking up the inviter nobody…")
        h.settle()
        #expect(h.state.message?.text.hasPrefix("No one is nobody") == true)
        #expect(h.state.filters.inviter == nil && h.state.filters.area == .guests)
        #expect(h.state.list.total == 3)
    }

    @Test(":view-save writes the inviter's id; reopened, the name saved with it is used, nothing is looked up")
    func saveAndReopen() throws {
        var h = Self.harness([:])
        h.press(.char("w"))
        h.settle()
        h.command("inviter rita")
        h.settle()
        h.command("view-save ritas")
        let saved = try #require(
            h.frontEnd.lazy.compactMap { effect -> SavedView? in
                if case .saveView("ritas", let view) = effect { return view }
                return nil
            }.first)
        #expect(saved.inviter == "id-1" && !saved.invitedByMe && saved.guests)
        h.send(.viewSaved(name: "ritas", saved, path: "/home/a/config.toml", problem: nil))
        h.command("inviter me")
        h.settle()
        h.state.list = PeopleList()
        h.effects = []
        h.command("view ritas")
        #expect(!Harness.requests(h.effects).contains(.loadDetail(id: "id-1")))
        #expect(h.state.filters.inviter == .person(id: "id-1", name: "Rita Roomadmin"))
    }
}
