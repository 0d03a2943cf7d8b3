import Foundation
import Testing

/// The add form and the invite dialog end to end: the real binary with `--demo` in tmux at
/// 80×24, keys in, the screen and the audit log out.
@Suite("TUI forms in tmux (--demo)", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIFormsTmux {
    let home: String

    init() throws {
        home = NSTemporaryDirectory() + "tui-forms-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func start() throws -> TUITmux {
        let tui = try TUITmux(width: 80, height: 24, arguments: ["--demo"],
                              environment: ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""])
        try tui.waitFor("the first page", timeout: 60) { $0.contains("Name ↑") && $0.contains("1–20 of") }
        return tui
    }

    var auditLog: String {
        (try? String(contentsOfFile: home + "/.local/state/docspace-people/audit.jsonl", encoding: .utf8)) ?? ""
    }

    func quit(_ tui: TUITmux) throws {
        try tui.press("q")
        let exit = try tui.waitForExit(timeout: 30)
        #expect(exit.status == 0)
        #expect(exit.echo && exit.icanon)
    }

    @Test("i, two addresses (one a member of the demo cast), Ctrl-S: per-address results and an audit line")
    func invite() throws {
        let tui = try start()
        try tui.press("i")
        try tui.waitFor("Invite people", timeout: 30)
        try tui.type("john.doe@example.com")
        try tui.press("Enter") // a line break, as a pasted column has
        try tui.type("siobhan.obrien@example.com")
        try tui.waitFor("2 addresses", timeout: 30)
        try tui.press("C-s")
        let results = try tui.waitFor("Results: Invite as User", timeout: 60)
        #expect(results.contains("✓ john.doe@example.com: invited as User (pending)"))
        #expect(results.contains("siobhan.obrien@example.com>: already a member"))
        #expect(results.contains("1 done · 1 skipped · 0 failed"))
        #expect(auditLog.contains("\"invite User\""))
        #expect(auditLog.contains("john.doe@example.com"))
        try tui.press("Escape")
        try tui.waitFor("the results closed", timeout: 30) { !$0.contains("Results: Invite") }
        try quit(tui)
    }

    @Test("n, the fields, a bad e-mail named inline, fixed, Ctrl-S: added and selected")
    func add() throws {
        let tui = try start()
        try tui.press("n")
        try tui.waitFor("Add a person", timeout: 30)
        try tui.type("Jane")
        try tui.press("Tab")
        try tui.type("Doe")
        try tui.press("Tab")
        try tui.type("jane.doe@example")
        try tui.press("Tab")
        try tui.waitFor("✗ The domain needs a dot", timeout: 30)
        try tui.press("BTab")
        try tui.type(".org")
        try tui.press("Tab", "Tab")
        try tui.type("Sup3r-s3cret-pw")
        try tui.waitFor("(set)", timeout: 30)
        #expect(try !tui.screen().contains("Sup3r-s3cret-pw"))
        try tui.press("C-s")
        let added = try tui.waitFor("Added Jane Doe", timeout: 60)
        #expect(added.contains("jane.doe@example.org"))
        #expect(!added.contains("Add a person"))
        #expect(auditLog.contains("\"add\""))
        #expect(!auditLog.contains("Sup3r-s3cret-pw"))
        try quit(tui)
    }
}
