import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// Text a profile can carry that must never reach the terminal as it is.
struct HostilePayload: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    /// What must be visible in its place (a placeholder), if anything in particular.
    var placeholder: String?

    var testDescription: String { name }

    static let all: [HostilePayload] = [
        HostilePayload(name: "OSC title", text: "\u{1B}]0;pwned\u{07}", placeholder: "␛]0;pwned␇"),
        HostilePayload(name: "OSC 52 clipboard", text: "\u{1B}]52;c;cHduZWQ=\u{07}", placeholder: "␛]52;c;"),
        HostilePayload(name: "DCS", text: "\u{1B}P+q544e\u{1B}\\", placeholder: "␛P+q544e␛\\"),
        HostilePayload(name: "CSI clear screen", text: "\u{1B}[2J\u{1B}[H", placeholder: "␛[2J␛[H"),
        HostilePayload(name: "C1 CSI", text: "\u{9B}31mred\u{9C}", placeholder: "\u{FFFD}31mred\u{FFFD}"),
        HostilePayload(name: "C0 controls", text: "a\u{01}b\u{08}c\u{0D}d\u{0A}e\u{7F}", placeholder: "a␁b␈c␍d␊e␡"),
        HostilePayload(
            name: "bidi override", text: "admin\u{202E}gpj.exe\u{202C}", placeholder: "admin\u{FFFD}gpj.exe\u{FFFD}"),
        HostilePayload(
            name: "bidi isolates", text: "\u{2066}x\u{2069}\u{2067}y\u{2068}", placeholder: "\u{FFFD}x\u{FFFD}"),
        HostilePayload(
            name: "zero-width", text: "ad\u{200B}min\u{FEFF}\u{2060}", placeholder: "ad\u{FFFD}min\u{FFFD}\u{FFFD}"),
        HostilePayload(
            name: "combining pile", text: "\u{0301}Zalgo" + String(repeating: "\u{0336}", count: 40),
            placeholder: "◌\u{0301}Zalg"),
        HostilePayload(
            name: "invalid UTF-8 as decoded", text: "bad\u{FFFD}\u{FFFD}bytes", placeholder: "bad\u{FFFD}\u{FFFD}bytes"),
        HostilePayload(
            name: "raw bytes as \\u escapes", text: "\u{00FF}\u{00FE}\u{0080}\u{0085}\u{009F}",
            placeholder: "ÿþ\u{FFFD}\u{FFFD}\u{FFFD}"),
        HostilePayload(name: "line separators", text: "one\u{2028}two\u{2029}three", placeholder: "one␤two␤three"),
        HostilePayload(name: "10 KB", text: String(repeating: "A\u{1B}[31m李", count: 1_500), placeholder: "A␛[31m李"),
    ]

    /// A person whose every text field carries the payload.
    func person(_ n: Int, status: EmployeeStatus = .active) -> Person {
        var person = Fixture.person(n, name: text + " H\(n)", email: "\(text)h\(n)@example.com", status: status)
        person.firstName = text
        person.lastName = text
        person.userName = text
        person.department = text
        person.location = text
        person.notes = text + "\n" + text
        person.mobilePhone = text
        person.groups = [PersonGroup(id: "g1", name: "Group " + text, manager: text)]
        person.contacts = [Contact(type: text, value: text)]
        return person
    }
}

@Suite("Hostile text at the drawing layer: list, detail, dialogs, status line")
@MainActor
struct HostileTextTests {
    nonisolated static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 132, height: 40)]

    /// Nothing on screen that a terminal would act on: no C0, DEL, C1, bidi control or
    /// invisible format character in any cell.
    static func expectInert(_ screen: InMemoryScreen, _ context: String) {
        for y in 0..<screen.size.height {
            for scalar in screen.line(y).unicodeScalars {
                let v = scalar.value
                let control = v < 0x20 || (0x7F...0x9F).contains(v)
                let format = scalar.properties.generalCategory == .format
                #expect(!control && !format, "\(context): row \(y) holds U+\(String(v, radix: 16, uppercase: true))")
            }
        }
    }

    /// Every row is exactly the screen's width, in cells.
    static func expectAligned(_ screen: InMemoryScreen, _ context: String) {
        for y in 0..<screen.size.height {
            let width = screen.cells[y].reduce(0) { $0 + ($1.glyph.isEmpty ? 0 : TerminalText.width($1.glyph)) }
            #expect(width == screen.size.width, "\(context): row \(y) is \(width) cells wide: \(screen.line(y))")
        }
    }

    static func fixture(_ payload: HostilePayload, size: TerminalSize) -> Fixture {
        var people = (0..<40).map { Fixture.person($0) }
        people[1] = payload.person(1)
        people[2] = payload.person(2, status: .terminated)
        people[3] = payload.person(3, status: .terminated)
        return Fixture(people: people, size: size)
    }

    @Test(
        "The list: rows inert, aligned, the status column in place, placeholders visible",
        arguments: HostilePayload.all, sizes)
    func list(_ payload: HostilePayload, _ size: TerminalSize) throws {
        var fixture = Self.fixture(payload, size: size)
        fixture.press(.down)  // the hostile person is selected (and in the detail when wide)
        let screen = fixture.render()
        Self.expectInert(screen, "list")
        Self.expectAligned(screen, "list")
        // The status column starts at the same cell on every row, hostile or not.
        let statusColumns = Set(
            (2..<6).compactMap { y -> Int? in
                let row = screen.cells[y]
                return row.firstIndex { ["●", "⊘"].contains($0.glyph) }
            })
        #expect(statusColumns.count == 1, "status column moved: \(statusColumns)")
        if let placeholder = payload.placeholder {
            let shown = TerminalText.truncated(placeholder, toWidth: 6, ellipsis: "")
            #expect(screen.text.contains(shown), "placeholder \(shown) not visible")
        }
    }

    @Test("The detail: every field inert and wrapped inside the pane", arguments: HostilePayload.all)
    func detail(_ payload: HostilePayload) throws {
        var fixture = Self.fixture(payload, size: TerminalSize(width: 132, height: 40))
        fixture.press(.down, .enter)
        // Page through the whole detail: every page inert and aligned, every field reached.
        var seen = ""
        for page in 0..<12 {
            let view = AppView(state: fixture.state, timeZone: TimeZone(identifier: "UTC")!)
            if let lines = view.detailLineCount { fixture.send(.detailMeasured(lines: lines)) }
            let screen = fixture.render()
            Self.expectInert(screen, "detail page \(page)")
            Self.expectAligned(screen, "detail page \(page)")
            seen += screen.text
            if !screen.text.contains("↓ more") { break }
            fixture.press(.pageDown)
        }
        for label in ["Department", "Groups", "Location", "Notes", "Phone", "Contact", "User name", "ID"] {
            #expect(seen.contains(label), "\(label) never shown")
        }
        if let placeholder = payload.placeholder {
            #expect(seen.contains(TerminalText.truncated(placeholder, toWidth: 6, ellipsis: "")))
        }
    }

    @Test("The confirmation dialog names hostile people harmlessly", arguments: HostilePayload.all)
    func confirmation(_ payload: HostilePayload) throws {
        var fixture = Self.fixture(payload, size: TerminalSize(width: 80, height: 24))
        fixture.press(.down, .down, .char(" "), .char(" "), .char("d"))
        guard case .confirm = fixture.state.dialog else {
            Issue.record("no dialog")
            return
        }
        let screen = fixture.render()
        Self.expectInert(screen, "dialog")
        Self.expectAligned(screen, "dialog")
        #expect(screen.find("Delete 2 people?") != nil)
        #expect(screen.find("Type DELETE") != nil, "the dialog's own text stays on screen")
    }

    @Test(
        "The results dialog and the status line: hostile names and the server's hostile message",
        arguments: HostilePayload.all)
    func resultsAndStatus(_ payload: HostilePayload) throws {
        var fixture = Self.fixture(payload, size: TerminalSize(width: 80, height: 24))
        fixture.press(.down, .char(" "), .char(" "))
        let targets = fixture.state.marks
        var report = ActionReport(
            kind: .terminate, done: [targets[0]],
            failed: [
                SkippedTarget(
                    person: targets[1],
                    reason: DocSpaceError.forbidden(message: payload.text).description)
            ])
        fixture.state.dialog = .report(report)
        fixture.state.message = StatusMessage(report.summary + " " + payload.text, level: .error, expiresAt: 100)
        var screen = fixture.render()
        Self.expectInert(screen, "results")
        Self.expectAligned(screen, "results")
        #expect(screen.find("Results:") != nil)
        // The status line alone, with a hostile failure from the server.
        report.failed = []
        fixture.state.dialog = nil
        fixture.state.message = StatusMessage(
            "Could not load people: " + DocSpaceError.server(status: 500, message: payload.text).description,
            level: .error, expiresAt: 100)
        screen = fixture.render()
        Self.expectInert(screen, "status line")
        Self.expectAligned(screen, "status line")
        #expect(screen.line(23).contains("Could not load people"))
    }

    @Test(
        "The sign-in dialog and the status line with a hostile signed-in admin and portal",
        arguments: HostilePayload.all)
    func signInAndSession(_ payload: HostilePayload) throws {
        var fixture = Self.fixture(payload, size: TerminalSize(width: 80, height: 24))
        fixture.state.session.me.displayName = payload.text
        fixture.state.session.portal = "portal" + payload.text
        fixture.state.dialog = .signIn(
            SignInPrompt(
                email: payload.text, canSignIn: true,
                reason: DocSpaceError.unauthorized(message: payload.text).description))
        let screen = fixture.render()
        Self.expectInert(screen, "sign-in")
        Self.expectAligned(screen, "sign-in")
        #expect(screen.find("Sign in again (401)") != nil)
        #expect(screen.find("Password:") != nil)
    }

    @Test("A hostile search text and command line stay inert")
    func typedText() throws {
        var fixture = Self.fixture(HostilePayload.all[0], size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("/"))
        for c in "\u{1B}]0;x\u{07}\u{202E}" { fixture.press(.character(c)) }
        var screen = fixture.render()
        Self.expectInert(screen, "search field")
        Self.expectAligned(screen, "search field")
        fixture.press(.enter)
        screen = fixture.render()
        Self.expectInert(screen, "title with the search")
        Self.expectAligned(screen, "title with the search")
    }
}
