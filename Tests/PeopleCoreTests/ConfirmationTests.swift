import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The confirmation's rules, one test each: it names who, how many and where; the trigger key
/// never confirms; only y (or the typed answer) does; the targets are pinned; nothing counts as
/// done unless the portal shows it.
@Suite("Confirmation policy")
struct ConfirmationTests {
    static let people: [Person] = [
        People.person(1, status: .active, name: "Alice Archer"),
        People.person(2, status: .terminated, name: "Bob Builder"),
        People.person(3, status: .terminated, name: "Carol Clark"),
        People.person(4, status: .active, name: "Dave Doe"),
    ]

    @Test("t opens a dialog naming the person, the portal and the server call, and flushes type-ahead")
    func dialogSaysWhatHappens() throws {
        var h = Harness.loaded(Self.people)
        let effects = h.press(.char("t"))
        #expect(effects.contains(.flushTypeAhead))
        // Nothing is sent but the read of the rooms the person owns, for the question to name.
        #expect(Harness.requests(effects) == [.ownedRooms(ids: ["id-1"], first: ConfirmationRooms.titlesShown)])
        let c = try #require(h.confirmation)
        #expect(c.title == "Terminate 1 person?")
        #expect(c.action.targets.map(\.id) == ["id-1"])
        #expect(PendingAction.label(for: c.action.targets[0]) == "Alice Archer <p1@example.com>")
        #expect(c.portal == "portal.example.com")
        #expect(c.action.serverCall == "PUT /api/2.0/people/status/Terminated")
        #expect(c.typedAnswer == nil)
        #expect(h.state.inputContext == .confirmation)
    }

    @Test("Enter on a fresh dialog cancels and nothing is sent")
    func enterCancels() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let effects = h.press(.enter)
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.message?.text == "Cancelled: nothing was changed")
        #expect(h.server.people[0].status == .active)
    }

    @Test("The trigger key pressed again does nothing")
    func triggerTwice() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let before = h.state
        let effects = h.press(.char("t"))
        #expect(effects.isEmpty)
        #expect(h.state == before)
        #expect(h.confirmation != nil)
    }

    @Test("n and Esc cancel too", arguments: [Key.char("n"), Key.char("N"), Key.escape])
    func noCancels(key: Key) {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let effects = h.press(key)
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(effects).isEmpty)
    }

    @Test("Every other key is swallowed: the list behind does not move, nothing quits")
    func otherKeysSwallowed() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let before = h.state
        let effects = h.press(
            .char("j"), .down, .char("q"), .char("d"), .char(" "), .char("/"),
            .char(":"), .tab, .pageDown, .char("G"), .control("r"), .char("?"))
        #expect(effects.isEmpty)
        #expect(h.state == before)
        #expect(!h.state.hasQuit)
    }

    @Test("y confirms, and the targets are re-read before anything is changed")
    func yesVerifiesFirst() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        let effects = h.press(.char("y"))
        #expect(Harness.requests(effects) == [.verify(ids: ["id-1"])])
        h.answerChange()
        let change = try #require(h.pendingChange)
        #expect(change.request == .change(.terminate, ids: ["id-1"]))
        h.settle()
        #expect(h.server.people.first { $0.id == "id-1" }?.status == .terminated)
        #expect(h.state.list[0]?.status == .terminated)
        #expect(h.state.message?.level == .success)
        #expect(h.state.message?.text.contains("Terminated Alice Archer <p1@example.com>") == true)
    }

    @Test("If a target changed since the dialog opened, nothing is sent")
    func recheckRefuses() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"))
        h.press(.char("y"))
        // Someone else disabled Alice meanwhile.
        h.server.people[0].status = .terminated
        h.answerChange()
        #expect(h.pendingChange == nil)
        #expect(h.state.message?.level == .error)
        #expect(h.state.message?.text.contains("Not sent") == true)
        #expect(h.state.list[0]?.status == .terminated)  // shows the server's state now
    }

    @Test("Pinned targets survive a refresh that moves the rows")
    func pinnedAcrossRefresh() throws {
        var h = Harness.loaded(Self.people)
        h.press(.down, .down, .down)  // Dave Doe
        h.settle()
        #expect(h.state.selectedPerson?.id == "id-4")
        h.press(.char("r"))
        let refresh = h.pendingPages.first!
        h.press(.char("t"))
        #expect(h.confirmation?.action.ids == ["id-4"])
        // A refresh answer arrives while the dialog is open; new people sort first.
        h.server.people.insert(People.person(9, name: "Aaron Aardvark"), at: 0)
        h.answer(refresh.id, with: .page(h.server.page(refresh.query)))
        #expect(h.state.list[3]?.id != "id-4")
        #expect(h.confirmation?.action.ids == ["id-4"])
        let effects = h.press(.char("y"))
        #expect(Harness.requests(effects) == [.verify(ids: ["id-4"])])
    }

    @Test("Background refresh pauses while the dialog is open")
    func autoRefreshPauses() {
        var h = Harness.loaded(Self.people)
        h.state.autoRefreshInterval = 10
        h.state.nextAutoRefreshAt = 10
        h.press(.char("t"))
        #expect(Harness.pageQueries(h.tick(30)).isEmpty)
        h.press(.escape)
        #expect(Harness.pageQueries(h.tick(0.1)).count == 1)
    }

    @Test("Delete of an active person is refused: terminate first (t)")
    func deleteActiveRefused() {
        var h = Harness.loaded(Self.people)
        #expect(h.state.availability(of: .change(.delete)) == .unavailable("terminate first (t)"))
        let effects = h.press(.char("d"))
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.message?.text == "Can't delete Alice Archer: terminate first (t)")
    }

    @Test("Deleting one disabled person asks y/N and shows DELETE people/{id}")
    func deleteOne() throws {
        var h = Harness.loaded(Self.people)
        h.select("id-2")
        h.press(.char("d"))
        let c = try #require(h.confirmation)
        #expect(c.typedAnswer == nil)
        #expect(c.action.serverCall == "DELETE /api/2.0/people/id-2")
        h.press(.char("y"))
        h.settle()
        #expect(!h.server.people.contains { $0.id == "id-2" })
        #expect(!h.state.list.loadedPeople.contains { $0.id == "id-2" })
        #expect(h.state.list.total == 3)
        #expect(h.state.message?.text == "Deleted Bob Builder <p2@example.com>")
    }

    @Test("Deleting more than one person needs DELETE typed out; y, Enter and the trigger do not confirm")
    func typedConfirmation() throws {
        var h = Harness.loaded(Self.people)
        h.select("id-2")
        h.press(.char(" "), .char(" "))  // marks Bob and Carol
        #expect(h.state.marks.map(\.id) == ["id-2", "id-3"])
        h.press(.char("d"))
        var c = try #require(h.confirmation)
        #expect(c.typedAnswer?.expected == "DELETE")
        #expect(c.action.serverCall == "PUT /api/2.0/people/delete")
        #expect(h.state.inputContext == .typedConfirmation)
        #expect(Harness.requests(h.press(.char("y"), .enter)).isEmpty)
        c = try #require(h.confirmation)
        #expect(c.typedAnswer?.typed == "y")
        #expect(c.typedAnswer?.hint != nil)
        h.press(.backspace, .char("d"))
        #expect(Harness.requests(h.press(.enter)).isEmpty)
        h.press(.backspace)
        h.type("DELTE")
        h.press(.control("u"))  // clears a mistyped word at once, as in every other field
        #expect(try #require(h.confirmation).typedAnswer?.typed == "")
        #expect(h.state.dialog != nil, "clearing the field does not cancel")
        h.type("DELETE")
        let effects = h.press(.enter)
        #expect(Harness.requests(effects) == [.verify(ids: ["id-2", "id-3"])])
        h.settle()
        #expect(h.server.people.map(\.id) == ["id-1", "id-4"])
        #expect(h.state.marks.isEmpty)
    }

    @Test("A typed confirmation with an empty field cancels on Enter; Esc cancels")
    func typedCancels() {
        var h = Harness.loaded(Self.people)
        h.select("id-2")
        h.press(.char(" "), .char(" "), .char("d"))
        h.press(.enter)
        #expect(h.state.dialog == nil)
        h.press(.char("d"))
        h.type("DEL")
        h.press(.escape)
        #expect(h.state.dialog == nil)
        #expect(h.server.people.count == 4)
    }

    @Test("The dialog counts marked people that the current search hides")
    func hiddenMarks() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "))  // Alice
        h.press(.char("/"))
        h.type("dave")
        h.press(.enter)
        h.settle()
        h.press(.char(" "))  // Dave
        h.press(.char("t"))
        let c = try #require(h.confirmation)
        #expect(c.action.ids == ["id-1", "id-4"])
        #expect(c.hiddenByFilter == 1)
    }

    @Test("Marked people the action cannot reach are left out and named")
    func skippedTargets() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "))  // Alice (active), Bob (disabled)
        h.press(.char("t"))
        let c = try #require(h.confirmation)
        #expect(c.action.ids == ["id-1"])
        #expect(c.skipped.map(\.person.id) == ["id-2"])
        #expect(c.skipped.first?.reason == "already disabled")
    }

    @Test("No change on yourself or the owner")
    func selfAndOwner() {
        var people = Self.people
        people.insert(People.owner, at: 0)
        var h = Harness.loaded(people)
        h.select("owner")
        #expect(h.state.availability(of: .change(.terminate)) == .unavailable("not on yourself"))
        h.press(.char("t"))
        #expect(h.state.dialog == nil)
    }

    @Test("q while a change is in flight asks first; Enter keeps the app running")
    func quitWhileBusy() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        #expect(h.state.isChangeInFlight)
        let asked = h.press(.char("q"))
        #expect(asked == [.flushTypeAhead])
        #expect(h.state.dialog == .quitWhileBusy)
        h.press(.enter)
        #expect(h.state.dialog == nil)
        #expect(!h.state.hasQuit)
        h.press(.char("q"))
        let quit = h.press(.char("y"))
        #expect(quit.contains(.quit))
        #expect(h.state.hasQuit)
    }

    @Test("q with nothing in flight quits at once")
    func quitIdle() {
        var h = Harness.loaded(Self.people)
        #expect(h.press(.char("q")) == [.quit])
    }
}
