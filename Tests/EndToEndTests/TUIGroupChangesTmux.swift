import Foundation
import Testing

/// Adding people to a group in the real binary (`--demo` in tmux): marks, `>`, the group
/// picker filtered by typing, the confirmation, the results view and the audit log.
@Suite("TUI in tmux: adding the marked people to a group", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIGroupChangesTmux {
    let home: DemoHome

    init() throws { home = try DemoHome("tui-groups") }

    @Test("Mark three, >, type engin, Enter, y: the results view lists them added to Engineering; the audit log has it")
    func markThreeAddToGroup() throws {
        let tui = try home.startDemo()
        // Past "<b>Bold</b> Tag" and the owner, as the bulk tests do.
        try tui.press("j", "j", "Space", "Space", "Space")
        try tui.waitFor("3 marked")
        try tui.press(">")
        try tui.waitFor("the group picker") {
            $0.contains("Add 3 people to which group?") && $0.contains("Engineering")
        }
        try tui.type("engin")
        try tui.waitFor("the filter to leave Engineering") { $0.contains("▸ Engineering") && !$0.contains("Sales ·") }
        try tui.press("Enter")
        let question = try tui.waitFor("the confirmation") { $0.contains("to Engineering?") }
        #expect(question.contains("Request: PUT") && question.contains("/members"), "the request: \(question)")
        try tui.press("y")
        let results = try tui.waitFor("the results view", timeout: 30) {
            $0.contains("Results: Added to Engineering")
        }
        #expect(results.contains("now in Engineering"), "\(results)")
        let entry = try #require(home.auditEntries.last)
        #expect(entry["source"] as? String == "tui")
        #expect(entry["action"] as? String == "group-add")
        #expect((entry["targets"] as? [[String: Any]])?.count == 3)
        try tui.press("Escape")
        try tui.waitFor("the results to close") { !$0.contains("Results:") }
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }
}
