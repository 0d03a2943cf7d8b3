import Foundation
import Testing

/// Fields that edit like a shell line, on the real binary with `--demo` in tmux at 80×24: the
/// search opens with the previous one selected, and a typo in the middle of an address is fixed
/// where it is.
@Suite("TUI line editing in tmux (--demo)", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUILineEditTmux {
    let home: DemoHome

    init() throws { home = try DemoHome("tui-lineedit") }

    @Test("/ smith, Enter, / ibanez: the search is ibanez, not smithibanez; ↑ brings smith back")
    func searchReplacesThePreviousOne() throws {
        let tui = try home.startDemo()
        try tui.press("/")
        try tui.waitFor("the search field") { $0.contains("Enter keep") }
        try tui.type("smith")
        try tui.press("Enter")
        try tui.waitFor("the search kept") { $0.contains("Search: smith") && !$0.contains("Enter keep") }
        try tui.press("/")
        try tui.waitFor("the search field with smith") { $0.contains("Enter keep") && $0.contains("/smith") }
        try tui.type("ibanez")
        let typed = try tui.waitFor("/ibanez")
        // The terminal's cursor is on the field's, after the z (for an input method).
        let rows = typed.components(separatedBy: "\n")
        let row = try #require(rows.firstIndex { $0.hasPrefix("/ibanez") })
        try tui.press("Left", "Left")
        try tui.waitFor("the cursor two cells back") { _ in (try? tui.cursor()).map { $0 == (5, row) } ?? false }
        try tui.press("Enter")
        let kept = try tui.waitFor("the new search kept") {
            $0.contains("Search: ibanez") && !$0.contains("Enter keep")
        }
        #expect(!kept.contains("smithibanez"))
        try tui.press("/")
        try tui.waitFor("/ibanez")
        try tui.press("Up")
        try tui.waitFor("/smith")
        try tui.press("Escape")
        try tui.waitFor("the search closed") { !$0.contains("Enter keep") && $0.contains("Search: ibanez") }
        try tui.quitCleanly()
    }

    @Test("i, an address with a typo in the middle, ← and Backspace fix it where it is")
    func inviteTypoFixed() throws {
        let tui = try home.startDemo()
        try tui.press("i")
        try tui.waitFor("Invite people", timeout: 30)
        try tui.type("jnae@example.com")
        try tui.waitFor("jnae@example.com")
        for _ in 0..<13 { try tui.press("Left") }
        try tui.press("BSpace", "BSpace")
        try tui.type("an")
        let fixed = try tui.waitFor("jane@example.com")
        #expect(!fixed.contains("jnae"))
        #expect(fixed.contains("1 address"))
        try tui.press("Escape")
        try tui.waitFor("Discard what you typed?")
        try tui.press("y")
        try tui.waitFor("the dialog closed") { !$0.contains("Invite people") }
        try tui.quitCleanly()
    }
}
