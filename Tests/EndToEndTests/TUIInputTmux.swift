import Foundation
import Testing

/// Issue 11, items 1, 2, 3 and 8, on the real binary in tmux against `demo-server`: keys on a
/// screen too small to show them, pastes (bracketed and raw), Alt chords, and a plain locale.
/// What the portal has afterwards is read back with the CLI.
@Suite("TUI input in tmux: blind keys, paste, Alt, locale", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIInputTmux {
    let server: DemoServerProcess
    let home: String

    init() throws {
        server = try DemoServerProcess(users: 40, seed: 7)
        home = NSTemporaryDirectory() + "tui-input-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    var environment: [String: String] { server.environment(home: home) }

    func start(width: Int = 80, height: Int = 24, appLocale: String? = nil) throws -> TUITmux {
        let tui = try TUITmux(width: width, height: height, environment: environment, appLocale: appLocale)
        try tui.waitFor("the first page", timeout: 60) { $0.contains("of 40") && $0.contains("● Active") }
        return tui
    }

    /// Everyone on the portal, as `list --all --json` prints them.
    func portalPeople() throws -> [[String: Any]] {
        let result = try runBinary(["list", "--all", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    /// id → status, for comparing the portal before and after.
    func statuses() throws -> [String: Int] {
        var out: [String: Int] = [:]
        for person in try portalPeople() {
            if let id = person["id"] as? String { out[id] = person["status"] as? Int }
        }
        return out
    }

    var auditLog: String {
        (try? String(contentsOfFile: home + "/.local/state/docspace-people/audit.jsonl", encoding: .utf8)) ?? ""
    }

    /// Narrows the list to one person by a server search, so the cursor is on them.
    func select(_ email: String, in tui: TUITmux) throws {
        try tui.press("/")
        try tui.waitFor("the search field") { $0.contains("Enter keep") }
        try tui.type(email)
        try tui.press("Enter")
        try tui.waitFor("the search result") { $0.contains("Search: \(email)") && $0.contains("1–1 of 1") }
    }

    /// Waits like `waitFor`, but a timeout is recorded and the test goes on, so that what the
    /// portal has afterwards is checked too (an old build fails here and there, with both).
    func expectScreen(_ tui: TUITmux, _ what: String, _ condition: (String) -> Bool) -> String {
        do {
            return try tui.waitFor(what, condition)
        } catch {
            Issue.record("\(error)")
            return (try? tui.screen()) ?? ""
        }
    }

    func activeUserEmails() throws -> [String] {
        try portalPeople().filter {
            ($0["status"] as? Int) == 1 && ($0["isOwner"] as? Bool) != true
                && ($0["isAdmin"] as? Bool) != true
        }.compactMap { $0["email"] as? String }
    }

    @Test("In a 40×10 pane (terminal too small) j t y and d y change nobody; the screen says keys are ignored")
    func blindKeysAtFortyByTen() throws {
        let tui = try start()
        let before = try statuses()
        try tui.resize(width: 40, height: 10)
        try tui.waitFor("terminal too small (need 60×15)")
        for key in ["j", "t", "y", "d", "y"] { try tui.press(key) }
        let screen = expectScreen(tui, "the last key ignored") { $0.contains("Ignored y") }
        #expect(screen.contains("keys are ignored"))
        try tui.resize(width: 80, height: 24)
        let back = try tui.waitFor("the list again") { $0.contains("of 40") }
        #expect(!back.contains("Terminate"), "no dialog opened unseen:\n\(back)")
        #expect(!back.contains("Delete"), "\(back)")
        #expect(try statuses() == before)
        #expect(auditLog.isEmpty, "\(auditLog)")
        try tui.quitCleanly()
    }

    @Test("A two-line paste into the search holding u and e runs nothing, bracketed or raw; the undo stays unused")
    func pasteRunsNothing() throws {
        let tui = try start()
        let email = try #require(try activeUserEmails().first)
        try select(email, in: tui)
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("y")
        try tui.waitFor("the undo offer", timeout: 30) { $0.contains("u undo") || $0.contains("u re-activate") }
        let terminated = try statuses()
        // Bracketed: the whole paste is refused by the one-line field.
        try tui.press("/")
        try tui.waitFor("the search field") { $0.contains("Enter keep") }
        try tui.paste("jane.doe@example.com\nu e", bracketed: true)
        var screen = expectScreen(tui, "the paste refused") { $0.contains("Not pasted: several lines") }
        #expect(screen.contains("Enter keep"), "the search field is still open:\n\(screen)")
        #expect(try statuses() == terminated, "nobody re-activated")
        try tui.press("Escape")
        try tui.waitFor("the search closed") { !$0.contains("Enter keep") }
        // Raw (a terminal without bracketed paste): the first line ends the search with its
        // Enter, and what came in the same burst after it is thrown away.
        try tui.press("/")
        try tui.waitFor("the search field") { $0.contains("Enter keep") }
        try tui.press("C-u")
        try tui.waitFor("the search field emptied") { $0.components(separatedBy: "\n").contains { $0.hasPrefix("/ ") } }
        try tui.paste("zz\nu e", bracketed: false)
        screen = try tui.waitFor("the raw paste's search") { $0.contains("Search: zz") }
        #expect(!screen.contains("Export"), "no export dialog:\n\(screen)")
        #expect(!screen.contains("Re-activate"), "\(screen)")
        #expect(try statuses() == terminated, "nobody re-activated")
        #expect(!auditLog.contains("reactivate") && !auditLog.contains("undo"), "\(auditLog)")
        try tui.press("Escape")
        try tui.waitFor("the search cleared") { !$0.contains("Search: zz") }
        try tui.quitCleanly()
    }

    @Test("A paste carrying Ctrl-C and Ctrl-Z bytes is text: the app neither quits nor stops; typed, they still do")
    func pastedSignalCharacters() throws {
        let tui = try start()
        try tui.press("/")
        try tui.waitFor("the search field") { $0.contains("Enter keep") }
        // Before, the terminal driver made SIGINT and SIGTSTP of these bytes, paste or not.
        try tui.paste("ja\u{03}ne\u{1A}", bracketed: true)
        let screen = expectScreen(tui, "the pasted text in the field, its control bytes dropped") {
            $0.contains("/jane ")
        }
        #expect(!screen.contains("stopped by SIGINT"), "\(screen)")
        let pid = try tui.appPID()
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let state = stat.components(separatedBy: ") ").last?.first
        #expect(state != "T" && state != "Z" && state != nil, "the app neither stopped nor ended: \(stat)")
        try tui.press("Escape")
        try tui.waitFor("the search closed") { !$0.contains("Enter keep") }
        // Typed, Ctrl-C is still the interrupt: nothing is on its way, so the app ends.
        try tui.press("C-c")
        let exit = try tui.waitForExit(timeout: 30)
        #expect(exit.status == 130 && exit.echo && exit.icanon)
    }

    @Test("Alt-j and Alt-t with three marked keep the marks and open nothing")
    func altKeepsMarks() throws {
        let tui = try start()
        try tui.press("Space", "Space", "Space")
        try tui.waitFor("3 marked")
        try tui.press("M-j")
        try tui.press("M-t")
        // Keys are handled in order: once `?` shows the help, the Alt chords were handled.
        try tui.press("?")
        let help = expectScreen(tui, "the help") { $0.contains("Esc/?/q/F1 close") }
        #expect(!help.contains("Cleared 3 marks"), "\(help)")
        try tui.press("Escape")
        let screen = try tui.waitFor("the list again") { !$0.contains("Esc/?/q/F1 close") }
        #expect(screen.contains("3 marked"), "\(screen)")
        #expect(!screen.contains("Cleared"), "\(screen)")
        #expect(!screen.contains("Terminate"), "\(screen)")
        try tui.quitCleanly()
    }

    @Test(
        "Under LANG=C with LC_ALL unset: CJK and accented names shown and found as typed; Zoë Ærøskøbing added exactly")
    func plainLocale() throws {
        let people = try portalPeople()
        let names = people.compactMap { $0["displayName"] as? String }
        let cjk = try #require(names.first { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
        let accented = try #require(names.first { $0.unicodeScalars.contains { (0xC0...0x17F).contains($0.value) } })
        let tui = try start(width: 120, height: 30, appLocale: "C")
        try tui.waitFor("the locale notice") { $0.contains("Characters as C.UTF-8") }
        for name in [cjk, accented] {
            try tui.press("/")
            try tui.waitFor("the search field") { $0.contains("Enter keep") }
            try tui.type(name)
            try tui.press("Enter")
            let screen = try tui.waitFor("\(name) in the list") { screen in
                screen.contains("Search: \(name)")
                    && screen.components(separatedBy: "\n").dropFirst(2).contains { $0.contains(name) }
            }
            #expect(screen.contains("Detail: \(name)") || screen.contains(name))
            try tui.press("Escape")
            try tui.waitFor("the search cleared") { !$0.contains("Search: ") }
        }
        try tui.press("n")
        try tui.waitFor("Add a person", timeout: 30)
        try tui.type("Zoë")
        try tui.press("Tab")
        try tui.type("Ærøskøbing")
        try tui.press("Tab")
        try tui.type("zoe.aeroskobing@example.org")
        try tui.waitFor("the typed names") { $0.contains("Zoë") && $0.contains("Ærøskøbing") }
        try tui.press("C-s")
        try tui.waitFor("Added Zoë Ærøskøbing", timeout: 60)
        let shown = try runBinary(["show", "zoe.aeroskobing@example.org", "--json"], environment: environment)
        let person = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        #expect(person?["firstName"] as? String == "Zoë")
        #expect(person?["lastName"] as? String == "Ærøskøbing")
        try tui.quitCleanly()
    }

    @Test("A forwarded locale the host lacks (LANG=xx_XX.UTF-8): characters as C.UTF-8, and the status line names it")
    func missingLocale() throws {
        let tui = try start(width: 120, height: 30, appLocale: "xx_XX.UTF-8")
        try tui.waitFor("the locale notice") {
            $0.contains("Characters as C.UTF-8: the locale xx_XX.UTF-8 is not installed")
        }
        try tui.quitCleanly()
    }

    @Test(
        "With ASCII stand-ins (DOCSPACE_ASCII=1, LANG=C): every row ASCII and aligned; typed Zoë Ærøskøbing reaches the portal exactly"
    )
    func asciiStandIns() throws {
        var environment = self.environment
        environment["DOCSPACE_ASCII"] = "1"
        let tui = try TUITmux(width: 100, height: 30, environment: environment, appLocale: "C")
        let screen = try tui.waitFor("the first page", timeout: 60) { $0.contains("of 40") && $0.contains("* Active") }
        let rows = screen.components(separatedBy: "\n")
        #expect(rows.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(screen)")
        // The status column starts at the same place on every row of people.
        let statusColumns = Set(
            rows.compactMap { row in
                row.range(of: "* Active").map { row.distance(from: row.startIndex, to: $0.lowerBound) }
            })
        #expect(statusColumns.count == 1, "\(screen)")
        try tui.press("n")
        try tui.waitFor("Add a person", timeout: 30)
        try tui.type("Zoë")
        try tui.press("Tab")
        try tui.type("Ærøskøbing")
        try tui.press("Tab")
        try tui.type("zoe.ascii@example.org")
        try tui.waitFor("the typed names, as stand-ins") { $0.contains("Zoe") && $0.contains("?r?sk?bing") }
        try tui.press("C-s")
        try tui.waitFor("Added Zoe ?r?sk?bing", timeout: 60)
        let shown = try runBinary(["show", "zoe.ascii@example.org", "--json"], environment: self.environment)
        let person = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        #expect(person?["firstName"] as? String == "Zoë")
        #expect(person?["lastName"] as? String == "Ærøskøbing")
        try tui.quitCleanly()
    }

    @Test("Ctrl-Z gives the terminal back, bracketed paste off: the shell's tty echoes a paste without markers")
    func suspendTurnsPasteOff() throws {
        let tui = try TUITmux(environment: environment, jobControl: true)
        try tui.waitFor("the first page", timeout: 60) { $0.contains("of 40") && $0.contains("● Active") }
        let pid = try tui.appPID()
        try tui.press("C-z")
        // The shell goes on as when the app ends: 148 is "stopped by SIGTSTP".
        let stopped = try tui.waitForExit(timeout: 30)
        #expect(stopped.status == 148)
        #expect(stopped.echo && stopped.icanon)
        try tui.paste("0123456789", bracketed: true)
        let screen = try tui.waitFor("the paste echoed") { $0.contains("0123456789") }
        #expect(!screen.contains("[200~"), "bracketed paste still on while suspended:\n\(screen)")
        kill(pid, SIGKILL)
    }

    @Test("Bracketed paste is off again after the app ends: a paste into the shell's tty carries no markers")
    func pasteModeOffAfterExit() throws {
        for ending in ["q", "SIGTERM"] {
            let tui = try start()
            if ending == "q" {
                try tui.press("q")
            } else {
                kill(try tui.appPID(), SIGTERM)
            }
            _ = try tui.waitForExit(timeout: 30)
            try tui.paste("after-exit", bracketed: true)
            let screen = try tui.waitFor("the paste echoed") { $0.contains("after-exit") }
            #expect(!screen.contains("[200~"), "\(ending): the terminal still had bracketed paste on:\n\(screen)")
        }
    }
}
