import DocSpaceAPI

@testable import PeopleCore

/// Drives the pure `update` by hand: every effect is recorded, requests wait in `pending`
/// until the test answers them (from the scripted server, or with a scripted response).
struct Harness {
    var state: AppState
    var server: ScriptedServer
    /// Requests sent and not answered yet, oldest first.
    var pending: [(id: RequestID, request: Request)] = []
    /// Every effect, in order.
    var effects: [Effect] = []
    /// Front-end effects (flush, bell, quit) in order.
    var frontEnd: [Effect] = []
    var clock: Double = 0

    init(
        people: [Person], groups: [Group] = ScriptedServer.someGroups,
        size: TerminalSize = TerminalSize(width: 80, height: 24),
        readOnly: Bool = false, keys: KeyTable = .standard
    ) {
        var session = People.session(readOnly: readOnly)
        session.keys = keys
        state = AppState(session: session, size: size)
        state.autoRefreshInterval = nil
        server = ScriptedServer(people, groups: groups)
    }

    /// Starts the app and answers everything: the first page and the detail are in.
    static func loaded(
        _ people: [Person], groups: [Group] = ScriptedServer.someGroups,
        size: TerminalSize = TerminalSize(width: 80, height: 24),
        readOnly: Bool = false, keys: KeyTable = .standard
    ) -> Harness {
        var h = Harness(people: people, groups: groups, size: size, readOnly: readOnly, keys: keys)
        h.send(.started)
        h.settle()
        return h
    }

    @discardableResult
    mutating func send(_ message: Message) -> [Effect] {
        let new = update(&state, message)
        effects += new
        for effect in new {
            switch effect {
            case .request(let id, let request):
                pending.append((id, request))
            case .cancel(let ids):
                // Like the runner: a cancelled request still answers, with `.cancelled`.
                let cancelled = pending.filter { ids.contains($0.id) }
                pending.removeAll { ids.contains($0.id) }
                for item in cancelled { _ = update(&state, .response(item.id, .failure(.cancelled))) }
            case .flushTypeAhead, .bell, .quit, .writeFile, .appendFile, .audit, .copyToClipboard, .saveView:
                frontEnd.append(effect)
            }
        }
        return new
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { send(.key($0)) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { send(.key(.character($0))) }
    }

    /// `:` with the command typed and Enter: the effects of the Enter.
    @discardableResult
    mutating func command(_ text: String) -> [Effect] {
        press(.char(":"))
        type(text)
        return press(.enter)
    }

    @discardableResult
    mutating func tick(_ seconds: Double) -> [Effect] {
        clock += seconds
        return send(.tick(now: clock))
    }

    /// Answers the oldest pending request from the server.
    mutating func answerNext() {
        let item = pending.removeFirst()
        send(.response(item.id, server.answer(item.request)))
    }

    /// Answers the pending verify, status change or delete from the server.
    mutating func answerChange() {
        guard let item = pendingChange else { return }
        pending.removeAll { $0.id == item.id }
        send(.response(item.id, server.answer(item.request)))
        // A delete's re-check is followed by `reassign/necessary`, part of the same
        // verification; answered here so that the next pending change is the delete itself.
        if let check = pending.first(where: { if case .reassignNecessary = $0.request { true } else { false } }) {
            pending.removeAll { $0.id == check.id }
            send(.response(check.id, server.answer(check.request)))
        }
    }

    /// Answers a particular pending request with a scripted response.
    mutating func answer(_ id: RequestID, with response: Response) {
        pending.removeAll { $0.id == id }
        send(.response(id, response))
    }

    /// Answers until nothing is pending.
    mutating func settle(limit: Int = 1000) {
        var n = 0
        while !pending.isEmpty && n < limit {
            answerNext()
            n += 1
        }
    }

    /// Requests among these effects.
    static func requests(_ effects: [Effect]) -> [Request] {
        effects.compactMap { if case .request(_, let r) = $0 { r } else { nil } }
    }

    /// Page queries among these effects.
    static func pageQueries(_ effects: [Effect]) -> [PeopleQuery] {
        requests(effects).compactMap { if case .loadPage(let q) = $0 { q } else { nil } }
    }

    var pendingPages: [(id: RequestID, query: PeopleQuery)] {
        pending.compactMap { item in
            if case .loadPage(let q) = item.request { (item.id, q) } else { nil }
        }
    }

    /// The results view of a change, when it is open.
    var report: ActionReport? {
        if case .report(let report) = state.dialog { report } else { nil }
    }

    var pendingChange: (id: RequestID, request: Request)? {
        pending.first { item in
            switch item.request {
            case .verify, .change: true
            default: false
            }
        }
    }

    var confirmation: Confirmation? {
        if case .confirm(let c) = state.dialog { c } else { nil }
    }

    /// Says yes to the open confirmation: `y`, or — for more than
    /// `ChangeKind.typedCountThreshold` people, or a delete of several — what it asks to be
    /// typed, then Enter.
    @discardableResult
    mutating func confirm() -> [Effect] {
        if let answer = state.openTypedAnswer {
            return type(answer.expected) + press(.enter)
        }
        return press(.char("y"))
    }

    /// Moves the cursor onto a person by pressing j.
    mutating func select(_ id: String) {
        while state.selectedPerson?.id != id && state.cursor < state.rowCount - 1 {
            press(.down)
            settle()
        }
    }
}
