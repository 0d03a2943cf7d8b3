import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The Guests view (`w`, `:guests`), its inviter filters (`:invited-by-me`, `:inviter`),
/// removing guests on the change path (`E`) and a guest's share link (`p`), against the
/// scripted portal.
@Suite("Guests view")
struct GuestsViewTests {
    /// Two people, three guests: two invited by the signed-in owner, one by Rita.
    static var people: [Person] {
        let rita = People.person(1, type: .roomAdmin, name: "Rita Roomadmin")
        var guests = (2..<5).map { People.person($0, type: .guest, name: "Guest \($0)") }
        let byOwner = PersonSummary(id: People.owner.id, displayName: People.owner.displayName)
        guests[0].createdBy = byOwner
        guests[1].createdBy = byOwner
        guests[2].createdBy = PersonSummary(id: rita.id, displayName: rita.displayName)
        return [People.person(0, name: "Una User"), rita] + guests
    }

    @Test("w asks for area=2 with one request and says Guests; w again and :people go back to everyone")
    func toggles() throws {
        var h = Harness.loaded(Self.people)
        #expect(h.state.list.total == 5)
        let opened = Harness.pageQueries(h.press(.char("w")))
        #expect(opened.count == 1)
        #expect(opened.first?.area == .guests)
        h.settle()
        #expect(h.state.list.total == 3)
        #expect(h.state.message?.text == "Guests: every guest of the portal")
        h.press(.char("w"))
        h.settle()
        #expect(h.state.filters.area == nil)
        #expect(h.state.list.total == 5)
        h.command("guests")
        h.settle()
        #expect(h.state.filters.area == .guests)
        h.command("people")
        h.settle()
        #expect(h.state.filters.area == nil && h.state.list.total == 5)
    }

    @Test(
        ":inviter NAME (a loaded person or inviter) and :invited-by-me narrow the guests; X clears them, the Guests view stays"
    )
    func inviterFilters() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("w"))
        h.settle()
        h.press(.char(":"))
        h.type("inviter rita")
        let ritas = Harness.pageQueries(h.press(.enter))
        #expect(ritas.first?.inviterID == "id-1" && ritas.first?.invitedByMe == false)
        h.settle()
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4"])
        #expect(h.state.filters.inviter == .person(id: "id-1", name: "Rita Roomadmin"))
        h.press(.char(":"))
        h.type("invited-by-me")
        let mine = Harness.pageQueries(h.press(.enter))
        #expect(mine.first?.invitedByMe == true)
        h.settle()
        #expect(h.state.list.total == 2)
        #expect(h.state.filters.isFiltering)
        h.press(.char("X"))
        h.settle()
        #expect(h.state.filters.inviter == nil && h.state.filters.area == .guests)
        #expect(h.state.list.total == 3)
    }

    @Test(":inviter TEXT matching nobody loaded asks the portal for that person (user name, id or e-mail)")
    func inviterFromPortal() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("w"))
        h.settle()
        h.command("invited-by-me")
        h.settle()
        h.press(.char(":"))
        h.type("inviter id-1")
        let asked = Harness.requests(h.press(.enter))
        #expect(asked == [.loadDetail(id: "id-1")])
        h.settle()
        #expect(h.state.filters.inviter == .person(id: "id-1", name: "Rita Roomadmin"))
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4"])
        h.command("inviter nobody")
        h.settle()
        #expect(h.state.message?.text.hasPrefix("No one is nobody") == true)
        #expect(h.state.filters.inviter == .person(id: "id-1", name: "Rita Roomadmin"), "the filter stays")
    }

    @Test(":inviter on a person in the People list: the Guests view of the guests they invited")
    func inviterFromPeopleList() throws {
        var h = Harness.loaded(Self.people)
        let rita = try #require(h.state.list.index(of: "id-1"))
        h.state.cursor = rita
        h.command("inviter")
        h.settle()
        #expect(h.state.filters.area == .guests)
        #expect(h.state.filters.inviter == .person(id: "id-1", name: "Rita Roomadmin"))
        #expect(h.state.list.loadedPeople.map(\.id) == ["id-4"])
    }

    @Test(
        "E on two marked guests and a user: the user left out, the question says the accounts stay, y sends one DELETE, results"
    )
    func removeGuests() throws {
        var h = Harness.loaded(Self.people)
        h.state.marks = Marks(Self.people.filter { ["id-0", "id-2", "id-3"].contains($0.id) })
        h.press(.char("E"))
        let question = try #require(h.confirmation)
        #expect(question.action.kind == .removeGuest)
        #expect(Set(question.action.targets.map(\.id)) == ["id-2", "id-3"])
        #expect(question.skipped.map(\.reason) == ["not a guest"])
        #expect(ChangeKind.removeGuest.consequence().contains("NOT deleted"))
        h.settle()  // the re-check before sending
        let sent = h.confirm()
        h.settle()
        let changes = Harness.requests(h.effects).compactMap { request -> [String]? in
            if case .change(.removeGuest, let ids) = request { ids } else { nil }
        }
        #expect(changes.map(Set.init) == [["id-2", "id-3"]], "one request: \(sent)")
        let report = try #require(h.report)
        #expect(Set(report.done.map(\.id)) == ["id-2", "id-3"])
        #expect(
            report.resultRows.filter { $0.outcome == .done }.allSatisfy { $0.detail == ChangeKind.removedGuestDetail })
        #expect(h.server.actedOn == ["id-2", "id-3"])
    }

    @Test(
        "The portal refuses the batch: none removed, each row says so; a guest another invited is left out at the re-check"
    )
    func refusedWhole() throws {
        var h = Harness.loaded(Self.people)
        h.state.marks = Marks(Self.people.filter { ["id-2", "id-3", "id-4"].contains($0.id) })
        h.server.refusals["id-3"] = .forbidden(message: "Access denied")
        h.press(.char("E"))
        h.settle()  // the re-check reads the inviters: Rita's guest is not the owner's
        let question = try #require(h.confirmation)
        #expect(question.action.targets.map(\.id) == ["id-2", "id-3"])
        #expect(question.skipped.map(\.reason) == ["not your guest: invited by Rita Roomadmin"])
        h.confirm()
        h.settle()
        let report = try #require(h.report)
        #expect(report.done.isEmpty)
        #expect(report.failed.count == 2)
        #expect(report.failed.allSatisfy { $0.reason.hasSuffix("none of it was done") })
        #expect(h.server.actedOn.isEmpty)
    }

    @Test("Refusals per person: only guests, not disabled; users may not; a DocSpace admin's guest invited by another")
    func rules() {
        let owner = People.owner
        let roomAdmin = People.person(1, type: .roomAdmin)
        var guest = People.person(2, type: .guest)
        #expect(
            ChangeKind.removeGuest.refusal(for: guest, me: owner) == nil, "the inviter is not known: the portal judges")
        #expect(ChangeKind.removeGuest.refusal(for: guest, me: roomAdmin) == nil)
        #expect(ChangeKind.removeGuest.refusal(for: People.person(3), me: owner)?.text == "not a guest")
        #expect(ChangeKind.removeGuest.refusal(for: guest, me: People.person(4))?.short == "admins")
        #expect(
            ChangeKind.removeGuest.refusal(for: People.person(5, status: .terminated, type: .guest), me: owner)?.short
                == "disabled")
        guest.createdBy = PersonSummary(id: "id-1", displayName: "Rita")
        #expect(ChangeKind.removeGuest.refusal(for: guest, me: owner)?.text == "not your guest: invited by Rita")
        #expect(ChangeKind.removeGuest.serverCall(ids: ["a"]) == "DELETE /api/2.0/people/guests")
        #expect(ChangeKind.removeGuest.checksEveryoneFirst)
    }

    @Test(
        "The action bar asks the rule once per kind of marked person, the inviter counted: one guest of yours is enough"
    )
    func availabilityWithMixedInviters() {
        var h = Harness.loaded(Self.people)
        h.state.marks = Marks(Self.people.filter { $0.id == "id-4" })
        #expect(
            h.state.availability(of: .change(.removeGuest)) == .unavailable("not your guest: invited by Rita Roomadmin")
        )
        h.state.marks = Marks(Self.people.filter { ["id-4", "id-2"].contains($0.id) })
        #expect(h.state.availability(of: .change(.removeGuest)) == .available)
    }

    @Test("p on a guest asks for the share link and copies it (OSC 52); on a user nothing is asked")
    func shareLink() throws {
        var h = Harness.loaded(Self.people)
        h.state.cursor = try #require(h.state.list.index(of: "id-0"))
        let refused = h.press(.char("p"))
        #expect(Harness.requests(refused).isEmpty)
        #expect(h.state.message?.text == "Share link: not a guest")
        h.state.cursor = try #require(h.state.list.index(of: "id-2"))
        let asked = Harness.requests(h.press(.char("p")))
        #expect(asked == [.guestShareLink(userID: "id-2")])
        h.settle()
        #expect(h.frontEnd.contains(.copyToClipboard("https://portal.example.com/s/id-2")))
        #expect(h.state.message?.text.hasPrefix("Copied the share link of Guest 2") == true)
    }
}
