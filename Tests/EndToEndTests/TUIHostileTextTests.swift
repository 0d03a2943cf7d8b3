import Foundation
import Testing

/// Profiles full of escape sequences, controls, bidi tricks and 10 KB strings
/// (`demo-server --hostile-data`): nothing reaches the terminal as a control sequence — the
/// pane's title and the clipboard stay as they were — the layout stays aligned, and the CLI's
/// table is as clean while its JSON keeps every byte.
@Suite("Hostile text end to end: TUI in tmux and the CLI", .serialized, .enabled(if: HardeningTmux.isAvailable))
struct TUIHostileTextTests {
    let server: DemoServerProcess
    let home: String
    static let people = 17  // 10 demo people and the 7 of the hostile cast

    init() throws {
        server = try DemoServerProcess(users: 10, seed: 7, extra: ["--hostile-data"])
        home = NSTemporaryDirectory() + "tui-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    /// No ESC, no other C0 control but newline, no C1 control, no bidi control.
    static func expectInert(_ text: String, _ context: String) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let bad =
                (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
            if bad {
                Issue.record("\(context): U+\(String(v, radix: 16, uppercase: true)) reached the terminal")
                return
            }
        }
    }

    /// No row runs past the pane's edge; the bars are whole; the list's status column and the
    /// pane divider stay in one column on every row, whatever the names hold.
    static func expectAligned(_ screen: String, width: Int, _ context: String) {
        let rows = screen.components(separatedBy: "\n")
        for (y, line) in rows.enumerated() {
            #expect(
                HardeningTmux.cells(line) <= width,
                "\(context): row \(y) is \(HardeningTmux.cells(line)) cells: \(line)")
        }
        #expect(HardeningTmux.cells(rows[0]) == width, "\(context): the title bar is cut: \(rows[0])")
        let statusColumns = Set(
            rows.dropFirst(2).compactMap { line -> Int? in
                guard let index = line.firstIndex(where: { ["●", "⊘", "◌"].contains($0) }) else { return nil }
                return HardeningTmux.cells(String(line[..<index]))
            })
        #expect(statusColumns.count <= 1, "\(context): the status column moved: \(statusColumns)")
    }

    @Test("Control: in this tmux an OSC 52 does fill a paste buffer and an OSC 2 does set the title")
    func checksCanFail() throws {
        let control = try HardeningTmux(
            environment: [:], shellCommand: "printf '\\033]52;c;Y29udHJvbA==\\007\\033]2;changed\\033\\\\'")
        _ = try control.waitForExit()
        #expect(try control.buffers().count == 1)
        #expect(try control.paneTitle == "changed")
    }

    @Test("The TUI: every row, the detail and a dialog; the title, the clipboard and the layout stay intact")
    func tui() throws {
        let tui = try HardeningTmux(environment: server.environment(home: home))
        var screen = try tui.waitFor("the first page") { $0.contains("of \(Self.people)") && $0.contains("● Active") }
        #expect(screen.contains("␛]0;pwned-title␇"), "the escape is shown, harmless")
        #expect(screen.contains("Clip␛]52;c;"))
        #expect(screen.contains("␛[2J␛[HClear"))
        #expect(screen.contains("admin\u{FFFD}gpj.exe"))
        for step in 0..<Self.people {
            // Back from the detail: at 80 columns the list takes its place again. Checked once
            // it is on screen, not while tmux still shows the detail (whose status sits in
            // another column).
            screen = try tui.waitFor("the list") { !$0.contains("Detail:") }
            Self.expectInert(screen, "row \(step)")
            Self.expectAligned(screen, width: 80, "row \(step)")
            try tui.press("Enter")  // the detail
            screen = try tui.waitFor("the detail") { $0.contains("Detail:") }
            try tui.press("PageDown")
            screen = try tui.screen()
            Self.expectInert(screen, "detail \(step)")
            Self.expectAligned(screen, width: 80, "detail \(step)")
            // Esc and j apart: an Esc with a key in the same burst is Alt+key, which does nothing.
            try tui.press("Escape")
            _ = try tui.waitFor("the list again") { !$0.contains("Detail:") }
            try tui.press("j")
        }
        // A confirmation naming a hostile person keeps its keys on screen; Enter says No.
        try tui.press("g")
        try tui.waitFor("the top") {
            $0.contains("1–20 of \(Self.people)") || $0.contains("1–\(Self.people) of \(Self.people)")
        }
        try tui.press("t")
        screen = try tui.waitFor("Terminate 1 person?")
        #expect(screen.contains("[y] Yes"))
        Self.expectInert(screen, "dialog")
        Self.expectAligned(screen, width: 80, "dialog")
        try tui.press("Enter")
        try tui.waitFor("Cancelled: nothing was changed")

        #expect(try tui.paneTitle == HardeningTmux.shellTitle, "a profile retitled the pane")
        #expect(try tui.buffers().isEmpty, "a profile set the clipboard")
        try tui.press("q")
        let exit = try tui.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.isRestored)
        #expect(try tui.paneTitle == HardeningTmux.shellTitle)
    }

    @Test(
        "c on a person whose e-mail holds an escape sequence: nothing reaches the clipboard, the status line says why; C on their plain id copies"
    )
    func copyRefused() throws {
        let tui = try HardeningTmux(environment: server.environment(home: home))
        try tui.waitFor("the first page") { $0.contains("of \(Self.people)") && $0.contains("● Active") }
        try tui.press("/")
        try tui.type("csi")
        try tui.press("Enter")
        try tui.waitFor("the one match") { $0.contains("1–1 of 1") }
        try tui.press("c")
        let screen = try tui.waitFor("the refusal") {
            HardeningTmux.flattened($0).contains("Not copied: control characters in the e-mail of")
        }
        Self.expectInert(screen, "the refusal")
        #expect(try tui.buffers().isEmpty, "the e-mail reached the clipboard")
        // Control: this pane's clipboard does take a copy (the id is a plain GUID).
        try tui.press("C")
        try tui.waitFor("Copied id of")
        try tui.waitFor("the id's buffer") { _ in try tui.buffers().count == 1 }
        #expect(try tui.paneTitle == HardeningTmux.shellTitle)
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }

    /// The hostile people as the portal sends them, from `list --json`.
    func hostilePeople() throws -> [[String: Any]] {
        let result = try runBinary(["list", "--json", "--all"], environment: server.environment(home: home))
        #expect(result.status == 0, "\(result.stderr)")
        let people = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(people.count == Self.people)
        return people
    }

    @Test("The CLI table: no escape, control or bidi character on stdout, the ID column aligned")
    func cliTable() throws {
        let result = try runBinary(["list", "--all"], environment: server.environment(home: home))
        #expect(result.status == 0)
        #expect(!result.stdout.utf8.contains(0x1B), "an ESC byte reached stdout")
        Self.expectInert(result.stdout, "list")
        // The GUIDs start in the same column on every row, whatever the names hold.
        let columns = Set(
            result.stdout.components(separatedBy: "\n").dropFirst().compactMap { line -> Int? in
                guard let range = line.range(of: #"[0-9a-f]{8}-[0-9a-f]{4}-"#, options: .regularExpression) else {
                    return nil
                }
                return HardeningTmux.cells(String(line[..<range.lowerBound]))
            })
        #expect(columns.count == 1, "the ID column moved: \(columns)")
        for person in try hostilePeople() where (person["userName"] as? String)?.hasPrefix("hostile") == true {
            let id = try #require(person["id"] as? String)
            let show = try runBinary(["show", id], environment: server.environment(home: home))
            #expect(show.status == 0)
            #expect(!show.stdout.utf8.contains(0x1B))
            Self.expectInert(show.stdout, "show \(id)")
        }
    }

    @Test("--json keeps the portal's strings exactly, escapes and all")
    func cliJSON() throws {
        let people = try hostilePeople()
        let eve = try #require(people.first { ($0["firstName"] as? String)?.hasPrefix("Eve") == true })
        #expect(eve["firstName"] as? String == "Eve\u{1B}]0;pwned-title\u{07}")
        #expect(eve["lastName"] as? String == "Osc\u{1B}]2;owned\u{1B}\\")
        #expect(eve["email"] as? String == "osc\u{1B}]0;mail-title\u{07}@example.net")
        #expect(eve["location"] as? String == "\u{1B}]0;location-title\u{07}Riga")
        #expect(eve["notes"] as? String == "Title\u{1B}]0;notes-title\u{07} and \u{1B}]1;icon\u{07}")
        #expect(eve["department"] as? String == "Group\u{1B}]0;group-title\u{07}")
        let controls = try #require(people.first { ($0["firstName"] as? String)?.hasPrefix("Bell") == true })
        #expect(controls["lastName"] as? String == "Del\u{7F}C1\u{9B}31m\u{85}\u{9D}")
        #expect(controls["location"] as? String == "\u{0}nul\u{1}soh\u{1A}sub")
        let bidi = try #require(people.first { ($0["firstName"] as? String)?.hasPrefix("admin") == true })
        #expect(bidi["firstName"] as? String == "admin\u{202E}gpj.exe")
        let long = try #require(people.first { $0["email"] as? String == "long@example.net" })
        #expect((long["notes"] as? String)?.utf8.count ?? 0 > 10_000)
    }
}
