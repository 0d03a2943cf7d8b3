import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// "Connecting to PORTAL…" from the first frame: while who is signed in is asked for (the
/// connecting stage, before there is any state) and while the first page is on its way (the
/// app's own frame), with the keys that give up; other keys are dropped.
@Suite("Connecting: the screen while the first answers are on their way")
@MainActor
struct ConnectingDrawingTests {
    static let people = (0..<40).map { Fixture.person($0) }

    static func text(_ frame: Frame) -> String {
        (0..<frame.size.height).map(frame.line).joined(separator: "\n")
    }

    @Test("The first page on its way: the connecting screen, not an empty list; then the list")
    func firstPageFrame() {
        var state = AppState(
            session: Session(portal: "portal.example.com", me: Fixture.owner),
            size: TerminalSize(width: 80, height: 24))
        state.autoRefreshInterval = nil
        let effects = update(&state, .started)
        let text = Self.text(AppView(state: state).frame())
        #expect(text.contains("Connecting to portal.example.com…"))
        #expect(text.contains("Esc or q: give up"))
        #expect(!text.contains("waiting"), "no count before the first second")
        #expect(!text.contains("Status: All"), "no list header yet")

        _ = update(&state, .tick(now: 3.4))
        #expect(Self.text(AppView(state: state).frame()).contains("waiting 3 s for the portal"))

        // The first page arrives: the list.
        for case .request(let id, .loadPage(let query)) in effects {
            let page = PeoplePage(
                people: Array(Self.people[query.startIndex..<min(query.startIndex + query.count, Self.people.count)]),
                startIndex: query.startIndex, total: Self.people.count)
            _ = update(&state, .response(id, .page(page)))
        }
        let loaded = Self.text(AppView(state: state).frame())
        #expect(!loaded.contains("Connecting"))
        #expect(loaded.contains("of 40"))
    }

    @Test("The portal's name is drawn safe and cut to the width")
    func hostileNameCut() {
        var frame = Frame(size: TerminalSize(width: 30, height: 10))
        ConnectingScreen(portal: "evil\u{1B}[2Jportal.example.com", seconds: 0, keys: .standard).draw(into: &frame)
        let text = Self.text(frame)
        #expect(!text.contains("\u{1B}"))
        for line in Self.text(frame).split(separator: "\n") { #expect(TerminalText.width(String(line)) <= 30) }
        #expect(text.contains("Connecting to"))
    }

    @Test("Who is signed in on its way: typed keys are dropped, a resize redraws, the answer ends the stage")
    func stageConnects() async throws {
        let terminal = FakeTerminal()
        let gate = Gate()
        let attempt = ConnectAttempt {
            await gate.wait()
            return Session(portal: "portal.example.com", me: Fixture.owner)
        }
        let stage = ConnectingStage(device: terminal, portal: "portal.example.com")
        let run = Task { await stage.run(attempt) }
        try await terminal.waitUntil("the connecting screen") {
            terminal.memory.text.contains("Connecting to portal.example.com…")
        }
        terminal.press(.char("Z"), .char("/"), .enter)
        #expect(!terminal.memory.text.contains("Z") && !terminal.memory.text.contains("/"), "nothing typed is shown")
        terminal.memory.resize(to: TerminalSize(width: 100, height: 30))
        terminal.send(.resized(TerminalSize(width: 100, height: 30)))
        #expect(terminal.memory.line(14).contains("Connecting to portal.example.com…"), "centred at the new size")
        await gate.open()
        guard case .connected(let session) = await run.value else {
            Issue.record("the stage did not end connected")
            return
        }
        #expect(session.me.id == Fixture.owner.id)
    }

    @Test(
        "Esc or q gives up: the stage ends at once, the request still on its way", arguments: [Key.escape, .char("q")])
    func stageGivesUp(_ key: Key) async throws {
        let terminal = FakeTerminal()
        let gate = Gate()
        let attempt = ConnectAttempt {
            await gate.wait()
            return Session(portal: "portal.example.com", me: Fixture.owner)
        }
        let run = Task { await ConnectingStage(device: terminal, portal: "portal.example.com").run(attempt) }
        try await terminal.waitUntil("the connecting screen") { terminal.memory.text.contains("Connecting") }
        terminal.press(key)
        guard case .gaveUp = await run.value else {
            Issue.record("the stage did not give up")
            return
        }
        await gate.open()
    }

    @Test("A failure of the request ends the stage with that error; a signal ends it too")
    func stageFailsOrIsSignalled() async throws {
        let terminal = FakeTerminal()
        let failing = ConnectAttempt { throw DocSpaceError.server(status: 503, message: "down") }
        guard case .failed(let error) = await ConnectingStage(device: terminal, portal: "p").run(failing) else {
            Issue.record("the stage did not fail")
            return
        }
        #expect((error as? DocSpaceError) == .server(status: 503, message: "down"))

        let gate = Gate()
        let hanging = ConnectAttempt {
            await gate.wait()
            return Session(portal: "p", me: Fixture.owner)
        }
        // A fresh terminal: the connecting screen on it says the new stage is listening.
        let second = FakeTerminal()
        let run = Task { await ConnectingStage(device: second, portal: "p").run(hanging) }
        try await second.waitUntil("the connecting screen") { second.memory.text.contains("Connecting") }
        second.send(.signal(SIGTERM))
        guard case .signal(SIGTERM) = await run.value else {
            Issue.record("the stage did not end on SIGTERM")
            return
        }
        await gate.open()
    }

    @Test("A quick answer needs no screen: it is there within the quiet start")
    func quickAnswer() async {
        let attempt = ConnectAttempt { Session(portal: "p", me: Fixture.owner) }
        let answer = await attempt.answer(within: .seconds(30))
        #expect((try? answer?.get())?.me.id == Fixture.owner.id)
    }

    @Test("A slow answer is not waited for beyond the limit")
    func slowAnswer() async {
        let gate = Gate()
        let attempt = ConnectAttempt {
            await gate.wait()
            return Session(portal: "p", me: Fixture.owner)
        }
        #expect(await attempt.answer(within: .milliseconds(20)) == nil)
        await gate.open()
    }
}

/// Holds a task until the test opens it.
private actor Gate {
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func open() {
        isOpen = true
        for continuation in waiting { continuation.resume() }
        waiting = []
    }
}
