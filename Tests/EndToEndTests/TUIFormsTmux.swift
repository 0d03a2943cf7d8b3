import Foundation
import Testing

/// The add form and the invite dialog end to end: the real binary with `--demo` in tmux at
/// 80×24, keys in, the screen and the audit log out.
@Suite("TUI forms in tmux (--demo)", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIFormsTmux {
    let home: DemoHome

    init() throws { home = try DemoHome("tui-forms") }

    var auditLog: String { home.auditLog }

    @Test("i, two addresses (one a member of the demo cast), Ctrl-S: per-address results and an audit line")
    func invite() throws {
        let tui = try home.startDemo()
        try tui.press("i")
        try tui.waitFor("Invite people", timeout: 30)
        try tui.type("john.doe@example.com")
        try tui.press("Enter")  // a line break, as a pasted column has
        try tui.type("siobhan.obrien@example.com")
        try tui.waitFor("2 addresses", timeout: 30)
        try tui.press("C-s")
        let results = try tui.waitFor("Results: Invite as User", timeout: 60)
        #expect(results.contains("✓ done     john.doe@example.com: invited as User (pending)"))
        #expect(results.contains("siobhan.obrien@example.com>: already a"))
        #expect(results.contains("1 done · 1 skipped"))
        #expect(auditLog.contains("\"invite User\""))
        #expect(auditLog.contains("john.doe@example.com"))
        try tui.press("Escape")
        try tui.waitFor("the results closed", timeout: 30) { !$0.contains("Results: Invite") }
        try tui.quitCleanly()
    }

    @Test("n, the fields, a bad e-mail named inline, fixed, Ctrl-S: added and selected")
    func add() throws {
        let tui = try home.startDemo()
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
        try tui.quitCleanly()
    }
}
