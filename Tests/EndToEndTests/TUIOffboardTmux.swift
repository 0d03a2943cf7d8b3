import Foundation
import Testing

/// Off-boarding in the real binary against `demo-server`: mark three, `b`, the receiver
/// picker (keep the rooms) when one of them owns rooms, the question with every step, `y`,
/// the results per person × step — then the command line reads the same portal.
@Suite("TUI in tmux: off-boarding three people", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIOffboardTmux {
    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("Mark three, b, read the steps, y: results per person × step; the CLI shows them terminated")
    func markThreeOffboard() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-offboard-tui").path)
        // The people as the list shows them (by name), found by the CLI: the three after the
        // first two rows, none of them the owner.
        let listed = try runBinary(["list", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let people = try #require(try json(listed.stdout) as? [[String: Any]])

        let tui = try ViewsTmux(
            arguments: [], environment: ["DOCSPACE_URL": server.baseURL, "DOCSPACE_TOKEN": server.apiKey],
            width: 100, height: 40)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("Status: All") }
        let rows = people.compactMap { $0["displayName"] as? String }
        let names = Array(rows.dropFirst(2).prefix(3))
        let chosen = people.dropFirst(2).prefix(3).compactMap { $0["email"] as? String }
        try #require(chosen.count == 3)
        try tui.press("j", "j", "Space", "Space", "Space")
        try tui.waitFor("3 marked") { $0.contains("3 marked") }
        try tui.press("b")
        let next = try tui.waitFor("the question or the receiver picker", timeout: 30) {
            $0.contains("Off-board 3 people?") || $0.contains("Keep their rooms for later")
        }
        if next.contains("Keep their rooms for later") {
            // Down to the last row, "keep their rooms for later" (the cursor stops there).
            for _ in 0..<40 { try tui.press("Down") }
            try tui.waitFor("keep chosen") { $0.contains("▸ Keep their rooms for later") }
            try tui.press("Enter")
        }
        let question = try tui.waitFor("the question", timeout: 30) { $0.contains("Off-board 3 people?") }
        #expect(question.contains("1. sign out everywhere"), "\(question)")
        #expect(question.contains("2. turn off API keys"))
        #expect(question.contains("3. terminate — re-activate undoes it"))
        #expect(question.contains("4. keep their rooms"))
        for name in names { #expect(question.contains(String(name.prefix(10))), "\(name) is listed") }
        try tui.press("y")
        let results = try tui.waitFor("the results per person × step", timeout: 60) {
            $0.contains("Results: Off-board 3 people")
        }
        for email in chosen {
            for step in ["sign out everywhere", "turn off API keys", "terminate", "hand over rooms"] {
                #expect(results.contains("\(email) · \(step)"), "\(email) · \(step): \(results)")
            }
        }
        #expect(results.contains("✓ done"), "\(results)")
        try tui.press("Escape")
        try tui.waitFor("the results to close") { !$0.contains("Results:") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }

        for email in chosen {
            let shown = try runBinary(["show", email, "--json"], environment: env)
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect((try json(shown.stdout) as? [String: Any])?["status"] as? Int == 2, "\(email) is terminated")
        }
    }
}
