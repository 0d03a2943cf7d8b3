import Foundation
import Testing

/// The terminal UI end to end: the real binary in tmux at 80×24 against `demo-server`.
@Suite("TUI in tmux against the stand-in", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUITests {
    let server: DemoServerProcess
    let home: String

    init() throws {
        server = try DemoServerProcess(users: 40, seed: 7)
        home = NSTemporaryDirectory() + "tui-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func start(width: Int = 80, height: Int = 24) throws -> TUITmux {
        let tui = try TUITmux(width: width, height: height, environment: server.environment(home: home))
        try tui.waitFor("the first page") { $0.contains("of 40") && $0.contains("● Active") }
        return tui
    }

    /// Moves the cursor onto the first active person who is not the signed-in owner and
    /// returns their e-mail.
    func selectActivePerson(_ tui: TUITmux) throws -> String {
        let screen = try tui.screen()
        let rows = screen.components(separatedBy: "\n").dropFirst(2).prefix(20)
        for (offset, row) in rows.enumerated() where row.contains("● Active") && !row.contains("owner@example.com") {
            guard let email = Self.email(in: row) else { continue }
            for _ in 0..<offset { try tui.press("j") }
            try tui.waitFor("the cursor on \(email)") { _ in (try? self.selectedEmail(tui)) == email }
            return email
        }
        throw TUITmux.Timeout(what: "an active person", screen: screen)
    }

    /// The e-mail on the cursor row, read from the coloured capture (reverse video).
    func selectedEmail(_ tui: TUITmux) throws -> String? {
        // List rows only: not the title and header, not the action bar and status line.
        let lines = try tui.screenWithColours().components(separatedBy: "\n").prefix(22)
        for line in lines.dropFirst(2) where line.contains("\u{1B}[0;1;7m") || line.contains(";7m") {
            let plain = line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            if let email = Self.email(in: plain) { return email }
        }
        return nil
    }

    /// The e-mail column of a list row: the first whole address (the name column may hold a
    /// cut one, as invitees are named by their address).
    static func email(in row: String) -> String? {
        row.split(separator: " ").first { $0.contains("@") && !$0.contains("…") }.map(String.init)
    }

    /// The stand-in's view of a person, read back with the CLI (not through the TUI).
    func statusOnServer(_ email: String) throws -> String? {
        let result = try runBinary(["show", email], environment: server.environment(home: home))
        guard result.status == 0 else { return nil }
        for line in result.stdout.components(separatedBy: "\n") where line.hasPrefix("Status") {
            // "● Active", "⊘ Disabled since …": the word after the symbol.
            return line.dropFirst("Status".count).split(separator: " ").dropFirst().first.map(String.init)
        }
        return nil
    }

    @Test("Browse: the list, the cursor, the detail and back")
    func browse() throws {
        let tui = try start()
        let first = try tui.screen()
        #expect(first.contains("DocSpace People"))
        #expect(first.contains("1–20 of 40"))
        #expect(first.contains("Name ↑"))
        try tui.press("j", "j")
        try tui.press("Enter")
        let detail = try tui.waitFor("Detail:")
        #expect(detail.contains("E-mail"))
        #expect(detail.contains("Registered"))
        try tui.press("Escape")
        try tui.waitFor("Name ↑")
        try tui.press("G")
        try tui.waitFor("21–40 of 40")
        try tui.press("q")
        let exit = try tui.waitForExit()
        #expect(exit.status == 0)
    }

    @Test("Search: narrows at once, the server's answer on Enter, Esc restores")
    func search() throws {
        let tui = try start()
        let email = try selectActivePerson(tui)
        try tui.press("/")
        try tui.type(email)
        try tui.waitFor("/\(email)")
        // The loaded rows narrow at once; the server's answer follows the pause (either may
        // be on screen by now, the unit tests pin the order down).
        try tui.waitFor("the list to narrow") { $0.contains("1 loaded match") || $0.contains("1–1 of 1") }
        try tui.press("Enter")
        let result = try tui.waitFor("the server's result") {
            $0.contains("Search: \(email)") && $0.contains("1–1 of 1")
        }
        #expect(result.contains(email))
        try tui.press("Escape")
        try tui.waitFor("1–20 of 40")
        try tui.press("/")
        try tui.type("zzzz-nobody")
        try tui.press("Escape")
        try tui.waitFor("the list as it was") { $0.contains("1–20 of 40") && !$0.contains("zzzz") }
    }

    @Test("Terminate with y: the stand-in has the person disabled; u undoes it")
    func terminateAndUndo() throws {
        let tui = try start()
        let email = try selectActivePerson(tui)
        try tui.press("t")
        let dialog = try tui.waitFor("Terminate 1 person?")
        #expect(dialog.contains(email))
        #expect(dialog.contains("PUT /api/2.0/people/status/Terminated"))
        #expect(dialog.contains("Portal:"))
        try tui.press("y")
        try tui.waitFor("✓ Terminated")
        #expect(try statusOnServer(email) == "Disabled")
        try tui.press("u")
        try tui.waitFor("Undo: re-activate 1 person?")
        #expect(try statusOnServer(email) == "Disabled", "u alone changes nothing")
        try tui.press("y")
        try tui.waitFor("Undone")
        #expect(try statusOnServer(email) == "Active")
    }

    @Test("A resets two-factor authentication: the dialog says the server's rule, y unlinks the app on the stand-in")
    func resetTwoFactor() throws {
        let tui = try start()
        let email = try selectActivePerson(tui)
        try tui.press("A")
        let dialog = try tui.waitFor("Reset two-factor authentication of 1 person?")
        #expect(dialog.contains(email))
        #expect(dialog.contains("PUT /api/2.0/settings/tfaappnewapp"))
        #expect(dialog.contains("ends every session"))
        try tui.press("y")
        try tui.waitFor("✓ Two-factor authentication reset for")
        // The app is gone: the portal now says so (`tfaAppEnabled` false), so a second reset is
        // not even sent.
        let again = try runBinary(["reset-2fa", email], environment: server.environment(home: home))
        #expect(
            again.stdout.contains("not sent") && again.stdout.contains("no authenticator app set up"), "\(again.stdout)"
        )
    }

    @Test("Enter cancels the dialog and nothing changes; t twice does not confirm")
    func cancelWithEnter() throws {
        let tui = try start()
        let email = try selectActivePerson(tui)
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("t")
        try tui.press("Enter")
        try tui.waitFor("Cancelled: nothing was changed")
        #expect(try statusOnServer(email) == "Active")
    }

    @Test("Delete is refused for an active person and works after a terminate")
    func deleteAfterTerminate() throws {
        let tui = try start()
        let email = try selectActivePerson(tui)
        try tui.press("d")
        try tui.waitFor("terminate first (t)")
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("y")
        try tui.waitFor("✓ Terminated")
        try tui.press("d")
        let dialog = try tui.waitFor("Delete 1 person?")
        #expect(dialog.contains("DELETE /api/2.0/people/"))
        try tui.press("y")
        try tui.waitFor("✓ Deleted")
        #expect(try statusOnServer(email) == nil)
        // Gone from the list rows (the status line may still name them as deleted).
        let rows = try tui.screen().components(separatedBy: "\n").dropFirst(2).prefix(20)
        #expect(!rows.contains { $0.contains(email) })
    }

    @Test("The help overlay opens with ? and closes with Esc")
    func help() throws {
        let tui = try start()
        try tui.press("?")
        let help = try tui.waitFor("Keys (↑↓")
        #expect(help.contains("Terminate (disable)"))
        try tui.press("Escape")
        try tui.waitFor("the help to close") { !$0.contains("Keys (↑↓") }
    }

    @Test("Resize: side by side when wide, too small below 60×15, back to normal")
    func resize() throws {
        let tui = try start()
        try tui.resize(width: 130, height: 40)
        try tui.waitFor("side by side") { $0.contains("│ Detail:") }
        try tui.resize(width: 50, height: 12)
        try tui.waitFor("terminal too small (need 60×15)")
        try tui.resize(width: 80, height: 24)
        try tui.waitFor("the list again") { $0.contains("Name ↑") && $0.contains("1–20 of 40") }
    }

    @Test("q leaves a sane terminal")
    func quit() throws {
        let tui = try start()
        try tui.press("q")
        let exit = try tui.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.echo)
        #expect(exit.icanon)
    }

    @Test("SIGTERM leaves a sane terminal")
    func sigterm() throws {
        let tui = try start()
        let pid = try tui.appPID()
        #expect(kill(pid, SIGTERM) == 0)
        let exit = try tui.waitForExit()
        #expect(exit.status == 143, "128 + SIGTERM, as a shell expects")
        #expect(exit.echo)
        #expect(exit.icanon)
    }
}
