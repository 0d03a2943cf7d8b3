import Foundation
import Testing

/// However the app ends, the terminal is given back: echo and canonical mode on, the cursor
/// visible, the alternate screen left (the shell's lines from before are back), and a failed
/// start never touches the terminal at all.
@Suite("TUI: the terminal is restored on every way out", .serialized, .enabled(if: HardeningTmux.isAvailable))
struct TUISignalTests {
    let server: DemoServerProcess
    let home: String

    init() throws {
        server = try DemoServerProcess(users: 30, seed: 3)
        home = NSTemporaryDirectory() + "tui-signals-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func start() throws -> HardeningTmux {
        let tui = try HardeningTmux(environment: server.environment(home: home))
        try tui.waitFor("the first page") { $0.contains("of 30") && $0.contains("● Active") }
        #expect(try tui.alternateScreenOn, "the app runs on the alternate screen")
        #expect(try !tui.cursorVisible, "the app hides the cursor")
        return tui
    }

    func expectRestored(_ exit: HardeningTmux.Exit, status: Int32, _ how: String) {
        #expect(exit.status == status, "\(how): exit status")
        #expect(exit.echo, "\(how): echo is back")
        #expect(exit.icanon, "\(how): canonical mode is back")
        #expect(exit.cursorVisible, "\(how): the cursor is visible")
        #expect(!exit.alternateScreenOn, "\(how): the alternate screen is left")
        #expect(exit.shellLinesBack, "\(how): the shell's lines are back")
    }

    @Test("q")
    func quit() throws {
        let tui = try start()
        try tui.press("q")
        expectRestored(try tui.waitForExit(), status: 0, "q")
    }

    @Test("Ctrl-C (SIGINT from the terminal)")
    func controlC() throws {
        let tui = try start()
        try tui.press("C-c")
        let exit = try tui.waitForExit()
        expectRestored(exit, status: 130, "SIGINT")
        #expect(exit.screen.contains("stopped by SIGINT"))
    }

    @Test("Ctrl-\\ is a key bound to nothing: no SIGQUIT, no core dump over a raw terminal; q still quits")
    func controlBackslash() throws {
        let tui = try start()
        try tui.press("C-\\")
        // Keys after it still act: the search opens with what is typed.
        try tui.press("/")
        try tui.type("zqx")
        _ = try tui.waitFor("the search typed after Ctrl-\\") { $0.contains("zqx") }
        #expect(kill(try tui.appPID(), 0) == 0, "the app is still running")
        try tui.press("Enter")  // (Esc then q at once would read as Alt-q)
        // Keys in the same burst as a field's Enter are thrown away: q waits for the search.
        _ = try tui.waitFor("the search kept") { $0.contains("Search: zqx") }
        try tui.press("q")
        expectRestored(try tui.waitForExit(), status: 0, "q after Ctrl-\\")
    }

    @Test(
        "SIGTERM, SIGHUP and SIGQUIT", arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGQUIT, Int32(131))])
    func signal(_ signal: Int32, _ status: Int32) throws {
        let tui = try start()
        #expect(kill(try tui.appPID(), signal) == 0)
        expectRestored(try tui.waitForExit(), status: status, "signal \(signal)")
    }

    @Test("The end of input (the terminal it reads from goes away): the app ends, the terminal is restored")
    func endOfInput() throws {
        // The app draws on the first terminal and reads its keys from a second one, which
        // then closes: its input ends and no signal reaches it (a dropped connection whose
        // SIGHUP went elsewhere) — a genuine failure inside the running UI loop.
        let tui = try HardeningTmux(environment: server.environment(home: home), inputFromSecondTerminal: true)
        try tui.waitFor("the first page") { $0.contains("of 30") && $0.contains("● Active") }
        let pid = try tui.appPID()
        try tui.closeSecondTerminal()
        let exit = try tui.waitForExit()
        expectRestored(exit, status: 1, "end of input")
        #expect(exit.screen.contains("the terminal's input closed"))
        // It ended rather than spinning on a dead input.
        #expect(kill(pid, 0) != 0)
    }

    @Test(
        "A failed start: a bad address never takes the terminal over, an unreachable portal gives it back",
        arguments: [
            (["--url", "http://127.0.0.1:1"], Int32(6), "Could not reach the portal"),
            (["--url", "not a portal"], Int32(64), "is not a portal address"),
        ])
    func failedStart(_ arguments: [String], _ status: Int32, _ message: String) throws {
        var environment = server.environment(home: home)
        environment.removeValue(forKey: "DOCSPACE_URL")
        let tui = try HardeningTmux(arguments: arguments, environment: environment, record: true)
        let exit = try tui.waitForExit()
        expectRestored(exit, status: status, "failed start")
        #expect(exit.screen.contains(message), "the message says why")
        // An unreachable portal is retried for about a second, so the connecting screen came
        // and went (the terminal is restored, checked above); a bad address is refused before
        // anything: not a single escape sequence from the app, curses was never started.
        guard status == 64 else { return }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: tui.recording))
        let written = String(decoding: bytes, as: UTF8.self)
        let appPart = written.components(separatedBy: HardeningTmux.beforeMarker).last ?? ""
        #expect(!appPart.contains("\u{1B}"), "the app wrote an escape sequence: \(appPart.debugDescription)")
    }
}
