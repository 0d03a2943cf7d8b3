import DocSpaceAPI
import Testing

@testable import PeopleCore

/// One request of each kind, held by the scripted portal until the test lets it go.
enum HangScenario: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case listing, search, detail, terminate, reactivate, delete, bulkDelete

    var testDescription: String { rawValue }

    var operation: Operation {
        switch self {
        case .listing: .listing
        case .search: .search
        case .detail: .detail
        case .terminate, .reactivate: .setStatus
        case .delete: .deleteOne
        case .bulkDelete: .deleteMany
        }
    }

    var isChange: Bool { [.terminate, .reactivate, .delete, .bulkDelete].contains(self) }

    /// Gets to where the request starts: the right person selected or marked.
    @MainActor
    func prepare(_ rig: Rig) async {
        switch self {
        case .listing, .search, .detail: break
        case .terminate: await rig.select("id-5")
        case .reactivate, .bulkDelete: await rig.select("id-1")
        case .delete: await rig.select("id-2")
        }
    }

    /// The keys that send the request.
    @MainActor
    func trigger(_ rig: Rig) {
        switch self {
        case .listing:
            rig.press(.char("r"))
        case .search:
            rig.press(.char("/"))
            rig.type("Person 0002")
            rig.store.send(.tick(now: 1))  // the typing pause is over: ask the server
        case .detail:
            rig.press(.down)
        case .terminate:
            rig.press(.char("t"), .char("y"))
        case .reactivate:
            rig.press(.char("a"), .char("y"))
        case .delete:
            rig.press(.char("d"), .char("y"))
        case .bulkDelete:
            rig.press(.char(" "), .char(" "), .char("d"))
            rig.type("DELETE")
            rig.press(.enter)
        }
    }

    /// What the state shows once the portal has answered.
    @MainActor
    func expectDone(_ rig: Rig) async {
        let state = rig.state
        switch self {
        case .listing:
            #expect(state.list.total == 30)
            #expect(state.listProblem == nil)
        case .search:
            #expect(state.search.appliedText == "Person 0002")
            #expect(state.list.total == 11)
        case .detail:
            #expect(state.detail?.id == state.selectedPerson?.id)
            #expect(state.detail?.phase == .loaded)
        case .terminate:
            #expect(await rig.script.person("id-5")?.status == .terminated)
            #expect(state.list.loadedPeople.first { $0.id == "id-5" }?.status == .terminated)
            #expect(state.message?.text.hasPrefix("Terminated Person 00005") == true)
        case .reactivate:
            #expect(await rig.script.person("id-1")?.status == .active)
            #expect(state.message?.text.hasPrefix("Re-activated Person 00001") == true)
        case .delete:
            #expect(await rig.script.person("id-2") == nil)
            #expect(!state.list.loadedPeople.contains { $0.id == "id-2" })
        case .bulkDelete:
            #expect(await rig.script.person("id-1") == nil)
            #expect(await rig.script.person("id-2") == nil)
            #expect(state.message?.text == "Deleted 2 people")
        }
    }
}

/// A portal that hangs: the UI keeps answering keys, shows that it waits, and Esc stops what
/// can be stopped — but never pretends a change already sent was called back.
@Suite("A portal that hangs: keys, spinner, Esc")
@MainActor
struct HangingPortalTests {
    @Test("A navigation key is handled and drawn while the request still hangs", arguments: HangScenario.allCases)
    func keysWhileHanging(_ scenario: HangScenario) async {
        let rig = Rig()
        await rig.start()
        await scenario.prepare(rig)
        await rig.script.hold(scenario.operation)
        scenario.trigger(rig)
        await rig.script.waitUntilParked(scenario.operation)
        // In the search field ↑/↓ recall earlier searches: Enter keeps the search (already
        // asked for) and gives the list the keys.
        if scenario == .search { rig.press(.enter) }

        let cursor = rig.state.cursor
        let draws = rig.draws
        rig.press(.down)
        #expect(rig.state.cursor == cursor + 1, "the key moved the cursor")
        #expect(rig.draws > draws, "the front end was told to draw")
        // Only now is the request let go: the key came first.
        #expect(await rig.script.parkedCount(scenario.operation) >= 1, "the request still hangs")
        #expect(rig.state.isBusy)
        #expect(rig.state.busyLabel == (scenario.isChange ? "sending change" : "loading"))
        if scenario.isChange {
            // Meanwhile no second change starts, and quitting asks first.
            rig.press(.char("t"))
            #expect(rig.state.dialog == nil)
            #expect(rig.state.message?.text == "Wait: a change is still running")
            rig.press(.char("q"))
            #expect(rig.state.dialog == .quitWhileBusy)
            rig.press(.enter)
            #expect(!rig.state.hasQuit)
        }

        await rig.script.release(scenario.operation)
        await rig.store.waitUntilIdle()
        #expect(!rig.state.isBusy)
        await scenario.expectDone(rig)
    }

    @Test("The very first listing hangs: connecting, other keys are dropped, and q gives up")
    func firstListingHangs() async {
        let rig = Rig()
        await rig.script.hold(.listing)
        rig.store.send(.started)
        await rig.script.waitUntilParked(.listing)
        #expect(rig.state.inputContext == .connecting)
        rig.press(.char("?"), .char("/"), .char("t"))
        #expect(rig.state.helpScroll == nil, "nothing is drawn yet for these keys to act on")
        #expect(!rig.state.search.isEditing)
        #expect(rig.state.dialog == nil)
        rig.press(.char("q"))
        #expect(rig.state.hasQuit)
        #expect(rig.frontEnd.contains(.quit))
        await rig.script.release(.listing)
        await rig.store.waitUntilIdle()
    }

    @Test("The spinner says how long, and that Esc stops a read")
    func spinnerText() async {
        let rig = Rig()
        await rig.start()
        await rig.script.hold(.listing)
        rig.store.send(.tick(now: 10))
        rig.press(.char("r"))
        rig.store.send(.tick(now: 13.2))
        #expect(rig.state.busySeconds == 3)
        #expect(rig.state.busyLabel == "loading")
        #expect(rig.state.canStopLoading)
        await rig.script.release(.listing)
        await rig.store.waitUntilIdle()
    }

    @Test("Esc stops a hanging listing: nothing waits any more, the rows stay, r reloads")
    func escapeStopsListing() async {
        let rig = Rig()
        await rig.start()
        await rig.script.hold(.listing)
        rig.press(.char("r"))
        await rig.script.waitUntilParked(.listing)
        rig.wait(seconds: 2)
        rig.press(.escape)
        #expect(!rig.state.isBusy)
        #expect(rig.state.message?.text == "Stopped loading: r reloads")
        #expect(rig.state.list.total == 30, "the rows already shown stay")
        await rig.script.release(.listing)
        await rig.store.waitUntilIdle()
        #expect(rig.state.list.total == 30)
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        #expect(rig.state.listProblem == nil)
    }

    @Test("Esc while the first listing hangs gives up: the app quits at once, without asking")
    func escapeGivesUpFirstListing() async {
        let rig = Rig()
        await rig.script.hold(.listing)
        rig.store.send(.started)
        await rig.script.waitUntilParked(.listing)
        rig.wait(seconds: 2)
        rig.press(.escape)
        #expect(rig.state.hasQuit)
        #expect(rig.state.dialog == nil, "no question: nothing was changed")
        #expect(rig.frontEnd.contains(.quit))
        await rig.script.release(.listing)
        await rig.store.waitUntilIdle()
    }

    @Test("Esc stops a hanging search; the text stays applied and r asks again")
    func escapeStopsSearch() async {
        let rig = Rig()
        await rig.start()
        await rig.script.hold(.search)
        rig.press(.char("/"))
        rig.type("Person 0002")
        rig.press(.enter)  // keep: the server search goes out now
        await rig.script.waitUntilParked(.search)
        rig.wait(seconds: 2)
        rig.press(.escape)
        #expect(!rig.state.isBusy)
        #expect(rig.state.message?.text == "Stopped loading: r reloads")
        await rig.script.release(.search)
        await rig.store.waitUntilIdle()
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        #expect(rig.state.list.total == 11)
    }

    @Test("Esc stops a hanging detail: the pane says so; the list stays usable")
    func escapeStopsDetail() async {
        let rig = Rig()
        await rig.start()
        await rig.script.hold(.detail)
        rig.press(.down)
        await rig.script.waitUntilParked(.detail)
        rig.wait(seconds: 2)
        rig.press(.escape)
        #expect(!rig.state.isBusy)
        #expect(rig.state.detail?.phase == .failed("stopped (r reloads)"))
        await rig.script.release(.detail)
        await rig.store.waitUntilIdle()
        #expect(rig.state.detail?.phase == .failed("stopped (r reloads)"), "the late answer is dropped")
    }

    @Test(
        "Esc while a change hangs: it was sent, and the status line says it cannot be called back",
        arguments: [HangScenario.terminate, .reactivate, .delete, .bulkDelete])
    func escapeCannotRecallChange(_ scenario: HangScenario) async {
        let rig = Rig()
        await rig.start()
        await scenario.prepare(rig)
        await rig.script.hold(scenario.operation)
        scenario.trigger(rig)
        await rig.script.waitUntilParked(scenario.operation)
        rig.wait(seconds: 2)
        rig.press(.escape)
        #expect(rig.state.isChangeInFlight, "the change is still awaited")
        #expect(
            rig.state.message?.text == "The change was sent; waiting for the portal's answer (it cannot be called back)"
        )
        #expect(!rig.state.canStopLoading)
        await rig.script.release(scenario.operation)
        await rig.store.waitUntilIdle()
        await scenario.expectDone(rig)
    }

    @Test("Esc during the re-check before a change: nothing is sent, and it says so")
    func escapeDuringRecheck() async {
        let rig = Rig()
        await rig.start()
        await rig.select("id-5")
        await rig.script.hold(.detail)
        rig.press(.char("t"), .char("y"))
        await rig.script.waitUntilParked(.detail)
        #expect(rig.state.busyLabel == "checking")
        rig.wait(seconds: 2)
        rig.press(.escape)
        #expect(!rig.state.isBusy)
        #expect(rig.state.message?.text == "Terminate stopped before anything was sent: nothing changed")
        await rig.script.release(.detail)
        await rig.store.waitUntilIdle()
        #expect(await rig.script.calls(of: .setStatus).isEmpty)
        #expect(await rig.script.person("id-5")?.status == .active)
    }

    @Test("Esc within the first second does its usual job: in the detail it goes back, the load goes on")
    func escapeRightAway() async {
        let rig = Rig()
        await rig.start()
        rig.press(.enter)
        #expect(rig.state.focus == .detail)
        await rig.script.hold(.listing)
        rig.press(.char("r"))
        await rig.script.waitUntilParked(.listing)
        #expect(!rig.state.escapeStopsWaiting)
        rig.press(.escape)
        #expect(rig.state.focus == .list, "Esc went back to the list")
        #expect(rig.state.isBusy, "and the reload goes on")
        rig.wait(seconds: 1.5)
        #expect(rig.state.escapeStopsWaiting)
        rig.press(.escape)
        #expect(!rig.state.isBusy, "after a second, Esc stops the wait")
        await rig.script.release(.listing)
        await rig.store.waitUntilIdle()
        #expect(rig.state.list.total == 30)
    }
}
