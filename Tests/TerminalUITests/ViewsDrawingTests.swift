import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The views dialogs at 80×24, the read-only screen, and the clipboard's bytes.
@Suite("Views: picker, export dialog, read-only screen, OSC 52")
@MainActor
struct ViewsDrawingTests {
    static let size = TerminalSize(width: 80, height: 24)
    static let people = (0..<30).map { Fixture.person($0, status: $0 % 3 == 0 ? .terminated : .active) }

    static let profiles = ProfileList(
        profiles: [
            PortalProfile(name: "lab", url: "https://lab.example.org", readOnly: true),
            PortalProfile(name: "work", url: "https://work.example.com"),
            PortalProfile(
                name: "a-profile-with-a-name-far-too-long-for-any-column-会社の本番",
                url: "https://very-long-host-name-of-a-portal.example.onlyoffice.com/with/a/path"),
        ], current: "work")

    static func withProfiles(readOnly: Bool = false) -> Fixture {
        var fixture = Fixture(people: people, size: size, readOnly: readOnly, portal: "work (work.example.com)")
        fixture.state.profiles = profiles
        return fixture
    }

    @Test("The profile picker at 80×24: names, addresses, read-only flags, the one in use, the keys")
    func picker() {
        var fixture = Self.withProfiles()
        fixture.press(.char("P"))
        let screen = fixture.render()
        if ProcessInfo.processInfo.environment["DUMP_SCREENS"] == "1" { print(screen.text) }
        #expect(screen.find("Switch portal (profiles)") != nil)
        #expect(screen.find("Now on: work (work.example.com)") != nil)
        let lab = screen.find("lab  https://lab.example.org  read-only")
        let work = screen.find("● work  https://work.example.com")
        #expect(lab != nil)
        #expect(work != nil)
        #expect(screen.find("▸ ● work") != nil, "the cursor starts on the profile in use")
        #expect(screen.find("Enter switches") != nil)
        // A long name is cut, and nothing spills over the box's right border.
        #expect(screen.find("a-profile-with-a-na…  https://very-long-host") != nil)
        for line in screen.lines { #expect(TerminalText.width(line) == 80) }
        // While it signs in, and after a failure.
        fixture.press(.up, .enter)
        #expect(fixture.render().find("Signing in to lab…") != nil)
        if case .profilePicker(var picker) = fixture.state.dialog {
            picker.switching = nil
            picker.problem =
                "Could not switch to lab: not signed in to lab (lab.example.org); still on work (work.example.com)"
            fixture.state.dialog = .profilePicker(picker)
        }
        let failed = fixture.render()
        #expect(failed.find("Could not switch to lab") != nil)
        #expect(failed.find("Enter switches") != nil, "the keys stay visible under a long reason")
    }

    @Test("--demo: the picker names the one demo portal and says why there is nothing else")
    func demoPicker() {
        var fixture = Fixture(people: Self.people, size: Self.size, portal: "demo (127.0.0.1:41234)")
        fixture.state.profiles = ProfileList(
            profiles: [PortalProfile(name: "demo", url: "http://127.0.0.1:41234")], current: "demo",
            note:
                "--demo has one portal, the built-in stand-in: profiles come from the config file when started without --demo."
        )
        fixture.press(.char("P"))
        let screen = fixture.render()
        #expect(screen.find("● demo  http://127.0.0.1:41234") != nil)
        #expect(screen.text.contains("--demo has one portal"))
    }

    @Test("The export dialog at 80×24: the view, the format, the file, then the progress and Esc")
    func exportDialog() {
        var fixture = Self.withProfiles()
        fixture.state.wallClock = WallClock(epochAtZero: 1_795_936_500)
        fixture.press(.char("f"))
        fixture.press(.char("e"))
        let screen = fixture.render()
        if ProcessInfo.processInfo.environment["DUMP_SCREENS"] == "1" { print(screen.text) }
        #expect(screen.find("Export the view") != nil)
        #expect(screen.find("Status: Active") != nil)
        #expect(screen.find("[CSV]  JSON") != nil)
        #expect(screen.find("File:    docspace-people-work-20261129-071500.csv") != nil)
        #expect(screen.text.contains("never replaced"))
        #expect(screen.find("Enter exports") != nil)
        fixture.press(.tab)
        #expect(fixture.render().find("CSV  [JSON]") != nil)
        // A long path shows its end, where the typing happens.
        fixture.press(.control("u"))
        let long = "/home/admin/exports/" + String(repeating: "quarterly-", count: 10) + "people.json"
        for c in long { fixture.press(.character(c)) }
        let typed = fixture.render()
        #expect(typed.find("…") != nil)
        #expect(typed.showsCursor(after: "people.json"))
        for line in typed.lines { #expect(TerminalText.width(line) == 80) }

        fixture.press(.enter)
        guard case .export(let form) = fixture.state.dialog, case .fetching(let id, _, _) = form.phase else {
            Issue.record("not fetching")
            return
        }
        #expect(fixture.render().find("Asking for the first page…") != nil)
        fixture.send(.exportProgress(id, fetched: 1_200, total: 3_000))
        let progress = fixture.render()
        #expect(progress.find("1,200 of 3,000 people") != nil)
        #expect(progress.find("Esc stops") != nil)
        #expect(progress.find("█") != nil && progress.find("░") != nil)
    }

    @Test("The status line names the portal and the read-only badge; W's question names the portal")
    func statusLineAndReadWriteDialog() {
        var fixture = Self.withProfiles(readOnly: true)
        let screen = fixture.render()
        #expect(screen.line(23).contains("READ-ONLY"))
        #expect(screen.line(23).contains("work (work.example.com)"))
        fixture.press(.char("W"))
        let asked = fixture.render()
        #expect(asked.find("Allow changes?") != nil)
        #expect(asked.find("work (work.example.com)") != nil)
        #expect(asked.find("[y] Yes, allow changes") != nil)
    }

    @Test(
        "Read-only: neither the action bar nor the help shows a key that changes data",
        arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 240, height: 60)])
    func readOnlyBarAndHelp(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size, readOnly: true)
        // Marked people of every status, so that every change would apply to someone.
        fixture.press(.char(" "), .char(" "), .char(" "), .char(" "))
        let dangerous = KeyTable.standard.bindings.filter(\.isDangerous)
        #expect(!dangerous.isEmpty)
        let bar = fixture.render().line(size.height - 2)
        for binding in dangerous {
            if let label = binding.barLabel { #expect(!bar.contains(label), "\(label) in the bar: \(bar)") }
        }
        let help = HelpOverlay.lines(for: fixture.state.keys, readOnly: true)
        for binding in dangerous {
            #expect(!help.contains { $0.help.hasPrefix(binding.help) }, "\(binding.action) in the help")
        }
        #expect(!help.contains { $0.help.contains("[changes data]") })
        // The drawn overlay too, scrolled all the way.
        fixture.press(.char("?"))
        var seen = ""
        for _ in 0..<20 {
            seen += fixture.render().text
            fixture.press(.pageDown)
        }
        #expect(!seen.contains("[changes data]"))
        #expect(seen.contains("Read-only session"))
        // The same session read-write does show them (the check above can fail).
        var writable = Fixture(people: Self.people, size: size)
        writable.press(.char(" "), .char(" "))
        #expect(
            HelpOverlay.lines(for: writable.state.keys, readOnly: false).contains { $0.help.contains("[changes data]") }
        )
    }

    // MARK: OSC 52

    @Test("OSC 52 carries the text in base64: control characters in it cannot end the sequence")
    func osc52() throws {
        let hostile = "a@b.c\u{1B}]0;pwned\u{07}\u{1B}\\\u{9C}\n"
        let bytes = ClipboardSequence.osc52(hostile)
        #expect(Array(bytes.prefix(7)) == Array("\u{1B}]52;c;".utf8))
        #expect(bytes.last == 0x07)
        let payload = bytes.dropFirst(7).dropLast()
        #expect(payload.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "only base64 between the start and the BEL")
        #expect(!payload.contains(0x1B) && !payload.contains(0x07))
        let decoded = try #require(Data(base64Encoded: Data(payload)))
        #expect(String(decoding: decoded, as: UTF8.self) == hostile)
    }

    @Test(
        "Text with a control character never reaches the clipboard: no bytes, nothing written",
        arguments: ["a@b.c\n", "a@b.c\u{1B}[201~echo pwned", "a\u{9B}201~", "a\u{7F}", "a\u{85}", "a\tb", "a\u{2029}"])
    func clipboardRefusesControlCharacters(text: String) throws {
        #expect(ClipboardSequence.bytes(text, insideTmux: false) == nil)
        #expect(ClipboardSequence.bytes(text, insideTmux: true) == nil)
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        #expect(!ClipboardSequence.write(text, to: fds[1], insideTmux: true))
        close(fds[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        #expect(read(fds[0], &buffer, buffer.count) == 0, "nothing was written")
        #expect(ClipboardSequence.bytes("a@b.c ö 李", insideTmux: false) != nil, "control: plain text goes")
    }

    @Test("Inside tmux: the plain OSC 52 (set-clipboard on) and the same in DCS passthrough (allow-passthrough on)")
    func osc52InTmux() throws {
        let plain = ClipboardSequence.osc52("p1@example.com")
        let bytes = try #require(ClipboardSequence.bytes("p1@example.com", insideTmux: true))
        #expect(Array(bytes.prefix(plain.count)) == plain)
        let wrapped = Array(bytes.dropFirst(plain.count))
        #expect(Array(wrapped.prefix(7)) == Array("\u{1B}Ptmux;".utf8))
        #expect(Array(wrapped.suffix(2)) == [0x1B, UInt8(ascii: "\\")])
        // Inside the passthrough every ESC is doubled, so tmux does not take it as the end.
        let inner = Array(wrapped.dropFirst(7).dropLast(2))
        #expect(inner == [0x1B] + plain.flatMap { $0 == 0x1B ? [0x1B, 0x1B] : [$0] }.dropFirst())
        #expect(inner.prefix(2) == [0x1B, 0x1B])
    }

    @Test("The OSC 52 bytes reach the terminal: written to a pty and read on its other side")
    func osc52OnAPty() throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        #expect(openpty(&master, &slave, nil, nil, nil) == 0)
        defer {
            close(master)
            close(slave)
        }
        // Raw output: the pty must not rewrite any byte on its way.
        var attributes = termios()
        tcgetattr(slave, &attributes)
        cfmakeraw(&attributes)
        tcsetattr(slave, TCSANOW, &attributes)
        let text = "kim.minjun@example.org"
        ClipboardSequence.write(text, to: slave, insideTmux: true)
        let expected = try #require(ClipboardSequence.bytes(text, insideTmux: true))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let deadline = Date().addingTimeInterval(10)
        while received.count < expected.count && Date() < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 1_000) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n > 0 { received += buffer[0..<n] }
        }
        #expect(received == expected)
        #expect(
            String(decoding: received, as: UTF8.self).contains(
                "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"))
    }
}

/// The views through the real loop on a terminal in memory: the clipboard effect reaches the
/// terminal with the raw text, and W's question is answered by y only.
@Suite("Views in the real terminal loop")
@MainActor
struct ViewsLoopTests {
    @Test("c and C hand the selected e-mail and id to the terminal's clipboard; W asks, y answers")
    func copyAndReadWrite() async throws {
        let terminal = FakeTerminal()
        let portal = HeldPortal((0..<40).map { Fixture.person($0) })
        let loop = TerminalLoop(
            device: terminal, client: HeldClient(portal: portal),
            session: Session(portal: "portal.example.com", me: Fixture.owner, readOnly: true),
            reauthenticate: nil, timeZone: TimeZone(identifier: "UTC")!)
        let run = Task { await loop.run() }
        try await terminal.waitUntil("the first page") { terminal.memory.text.contains("1–20 of 40") }
        terminal.press(.down)
        terminal.press(.char("c"))
        try await terminal.waitUntil("the copy") { terminal.clipboard == ["p1@example.com"] }
        #expect(terminal.memory.line(23).contains("Copied e-mail of Person 1"))
        terminal.press(.char("C"))
        try await terminal.waitUntil("the id") { terminal.clipboard == ["p1@example.com", "id-1"] }
        #expect(terminal.memory.line(23).contains("READ-ONLY"))
        terminal.press(.char("W"), .char("W"), .char("t"))
        try await terminal.waitUntil("the question") { terminal.memory.text.contains("Allow changes?") }
        terminal.press(.char("y"))
        try await terminal.waitUntil("read-write") { !terminal.memory.line(23).contains("READ-ONLY") }
        #expect(terminal.memory.text.contains("t terminate"))
        terminal.press(.char("q"))
        #expect(await run.value == .quit)
    }
}
