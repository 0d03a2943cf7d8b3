import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The rooms a person holds: the detail pane's `h` (read only when asked), and the rooms named
/// in the terminate, delete and demotion confirmations (read as the question opens, never
/// holding up y/N).
@Suite("Rooms a person holds")
struct RoomsTests {
    /// Ten people: 3 and 4 room admins who own rooms, 7 a user who is a member of one.
    static var people: [Person] {
        (0..<10).map { n in People.person(n, type: n == 3 || n == 4 ? .roomAdmin : .user) }
    }

    static let rooms = [
        ScriptedRoom("r1", "Board papers", owner: "id-3", members: ["id-7"]),
        ScriptedRoom("r2", "Contracts", owner: "id-3"),
        ScriptedRoom("r3", "Press kit", owner: "id-4"),
        ScriptedRoom("r4", "Budget", owner: "id-4"),
        ScriptedRoom("r5", "Onboarding", owner: "id-4"),
        ScriptedRoom("r6", "Legal hold", owner: "id-4"),
    ]

    static func loaded() -> Harness {
        var h = Harness.loaded(people)
        h.server.rooms = rooms
        return h
    }

    static func roomRequests(_ h: Harness) -> [Request] {
        Harness.requests(h.effects).filter {
            switch $0 {
            case .personRooms, .ownedRooms: true
            default: false
            }
        }
    }

    @Test("h reads the selected person's rooms: owned first, then member of; never read for every row")
    func detailShowsRoomsOnDemand() {
        var h = Self.loaded()
        h.select("id-3")
        #expect(Self.roomRequests(h).isEmpty, "moving over rows reads no rooms")
        h.press(.char("h"))
        #expect(h.state.holdings?.personID == "id-3")
        #expect(h.state.holdings?.phase == .loading)
        #expect(h.state.holdings?.lines.first?.value == "loading…")
        #expect(Self.roomRequests(h) == [.personRooms(id: "id-3")])
        h.settle()
        guard case .loaded(let rooms) = h.state.holdings?.phase else {
            Issue.record("not loaded: \(String(describing: h.state.holdings))")
            return
        }
        #expect(rooms.owned.map(\.title) == ["Board papers", "Contracts"])
        #expect(rooms.memberOf.isEmpty)
        let lines = h.state.holdings?.lines ?? []
        #expect(lines.map(\.label) == ["Owns", "", "", "Member of"])
        #expect(lines.last?.value == "no rooms")

        h.select("id-7")
        h.press(.char("h"))
        h.settle()
        guard case .loaded(let member) = h.state.holdings?.phase else {
            Issue.record("not loaded")
            return
        }
        #expect(member.owned.isEmpty)
        #expect(member.memberOf.map(\.title) == ["Board papers"])
    }

    @Test(":rooms does what h does")
    func commandLine() {
        var h = Self.loaded()
        h.select("id-4")
        h.command("rooms")
        #expect(Self.roomRequests(h) == [.personRooms(id: "id-4")])
    }

    @Test("A refused read says so plainly in the pane")
    func readFailureIsSaid() throws {
        var h = Self.loaded()
        h.select("id-3")
        h.press(.char("h"))
        let pending = try #require(h.pending.last)
        h.answer(pending.id, with: .failure(.forbidden(message: "Access denied")))
        guard case .failed(let reason) = h.state.holdings?.phase else {
            Issue.record("not failed")
            return
        }
        #expect(reason.contains("Access denied"))
        #expect(h.state.holdings?.lines.first?.value.hasPrefix("could not be read") == true)
    }

    @Test("Terminate: the question opens at once with 'checking rooms…', then names the rooms owned")
    func terminateNamesRooms() throws {
        var h = Self.loaded()
        h.select("id-4")
        h.press(.char("t"))
        #expect(h.confirmation != nil, "the question is open before any room is known")
        #expect(h.state.roomsInQuestion?.lines == ["Rooms: checking rooms…"])
        #expect(Self.roomRequests(h) == [.ownedRooms(ids: ["id-4"], first: ConfirmationRooms.titlesShown)])
        let pending = try #require(h.pending.last)
        h.answer(pending.id, with: h.server.answer(pending.request))
        #expect(
            h.state.roomsInQuestion?.lines == ["Person 00004 owns 4 rooms: Press kit, Budget, Onboarding and 1 more"])
    }

    @Test("y answers at once, whether the rooms are known or not")
    func yesDoesNotWaitForRooms() throws {
        var h = Self.loaded()
        h.select("id-3")
        h.press(.char("t"))
        let rooms = try #require(h.pending.last)
        let answered = h.confirm()
        #expect(h.state.dialog == nil, "y is not held up by the rooms")
        #expect(h.pending.contains { if case .verify = $0.request { true } else { false } })
        #expect(answered.contains(.cancel([rooms.id])), "the rooms read still on its way is let go")
        #expect(!h.pending.contains { $0.id == rooms.id })
        #expect(h.state.confirmationRooms == nil)
    }

    @Test("Many people: the first five are checked, the rest said to be not checked")
    func firstFiveChecked() throws {
        var h = Self.loaded()
        for _ in 0..<7 {
            h.press(.char(" "))
        }
        #expect(h.state.marks.count == 7)
        h.press(.char("t"))
        let pending = try #require(h.pending.last)
        #expect(pending.request == .ownedRooms(ids: ["id-0", "id-1", "id-2", "id-3", "id-4"], first: 3))
        h.answer(pending.id, with: h.server.answer(pending.request))
        #expect(
            h.state.roomsInQuestion?.lines == [
                "Person 00003 owns 2 rooms: Board papers, Contracts",
                "Person 00004 owns 4 rooms: Press kit, Budget, Onboarding and 1 more",
                "3 others own no rooms.",
                "Rooms of the other 2 not checked (the first 5 are).",
            ])
    }

    @Test("A partial failure: the people asked before it are named, the rest 'rooms not known'")
    func partialFailure() throws {
        var h = Self.loaded()
        h.press(.char(" "), .char(" "), .char(" "), .char(" "))
        h.press(.char("t"))
        let pending = try #require(h.pending.last)
        h.answer(
            pending.id,
            with: .ownedRooms([
                .known(id: "id-0", total: 0, first: []), .known(id: "id-1", total: 0, first: []),
                .known(id: "id-2", total: 0, first: []),
                .failed(id: "id-3", .server(status: 500, message: "Internal error")),
            ]))
        let lines = h.state.roomsInQuestion?.lines ?? []
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("Person 00003: rooms not known") == true)
        #expect(lines.last == "3 others own no rooms.")
    }

    @Test("Delete and a demotion ask too; a re-activation does not")
    func whichQuestionsAsk() throws {
        var people = Self.people
        people[4].status = .terminated
        var h = Harness.loaded(people)
        h.server.rooms = Self.rooms
        h.select("id-4")
        h.press(.char("d"))
        #expect(Self.roomRequests(h) == [.ownedRooms(ids: ["id-4"], first: 3)])
        h.press(.escape)
        h.press(.char("a"))
        #expect(h.confirmation != nil)
        #expect(Self.roomRequests(h).count == 1, "re-activating takes no room away")
        #expect(h.state.roomsInQuestion == nil)
        h.press(.escape)

        h = Self.loaded()
        h.select("id-3")
        h.press(.char("T"), .down, .down, .enter)  // room admin → guest: a demotion
        guard case .receiverChoice = h.state.dialog else {
            Issue.record("no receiver choice")
            return
        }
        h.press(.enter)
        guard case .confirm(let confirmation) = h.state.dialog else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.typePlan?.demotions.map(\.id) == ["id-3"])
        #expect(Self.roomRequests(h).last == .ownedRooms(ids: ["id-3"], first: 3))
        #expect(h.state.roomsInQuestion?.lines == ["Rooms: checking rooms…"])
    }
}
