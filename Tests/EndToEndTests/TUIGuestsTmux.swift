import Foundation
import Testing

/// The Guests view in the real binary (`--demo` in tmux): `w`, the "invited by me" filter in
/// the title bar, removing two marked guests (`E`, the question saying the account stays, `y`),
/// the results view and the audit log.
@Suite("TUI in tmux: the Guests view and removing a guest", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIGuestsTmux {
    let home: DemoHome

    init() throws { home = try DemoHome("tui-guests") }

    @Test("w, :invited-by-me, mark two, E, y: the results view says they left your guests; the audit log has it")
    func removeAGuest() throws {
        let tui = try home.startDemo()
        try tui.press("w")
        try tui.waitFor("the Guests view") { $0.contains("│ Guests │") && $0.contains("Guests: every guest") }
        try tui.press(":")
        try tui.type("invited-by-me")
        try tui.press("Enter")
        try tui.waitFor("the filter in the title bar") { $0.contains("│ Guests │ Invited by: me │") }
        try tui.press("Space", "Space")
        try tui.waitFor("2 marked")
        try tui.press("E")
        let question = try tui.waitFor("the question") { $0.contains("Remove 2 people from your guests?") }
        #expect(question.contains("Request: DELETE /api/2.0/people/guests"), "\(question)")
        #expect(question.contains("NOT deleted"), "\(question)")
        try tui.press("y")
        let results = try tui.waitFor("the results view", timeout: 30) {
            $0.contains("Results: Removed from your guests")
        }
        #expect(results.contains("no longer your guest"), "\(results)")
        let entry = try #require(home.auditEntries.last)
        #expect(entry["source"] as? String == "tui")
        #expect(entry["action"] as? String == "guest-remove")
        #expect((entry["targets"] as? [[String: Any]])?.count == 2)
        try tui.press("Escape")
        try tui.waitFor("the results to close") { !$0.contains("Results:") }
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }
}
