import DocSpaceAPI

@testable import PeopleCore

/// The store and the real effect runner over a `ScriptedClient`: keys in, answers through
/// Swift concurrency, and every `onChange` (the front end's cue to draw) counted, so a test
/// can show that a key was handled and drawn while a request still hangs.
@MainActor
final class Rig {
    let script: ClientScript
    let store: AppStore
    /// How often the store told the front end to draw.
    private(set) var draws = 0
    /// Front-end effects (flush, bell, quit), in order.
    private(set) var frontEnd: [Effect] = []

    /// People for the fault scenarios: 30, of whom id-1, id-2 and id-3 are disabled.
    static let people: [Person] = (0..<30).map { n in
        People.person(n, status: (1...3).contains(n) ? .terminated : .active)
    }

    convenience init(people: [Person] = Rig.people, reauthenticate: Reauthenticate? = nil) {
        self.init(script: ClientScript(people), reauthenticate: reauthenticate)
    }

    init(script: ClientScript, reauthenticate: Reauthenticate? = nil) {
        self.script = script
        var state = AppState(session: People.session())
        state.autoRefreshInterval = nil
        store = AppStore(state: state, client: ScriptedClient(script), reauthenticate: reauthenticate)
        store.onChange = { [unowned self] in self.draws += 1 }
        store.onFrontEndEffect = { [unowned self] in self.frontEnd.append($0) }
    }

    var state: AppState { store.state }

    /// Starts the app and waits until the first page and the detail are in.
    func start() async {
        store.send(.started)
        await store.waitUntilIdle()
    }

    /// Lets time pass on the app's clock (the front end would tick): waits that have lasted a
    /// second or more show "Esc stops".
    func wait(seconds: Double) {
        store.send(.tick(now: state.now + seconds))
    }

    func press(_ keys: Key...) {
        for key in keys { store.send(.key(key)) }
    }

    func type(_ text: String) {
        for c in text { store.send(.key(.character(c))) }
    }

    /// Says yes to the open confirmation: `y`, or the number or word it asks to be typed.
    func confirm() {
        if let answer = state.openTypedAnswer {
            type(answer.expected)
            press(.enter)
        } else {
            press(.char("y"))
        }
    }

    /// Moves the cursor onto a person.
    func select(_ id: String) async {
        while state.selectedPerson?.id != id && state.cursor < state.rowCount - 1 {
            press(.down)
            await store.waitUntilIdle()
        }
    }
}
