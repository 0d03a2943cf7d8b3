import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The store and the effect runner with a fake client: "press a key, wait until idle, assert".
@Suite("Store and effect runner")
@MainActor
struct StoreTests {
    static let people: [Person] = (0..<150).map { People.person($0) }

    func makeStore(_ directory: FakeDirectory) -> AppStore {
        var state = AppState(session: People.session())
        state.autoRefreshInterval = nil
        return AppStore(state: state, client: FakePeopleClient(directory: directory))
    }

    @Test("Start, wait until idle: the first page and the detail are in")
    func startAndIdle() async {
        let store = makeStore(FakeDirectory(Self.people))
        store.send(.started)
        #expect(!store.isIdle)
        await store.waitUntilIdle()
        #expect(store.isIdle)
        #expect(store.state.list.total == 150)
        #expect(store.state.detail?.phase == .loaded)
        #expect(!store.state.isBusy)
    }

    @Test("Terminate with y: the server has the person terminated, and so does the screen")
    func terminateEndToEnd() async {
        let directory = FakeDirectory(Self.people)
        let store = makeStore(directory)
        store.send(.started)
        await store.waitUntilIdle()
        store.send([.key(.down), .key(.char("t")), .key(.char("y"))])
        await store.waitUntilIdle()
        #expect(await directory.person("id-1")?.status == .terminated)
        #expect(store.state.selectedPerson?.status == .terminated)
        store.send(.key(.char("u")))
        await store.waitUntilIdle()
        #expect(await directory.person("id-1")?.status == .terminated, "u asks first")
        store.send(.key(.char("y")))
        await store.waitUntilIdle()
        #expect(await directory.person("id-1")?.status == .active)
    }

    @Test("Opening a dialog tells the front end to flush type-ahead before the next key")
    func flushReachesFrontEnd() async {
        let store = makeStore(FakeDirectory(Self.people))
        var seen: [String] = []
        store.onFrontEndEffect = { effect in
            if effect == .flushTypeAhead { seen.append("flush") }
        }
        store.send(.started)
        await store.waitUntilIdle()
        store.send(.key(.char("t")))
        seen.append("after t")
        #expect(seen == ["flush", "after t"])
    }

    @Test("Newest wins under real concurrency: a slow older search cannot overwrite a newer one")
    func newestWinsConcurrently() async throws {
        let directory = FakeDirectory(Self.people)
        let store = makeStore(directory)
        store.send(.started)
        await store.waitUntilIdle()
        await directory.hold(text: "Person 0001")
        store.send(.key(.char("/")))
        for c in "Person 0001" { store.send(.key(.character(c))) }
        store.send(.tick(now: 1))
        // Wait until the held request has really reached the server.
        while await directory.waitingCount(text: "Person 0001") == 0 { await Task.yield() }
        for c in "0" { store.send(.key(.character(c))) }
        store.send(.tick(now: 2))
        await directory.release(text: "Person 0001")
        await store.waitUntilIdle()
        #expect(store.state.search.appliedText == "Person 00010")
        #expect(store.state.list.loadedPeople.map(\.id) == ["id-10"])
    }

    @Test(
        "Superseded requests are abandoned, not cancelled (what reached the portal is let finish), and their answers change nothing"
    )
    func abandonedNotCancelled() async {
        let directory = FakeDirectory(Self.people)
        let store = makeStore(directory)
        store.send(.started)
        await store.waitUntilIdle()
        await directory.hold(text: "Person 0001")
        store.send(.key(.char("/")))
        for c in "Person 0001" { store.send(.key(.character(c))) }
        store.send(.tick(now: 1))
        while await directory.waitingCount(text: "Person 0001") == 0 { await Task.yield() }
        store.send(.key(.escape))
        let restored = store.state.list
        await directory.release(text: "Person 0001")
        await store.waitUntilIdle()
        #expect(await directory.cancelledCount == 0)
        #expect(store.state.list.loadedPeople == restored.loadedPeople)
        #expect(store.state.search.appliedText == nil)
    }

    @Test("Quit does not wait for what is still running")
    func quitAbandons() async {
        let directory = FakeDirectory(Self.people)
        await directory.hold(text: "slow")
        let store = makeStore(directory)
        var quit = false
        store.onFrontEndEffect = { if $0 == .quit { quit = true } }
        store.send(.started)
        await store.waitUntilIdle()
        store.send(.key(.char(":")))
        for c in "search slow" { store.send(.key(.character(c))) }
        store.send(.key(.enter))
        while await directory.waitingCount(text: "slow") == 0 { await Task.yield() }
        store.send(.key(.char("q")))
        #expect(quit)
        await directory.release(text: "slow")
        await store.waitUntilIdle()
        #expect(store.isIdle)
    }
}
