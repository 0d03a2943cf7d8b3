import Foundation
import Testing

/// The rooms a person holds, in the real binary against `demo-server`: find Zoë (who owns
/// rooms), `h` shows them in the detail, and `t`'s question names them — the titles checked
/// against what `rooms --json` reads from the same portal.
@Suite("TUI in tmux: the rooms a person holds", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIRoomsTmux {
    @Test("Open a person who owns rooms, h: her rooms in the detail; t: the question names them; n sends nothing")
    func holdingsAndTheQuestion() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-rooms-tui").path)
        let zoe = "zoe.aeroskobing@example.com"
        let listed = try runBinary(["rooms", zoe, "--owned", "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let owned = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let titles = owned.compactMap { $0["title"] as? String }
        try #require(!titles.isEmpty, "Zoë owns rooms in the demo")

        let tui = try ViewsTmux(
            arguments: [], environment: ["DOCSPACE_URL": server.baseURL, "DOCSPACE_TOKEN": server.apiKey],
            width: 120, height: 40)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("Status: All") }
        try tui.press("/")
        try tui.type(zoe)
        try tui.press("Enter")
        try tui.waitFor("Zoë found") { $0.contains("Detail: Zoë") }
        try tui.press("h")
        let detail = try tui.waitFor("her rooms in the detail", timeout: 30) {
            $0.contains("Owns") && $0.contains("\(titles.count) room")
        }
        #expect(detail.contains(String(titles[0].prefix(12))), "\(detail)")
        #expect(detail.contains("Member of"))

        try tui.press("t")
        let question = try tui.waitFor("the question names her rooms", timeout: 30) {
            $0.contains("Terminate 1 person?") && $0.contains("owns \(titles.count) room")
        }
        #expect(question.contains(String(titles[0].prefix(12))), "\(question)")
        try tui.press("n")
        try tui.waitFor("cancelled") { $0.contains("Cancelled: nothing was changed") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }

        let shown = try runBinary(["show", zoe, "--json"], environment: env)
        let person = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        #expect(person?["status"] as? Int == 1, "still active: n sent nothing")
    }
}
