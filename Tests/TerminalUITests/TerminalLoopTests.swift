import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// A terminal in memory for the real loop: the test plays the keyboard and the signals, the
/// loop draws on an `InMemoryScreen`.
@MainActor
final class FakeTerminal: TerminalPort {
    let memory: InMemoryScreen
    var screen: any Screen { memory }
    var size: TerminalSize { memory.size }
    private var handler: ((TerminalEvent) -> Void)?
    private(set) var bells = 0
    /// Like the real device: a flush drops the rest of the batch being handled.
    private var flushed = false
    var shouldDropRestOfBatch: Bool { flushed }

    init(size: TerminalSize = TerminalSize(width: 80, height: 24)) { memory = InMemoryScreen(size: size) }

    func start(_ handler: @escaping (TerminalEvent) -> Void) { self.handler = handler }
    func flushTypeAhead() { flushed = true }
    func beep() { bells += 1 }
    private(set) var clipboard: [String] = []
    func copyToClipboard(_ text: String) { clipboard.append(text) }

    func send(_ event: TerminalEvent) {
        flushed = false
        handler?(event)
    }
    func press(_ keys: Key...) { send(.keys(keys)) }

    /// The list row drawn in reverse video: where the cursor is.
    var cursorRow: Int? {
        (2..<memory.size.height - 2).first { memory.style(y: $0, x: 3).reverse }
    }

    /// Waits, with a deadline, until the screen shows what the test expects. The deadline is
    /// generous: other suites share the main actor and a loaded machine is slow, not broken.
    func waitUntil(_ what: String, _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(90)
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting for \(what); screen:\n\(memory.text)")
                throw CancellationError()
            }
            await Task.yield()
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

@Suite("The real terminal loop, on a terminal in memory")
@MainActor
struct TerminalLoopTests {
    static let people = (0..<40).map { Fixture.person($0) }

    func startLoop(_ terminal: FakeTerminal, _ portal: HeldPortal) -> Task<TerminalLoop.Outcome, Never> {
        let loop = TerminalLoop(
            device: terminal, client: HeldClient(portal: portal),
            session: Session(portal: "portal.example.com", me: Fixture.owner),
            reauthenticate: nil, timeZone: TimeZone(identifier: "UTC")!)
        return Task { await loop.run() }
    }

    @Test("While the listing hangs, a key moves the cursor and the frame shows it at once, spinner included")
    func keyWhileListingHangs() async throws {
        let terminal = FakeTerminal()
        let portal = HeldPortal(Self.people)
        let run = startLoop(terminal, portal)
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        await portal.hold("listing")
        terminal.press(.char("r"))
        while await portal.parkedCount("listing") == 0 { await Task.yield() }
        let row = terminal.cursorRow
        terminal.press(.down)
        // Drawn synchronously with the key: no waiting for anything.
        #expect(terminal.cursorRow == (row ?? 0) + 1)
        #expect(await portal.parkedCount("listing") == 1, "the listing still hangs")
        try await terminal.waitUntil("the spinner") { terminal.memory.line(23).contains("loading") }
        await portal.release("listing")
        try await terminal.waitUntil("idle") { !terminal.memory.line(23).contains("loading") }
        terminal.press(.char("q"))
        let outcome = await run.value
        #expect(outcome == .quit)
    }

    @Test("While a terminate hangs, keys move the cursor; the answer then shows on the right row")
    func keyWhileChangeHangs() async throws {
        let terminal = FakeTerminal()
        let portal = HeldPortal(Self.people)
        let run = startLoop(terminal, portal)
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        await portal.hold("setStatus")
        terminal.press(.char("t"))
        try await terminal.waitUntil("the dialog") { terminal.memory.text.contains("Terminate 1 person?") }
        terminal.press(.char("y"))
        while await portal.parkedCount("setStatus") == 0 { await Task.yield() }
        terminal.press(.down, .down)
        #expect(terminal.cursorRow == 4)
        // The spinner waits `AppState.busyIndicatorDelay`, then the next tick draws it.
        try await terminal.waitUntil("the spinner") { terminal.memory.line(23).contains("sending change") }
        await portal.release("setStatus")
        // The row, not the status message: on a loaded machine the message may have faded
        // before this test looks.
        try await terminal.waitUntil("the answer") { terminal.memory.line(2).contains("⊘ Disabled") }
        #expect(terminal.cursorRow == 4)
        terminal.send(.signal(SIGTERM))
        #expect(await run.value == .signal(SIGTERM))
    }

    @Test("A raw paste (one burst) into the search: its Enter ends the search, the keys after it run nothing")
    func rawPasteBurst() async throws {
        let terminal = FakeTerminal()
        let run = startLoop(terminal, HeldPortal(Self.people))
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        terminal.press(.char("/"))
        terminal.press(.char("P"), .enter, .char("e"), .char("t"))
        try await terminal.waitUntil("the search kept") { terminal.memory.line(0).contains("Search: P") }
        #expect(!terminal.memory.text.contains("Export"), "\(terminal.memory.text)")
        #expect(!terminal.memory.text.contains("Terminate"), "\(terminal.memory.text)")
        // A bracketed paste is one key: text for the field, never keys.
        terminal.press(.char("/"))
        terminal.press(.paste("a\nt"))
        try await terminal.waitUntil("the paste refused") { terminal.memory.text.contains("Not pasted: several lines") }
        #expect(!terminal.memory.text.contains("Terminate"))
        terminal.send(.signal(SIGTERM))
        #expect(await run.value == .signal(SIGTERM))
    }

    /// Keeps the audit lines the loop's runner writes.
    final class AuditLines: AuditRecorder, @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [AuditEntry] = []
        func record(_ entry: AuditEntry) { lock.withLock { lines.append(entry) } }
        var stages: [AuditEntry.Stage] { lock.withLock { lines.map(\.stage) } }
    }

    /// `t y` on the first person with the portal holding the terminate.
    func terminateHanging(
        _ terminal: FakeTerminal, _ portal: HeldPortal,
        audit: AuditLines
    ) async throws -> (TerminalLoop, Task<TerminalLoop.Outcome, Never>) {
        let loop = TerminalLoop(
            device: terminal, client: HeldClient(portal: portal),
            session: Session(portal: "portal.example.com", me: Fixture.owner),
            reauthenticate: nil, audit: audit, timeZone: TimeZone(identifier: "UTC")!)
        let run = Task { await loop.run() }
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        await portal.hold("setStatus")
        terminal.press(.char("t"))
        try await terminal.waitUntil("the dialog") { terminal.memory.text.contains("Terminate 1 person?") }
        terminal.press(.char("y"))
        while await portal.parkedCount("setStatus") == 0 { await Task.yield() }
        #expect(audit.stages == [.sent], "the sent line is written before the request goes out")
        return (loop, run)
    }

    @Test("Ctrl-C while a change hangs asks first; the second ends the loop with outcome unknown written")
    func interruptWhileChangeHangs() async throws {
        let terminal = FakeTerminal()
        let portal = HeldPortal(Self.people)
        let audit = AuditLines()
        let (loop, run) = try await terminateHanging(terminal, portal, audit: audit)
        terminal.send(.signal(SIGINT))
        try await terminal.waitUntil("the question") { terminal.memory.text.contains("[y] Quit anyway") }
        #expect(audit.stages == [.sent])
        terminal.send(.signal(SIGINT))
        #expect(await run.value == .signal(SIGINT))
        #expect(audit.stages == [.sent, .outcomeUnknown])
        #expect(loop.outcomesUnknown.map(\.targets.count) == [1])
        await portal.release("setStatus")
    }

    @Test("SIGHUP while a change hangs ends the loop at once, with outcome unknown written")
    func hangUpWhileChangeHangs() async throws {
        let terminal = FakeTerminal()
        let portal = HeldPortal(Self.people)
        let audit = AuditLines()
        let (_, run) = try await terminateHanging(terminal, portal, audit: audit)
        terminal.send(.signal(SIGHUP))
        #expect(await run.value == .signal(SIGHUP))
        #expect(audit.stages == [.sent, .outcomeUnknown])
        await portal.release("setStatus")
    }

    @Test("The notice at start (the locale's switch) is a message like any other: :messages has it")
    func startNoticeInMessages() async throws {
        let terminal = FakeTerminal(size: TerminalSize(width: 100, height: 24))
        let notice = "The locale's ANSI_X3.4-1968 is not UTF-8: drawing with C.UTF-8"
        let loop = TerminalLoop(
            device: terminal, client: HeldClient(portal: HeldPortal(Self.people)),
            session: Session(portal: "portal.example.com", me: Fixture.owner),
            reauthenticate: nil, timeZone: TimeZone(identifier: "UTC")!, notice: notice)
        let run = Task { await loop.run() }
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        terminal.press(.char(":"))
        for c in "messages" { terminal.press(.character(c)) }
        terminal.press(.enter)
        try await terminal.waitUntil("the notice in :messages") {
            terminal.memory.text.contains("Messages, newest first") && terminal.memory.text.contains("C.UTF-8")
        }
        terminal.send(.inputClosed)
        #expect(await run.value == .inputClosed)
    }

    @Test("The end of input ends the loop (a dropped connection must not spin or hang)")
    func inputClosedEnds() async throws {
        let terminal = FakeTerminal()
        let run = startLoop(terminal, HeldPortal(Self.people))
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        terminal.send(.inputClosed)
        #expect(await run.value == .inputClosed)
    }
}
