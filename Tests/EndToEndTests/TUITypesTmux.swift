import Foundation
import Testing

/// Type changes end to end: the real binary with `--demo` in tmux at 80×24. An upgrade goes
/// out as `PUT /people/type/{type}`; a demotion asks who receives the rooms and files, then
/// follows the portal's task until it is done. The trigger key never confirms.
@Suite("TUI type changes in tmux (--demo)", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUITypesTmux {
    let home: DemoHome

    init() throws { home = try DemoHome("tui-types") }

    var auditLog: String { home.auditLog }

    /// `/`, the text, Enter: the one person the search finds is selected.
    func find(_ tui: TUITmux, _ text: String, email: String) throws {
        try tui.press("/")
        try tui.type(text)
        try tui.press("Enter")
        try tui.waitFor("only \(email) listed", timeout: 30) { $0.contains("1–1 of 1") && $0.contains(email) }
    }

    /// In the type list: ↓ until the pointer is on `type`, then Enter.
    func choose(_ tui: TUITmux, _ type: String) throws {
        try tui.waitFor("the type list", timeout: 30) { $0.contains("Change the type of 1 person") }
        for _ in 0..<4 {
            let before = try tui.screen()
            if before.contains("▸ \(type)") { break }
            try tui.press("j")
            _ = try tui.waitFor("the pointer to move", timeout: 10) { $0 != before }
        }
        try tui.waitFor("▸ \(type)", timeout: 10)
        try tui.press("Enter")
    }

    /// The list row that shows `email`.
    static func row(of email: String, in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(email) && $0.contains("●") }.map(String.init)
    }

    @Test("Upgrade: T, Room admin, the question names the person and the request; T does not confirm, y does")
    func upgrade() throws {
        let tui = try home.startDemo()
        try find(tui, "agnieszka.nowak", email: "agnieszka.nowak@example.com")
        #expect(try tui.screen().contains("User"))
        try tui.press("T")
        try choose(tui, "Room admin")
        let question = try tui.waitFor("Change 1 person to Room admin?", timeout: 30)
        #expect(question.contains("• User → Room admin  Agnieszka Nowak <agnieszka.nowak@example.com>"))
        #expect(question.contains("PUT /api/2.0/people/type/RoomAdmin"))
        // The trigger key again is not a yes.
        try tui.press("T")
        #expect(try tui.waitFor("Change 1 person to Room admin?", timeout: 10).contains("[y] Yes"))
        #expect(!auditLog.contains("set-type"))
        try tui.press("y")
        let done = try tui.waitFor("Changed to Room admin:", timeout: 60)
        #expect(Self.row(of: "agnieszka.nowak@example.com", in: done)?.contains("Room admin") == true)
        #expect(auditLog.contains("\"set-type RoomAdmin\""))
        #expect(auditLog.contains("agnieszka.nowak@example.com"))
        try tui.quitCleanly()
    }

    @Test("Demotion: T, User, who receives the rooms, y; the portal's task is followed until the row says User")
    func demotion() throws {
        let tui = try home.startDemo()
        try find(tui, "begona", email: "begona.munoz@example.com")
        try tui.press("T")
        try choose(tui, "User")
        let receivers = try tui.waitFor("Receiver of the rooms and files", timeout: 30)
        #expect(receivers.contains("Who receives the rooms and files of Begoña Muñoz"))
        #expect(receivers.contains("▸ Administrator"))
        try tui.press("Enter")
        let question = try tui.waitFor("Change 1 person to User?", timeout: 30)
        #expect(question.contains("Room admin → User"))
        #expect(question.contains("POST /api/2.0/people/type"))
        #expect(question.contains("Their rooms and files go to: Administrator <owner@example.com>"))
        try tui.press("y")
        let done = try tui.waitFor("Changed to User:", timeout: 60)
        #expect(Self.row(of: "begona.munoz@example.com", in: done)?.contains(" User ") == true)
        #expect(auditLog.contains("begona.munoz@example.com"))
        #expect(auditLog.contains("POST /api/2.0/people/type"))
        try tui.quitCleanly()
    }

    @Test(
        "Cancel: a slow demotion (demo-server --task-seconds 120), x, the portal cancels it; the row stays Room admin")
    func cancelSlowDemotion() throws {
        let server = try DemoServerProcess(users: 200, seed: 1, extra: ["--task-seconds", "120"])
        defer { server.stop() }
        let tui = try TUITmux(width: 80, height: 24, environment: server.environment(home: home.path))
        try tui.waitFor("the first page", timeout: 60) { $0.contains("Name ↑") && $0.contains("1–20 of") }
        try find(tui, "begona", email: "begona.munoz@example.com")
        try tui.press("T")
        try choose(tui, "User")
        try tui.waitFor("Receiver of the rooms and files", timeout: 30)
        try tui.press("Enter")
        try tui.waitFor("Change 1 person to User?", timeout: 30)
        try tui.press("y")
        let watching = try tui.waitFor("the task running") {
            $0.contains("Changing 1 person to User") && $0.contains(" %")
        }
        #expect(watching.contains("x cancels the portal's task"))
        try tui.press("x")
        let results = try tui.waitFor("Results: Cancelled at your request", timeout: 60)
        #expect(results.contains("still Room admin"))
        try tui.press("Escape")
        let list = try tui.waitFor("the results closed", timeout: 30) {
            !$0.contains("Results:") && $0.contains("1–1 of 1")
        }
        #expect(Self.row(of: "begona.munoz@example.com", in: list)?.contains("Room admin") == true)
        #expect(auditLog.contains("cancelled at your request"))
        try tui.quitCleanly()
    }
}
