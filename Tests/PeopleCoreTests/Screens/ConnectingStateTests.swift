import DocSpaceAPI
import Testing

@testable import PeopleCore

/// "Connecting to PORTAL…" lasts from the start until the first answer about the list,
/// whatever it is, and never comes back; meanwhile only giving up is answered.
@Suite("Connecting: until the first answer, only Esc and q act")
struct ConnectingStateTests {
    static let people = People.many(30)

    @Test("Before the first page: connecting; keys that would act on the list are dropped")
    func keysDropped() {
        var h = Harness(people: Self.people)
        h.send(.started)
        #expect(h.state.isConnecting)
        #expect(h.state.inputContext == .connecting)
        let effects = h.press(.char("/"), .char("?"), .char(":"), .char("t"), .char("r"), .down)
        #expect(effects.isEmpty, "a dropped key sends nothing and asks nothing: \(effects)")
        #expect(!h.state.search.isEditing)
        #expect(h.state.helpScroll == nil)
        #expect(h.state.commandLine == nil)
        #expect(h.state.dialog == nil)
        #expect(h.state.cursor == 0)
        #expect(!h.state.hasQuit)
    }

    @Test(
        "Esc and q give up at once: the first page is cancelled, no question asked",
        arguments: [Key.escape, .char("q")])
    func giveUp(_ key: Key) {
        var h = Harness(people: Self.people)
        h.send(.started)
        let page = h.pending.map(\.id)
        let effects = h.press(key)
        #expect(h.state.hasQuit)
        #expect(effects.contains(.quit))
        #expect(effects.contains(.cancel(page)))
        #expect(h.state.dialog == nil)
    }

    @Test("The first page ends it; a reload or a new filter later never brings it back")
    func endsWithFirstPage() {
        var h = Harness(people: Self.people)
        h.send(.started)
        h.settle()
        #expect(!h.state.isConnecting)
        #expect(h.state.inputContext == .list)
        h.press(.char("f"))
        #expect(h.state.list.total == nil, "a new filter clears the rows")
        #expect(!h.state.isConnecting, "but the app is connected")
        h.press(.char("r"))
        #expect(!h.state.isConnecting)
    }

    @Test("A failed first page (503) ends it: the list says why and r reloads")
    func endsWithFailure() {
        var h = Harness(people: Self.people)
        h.send(.started)
        let page = h.pending[0].id
        h.answer(page, with: .failure(.server(status: 503, message: "Service Unavailable")))
        #expect(!h.state.isConnecting)
        #expect(h.state.inputContext == .list)
        #expect(h.state.listProblem != nil)
        h.press(.char("r"))
        #expect(!h.state.isConnecting, "the reload is a new generation, not a new start")
        #expect(!h.pending.isEmpty)
    }

    @Test("A 401 on the first page ends it with the sign-in dialog")
    func endsWithSignIn() {
        var h = Harness(people: Self.people)
        h.send(.started)
        h.answer(h.pending[0].id, with: .failure(.unauthorized(message: nil)))
        #expect(!h.state.isConnecting)
        #expect(h.state.inputContext == .signIn)
    }
}
