import Foundation
import Testing

/// The terminal layer on every host, with the real binary in tmux: a terminal that cannot
/// move the cursor is refused before anything is written, a slow portal shows "Connecting
/// to …" (Esc gives up, typed keys are not echoed), and a stop and resize the app did not
/// see coming is drawn at the new size after `fg`.
@Suite("TUI: any terminal, a slow portal, a stop and a resize", .serialized, .enabled(if: HardeningTmux.isAvailable))
struct TUITerminalTypesTests {
    let home = NSTemporaryDirectory() + "tui-terminals-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    @Test("TERM=dumb is refused with the hint, and not a byte of escape sequence is written")
    func dumbRefused() throws {
        let server = try DemoServerProcess(users: 10, seed: 3)
        let command = "env TERM=dumb " + TmuxCommand.quote(Binary.path)
        let tui = try HardeningTmux(environment: server.environment(home: home), record: true, shellCommand: command)
        let exit = try tui.waitForExit()
        #expect(exit.status == 64)
        // The message wraps at the pane's width: its rows joined again.
        let said = exit.screen.replacingOccurrences(of: "\n", with: "")
        #expect(said.contains("'dumb' cannot move the cursor"))
        #expect(said.contains("TERM=xterm-256color"))
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: tui.recording)), as: UTF8.self)
        let appPart = written.components(separatedBy: HardeningTmux.beforeMarker).last ?? ""
        #expect(!appPart.contains("\u{1B}"), "the app wrote an escape sequence: \(appPart.debugDescription)")
    }

    @Test("A slow portal: 'Connecting to …' at once, typed keys not echoed, Esc gives up and restores the terminal")
    func connectingThenGiveUp() throws {
        let server = try DemoServerProcess(
            users: 10, seed: 3, extra: ["--fault", "GET /api/2.0/people/@self: latency=20000"])
        let tui = try HardeningTmux(environment: server.environment(home: home))
        try tui.waitFor("the connecting screen", timeout: 10) {
            $0.contains("Connecting to 127.0.0.1") && $0.contains("Esc or q: give up")
        }
        try tui.type("zqx")
        try tui.waitFor("the app gave up on q") { $0.contains(HardeningTmux.exitMarker) }
        let exit = try tui.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.isRestored)
        #expect(!exit.screen.contains("zq"), "typed keys were echoed:\n\(exit.screen)")
    }

    @Test("Stopped unseen (SIGSTOP), resized, fg: drawn whole at the new size, keys work")
    func stopResizeContinue() throws {
        let server = try DemoServerProcess(users: 30, seed: 3)
        let tui = try TUITmux(
            command: ["bash", "--norc", "--noprofile", "-i"], environment: server.environment(home: home))
        try tui.waitFor("the shell's prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try tui.type(TmuxCommand.quote(Binary.path))
        try tui.press("Enter")
        try tui.waitFor("the first page") { $0.contains("of 30") && $0.contains("● Active") }
        // The pane's shell runs bash, and bash the app.
        let bash = try tui.appPID()
        let children = try String(contentsOfFile: "/proc/\(bash)/task/\(bash)/children", encoding: .utf8)
        let app = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(app, SIGSTOP)
        try tui.waitFor("the shell has the terminal") { $0.contains("Stopped") }
        try tui.resize(width: 120, height: 30)
        try tui.type("fg")
        try tui.press("Enter")
        let screen = try tui.waitFor("the whole screen at 120×30") { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count >= 30 && lines[0].contains("of 30") && lines[29].contains("127.0.0.1")
                && !screen.contains("Stopped")
        }
        #expect(screen.contains("Detail"), "the wider layout shows the detail beside the list")
        try tui.press("q")
        _ = try tui.waitFor("the shell again") { !$0.contains("● Active") }
    }
}
