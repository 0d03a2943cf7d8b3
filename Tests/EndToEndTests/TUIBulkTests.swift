import Foundation
import Testing

/// Bulk changes end to end: the real binary with `--demo` in tmux at 80×24, marks, a bulk
/// terminate, the results view, its CSV, and the audit log.
@Suite("TUI bulk changes in tmux (--demo)", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIBulkTests {
    /// HOME and the working directory: the audit log and the saved results land here.
    let home: DemoHome

    init() throws { home = try DemoHome("tui-bulk") }

    func auditEntries() throws -> [[String: Any]] { home.auditEntries }

    @Test(
        "Mark five with Space, t, y: the results list the five done; s Enter saves them as CSV; the audit log has them")
    func markFiveTerminateSave() throws {
        let tui = try home.startDemo()
        // By first name the portal lists active people first: "<b>Bold</b> Tag", then the
        // owner (who cannot be terminated); the five marked are the people after them.
        try tui.press("j", "j", "Space", "Space", "Space", "Space", "Space")
        try tui.waitFor("5 marked")
        try tui.press("t")
        try tui.waitFor("Terminate 5 people?")
        try tui.press("y")
        let results = try tui.waitFor("the results view", timeout: 30) { $0.contains("Results: Terminated 5 people") }
        #expect(results.contains("│ 5 done  "), "only the outcomes that happened are counted: \(results)")
        #expect(results.components(separatedBy: "✓ done").count - 1 == 5, "\(results)")
        #expect(results.contains("now Disabled"))
        try tui.press("s")
        let field = try tui.waitFor("Save as CSV: docspace-people-terminate-")
        let name = try #require(field.components(separatedBy: "Save as CSV: ").last?.prefix { $0 != "▏" && $0 != " " })
        #expect(name.hasSuffix(".csv"))
        try tui.press("Enter")
        // An absolute path; at 80 columns the status line keeps its end ("Saved to …/name.csv").
        let saved = try tui.waitFor("Saved to")
        #expect(saved.contains("/" + name), "\(saved)")
        let path = home.path + "/" + name
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,name,email,outcome,detail")
        #expect(lines.count == 6, "a header and five people: \(csv)")
        #expect(lines.dropFirst().allSatisfy { $0.contains(",done,now Disabled") })
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let audit = try auditEntries()
        let entry = try #require(audit.last)
        #expect(entry["source"] as? String == "tui")
        #expect(entry["action"] as? String == "terminate")
        #expect((entry["targets"] as? [[String: Any]])?.count == 5)
        try tui.press("Escape")
        try tui.waitFor("the results to close") { !$0.contains("Results:") }
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }

    @Test("Off-board twenty: V, nineteen rows down, V, t, y — twenty done")
    func offboardTwenty() throws {
        let tui = try home.startDemo()
        try tui.press("j", "j")  // past "<b>Bold</b> Tag" and the owner, as above
        try tui.press("V")
        try tui.waitFor("1 marked")
        for _ in 0..<19 { try tui.press("j") }
        try tui.press("V")
        try tui.waitFor("20 marked")
        try tui.press("t")
        try tui.waitFor("Terminate 20 people?")
        try tui.press("y")
        let results = try tui.waitFor("the results view", timeout: 30) { $0.contains("Results: Terminated 20 people") }
        #expect(results.contains("│ 20 done  "), "only the outcomes that happened are counted: \(results)")
        try tui.press("q")
        try tui.waitFor("the results to close") { !$0.contains("Results:") }
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }
}
