import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The add form, the invite dialog, the resend confirmation and the results, drawn.
@Suite("Forms drawn through the in-memory screen")
@MainActor
struct FormDrawingTests {
    nonisolated static let people: [Person] = (0..<40).map { Fixture.person($0) }
    nonisolated static let size = TerminalSize(width: 80, height: 24)
    nonisolated static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 15),
        TerminalSize(width: 120, height: 40),
    ]
    static let secret = "Sup3r-s3cret-pw"

    func expectRowsFit(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            let width = screen.cells[y].reduce(0) { $0 + ($1.glyph.isEmpty ? 0 : TerminalText.width($1.glyph)) }
            #expect(width == screen.size.width, "row \(y) is \(width) cells: \(screen.line(y))")
        }
    }

    func expectNoControls(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            for scalar in screen.line(y).unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "row \(y) holds a control")
            }
        }
    }

    func type(_ text: String, into fixture: inout Fixture) {
        for c in text { fixture.press(.character(c)) }
    }

    func inFlightID(_ fixture: Fixture, _ pick: (RequestPurpose) -> Bool) -> RequestID? {
        fixture.state.inFlight.first { pick($0.value) }?.key
    }

    @Test("The empty add form fits, with every field, the request and the keys", arguments: sizes)
    func emptyForm(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        fixture.press(.char("n"))
        let screen = fixture.render()
        #expect(screen.text.contains("Add a person"))
        for label in ["› First name", "Last name", "E-mail", "Type", "Password"] {
            #expect(screen.text.contains(label), "\(label) at \(size)")
        }
        #expect(screen.text.contains("[User]"))
        #expect(screen.text.contains("Ctrl-S add"))
        #expect(screen.text.contains("Esc cancel"))
        if size.height >= 24 {
            #expect(screen.line(size.height - 2).contains("Esc cancel"), "the action bar")
            #expect(screen.text.contains("(none: the portal generates one)"))
            #expect(screen.text.contains("Request: POST /api/2.0/people"))
            #expect(screen.text.contains("Portal:  portal.example.com"))
        }
        expectRowsFit(screen)
        expectNoControls(screen)
    }

    @Test("The password is never drawn, nor its length: a fixed \"(set)\"")
    func password() {
        var fixture = Fixture(people: Self.people, size: Self.size)
        fixture.press(.char("n"), .backTab)
        type(Self.secret, into: &fixture)
        var screen = fixture.render()
        #expect(!screen.text.contains(Self.secret))
        #expect(!screen.text.contains("•"))
        #expect(screen.text.contains("› Password    (set)"))
        fixture.press(.tab)
        screen = fixture.render()
        #expect(screen.text.contains("Password    (set)"))
        #expect(!screen.text.contains(Self.secret))
    }

    @Test("Errors show under their fields; the focused field and the keys stay visible", arguments: sizes)
    func errors(_ size: TerminalSize) throws {
        var fixture = Fixture(people: Self.people, size: size)
        fixture.press(.char("n"))
        type("Jane7", into: &fixture)
        fixture.press(.tab, .tab)
        type("jane@example.com", into: &fixture)
        fixture.press(.tab, .tab)
        type("short", into: &fixture)
        fixture.press(.control("s"))
        var screen = fixture.render()
        #expect(screen.find("› First name  Jane7") != nil, "the focus went to the first bad field")
        #expect(screen.text.contains("✗ Letters, spaces, ' and - only"))
        if size.height >= 24 { #expect(screen.text.contains("✗ At least 8 characters")) }
        #expect(screen.text.contains("Ctrl-S add"))
        expectRowsFit(screen)

        // A server error on the e-mail field, with everything typed kept.
        fixture.press(.backspace)
        fixture.press(.down, .down, .down, .down)  // to the password
        fixture.press(.control("u"))
        fixture.press(.control("s"))
        let id = try #require(inFlightID(fixture) { if case .create = $0 { true } else { false } })
        fixture.send(
            .response(
                id, .failure(.badRequest(message: "User with this email is already registered", fieldErrors: [:]))))
        screen = fixture.render()
        #expect(screen.find("› E-mail      jane@example.com") != nil)
        #expect(screen.text.contains("✗ User with this email is already"))
        // Where the message wraps, its next row starts under its first word, not at the edge.
        if let mark = screen.find("✗ User with"), !screen.line(mark.y).contains("registered"),
            let rest = screen.find("registered")
        {
            #expect(rest.y == mark.y + 1 && rest.x == mark.x + 2, "\(screen.text)")
        }
        #expect(screen.text.contains("First name  Jane"))
        expectRowsFit(screen)
    }

    @Test("A long or wide name shows its end, cut with …, inside the box")
    func longValues() {
        var fixture = Fixture(people: Self.people, size: Self.size)
        fixture.press(.char("n"))
        type(String(repeating: "李", count: 60) + "END", into: &fixture)
        let screen = fixture.render()
        let row = screen.find("› First name")!.y
        #expect(screen.line(row).contains("…"))
        #expect(screen.showsCursor(after: "李END"))
        expectRowsFit(screen)
    }

    @Test("Esc with text: the discard question replaces the keys")
    func discard() {
        var fixture = Fixture(people: Self.people, size: Self.size)
        fixture.press(.char("n"), .char("J"), .escape)
        let screen = fixture.render()
        #expect(screen.text.contains("Discard what you typed?  [y] Discard   [N] Keep editing"))
        #expect(screen.line(22).contains("y/Y discard"))
    }

    @Test(
        "The invite dialog: the last lines of a long paste, the count, the bad ones named, the type", arguments: sizes)
    func invite(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        fixture.press(.char("i"))
        for n in 0..<12 {
            type(n == 4 ? "broken@" : "person\(n)@example.com", into: &fixture)
            fixture.press(.enter)
        }
        type("last@example.org", into: &fixture)
        let screen = fixture.render()
        #expect(screen.text.contains("Invite people"))
        #expect(screen.text.contains("lines above"))
        #expect(screen.showsCursor(after: "last@example.org"))
        #expect(screen.text.contains("13 addresses, 1 not valid"))
        #expect(screen.text.contains("[User]"))
        if size.height >= 24 {
            #expect(screen.text.contains("✗ broken@: Nothing after the @"))
            #expect(screen.text.contains("Request: POST /api/2.0/people/invite"))
        }
        #expect(screen.text.contains("Ctrl-S invite"))
        expectRowsFit(screen)
        expectNoControls(screen)
    }

    @Test("The per-address results: done, skipped and refused, with the server's words")
    func results() throws {
        var fixture = Fixture(people: Self.people, size: Self.size)
        fixture.press(.char("i"))
        type("new@example.com p1@example.com", into: &fixture)
        fixture.press(.control("s"))
        let lookup = try #require(inFlightID(fixture) { if case .inviteLookup = $0 { true } else { false } })
        fixture.send(
            .response(
                lookup,
                .emailLookups([
                    .missing(email: "new@example.com"),
                    .found(email: "p1@example.com", Fixture.person(1)),
                ])))
        let invite = try #require(inFlightID(fixture) { if case .invite = $0 { true } else { false } })
        fixture.send(.response(invite, .invited([PersonSummary(id: "n", displayName: "new@example.com")])))
        let screen = fixture.render()
        #expect(screen.text.contains("Results: Invite as User"))
        #expect(screen.text.contains("✓ done     new@example.com: invited as User (pending)"))
        #expect(screen.text.contains("– skipped  Person 1 <p1@example.com>: already a member (Active, User)"))
        #expect(screen.text.contains("1 done · 1 skipped"))
        #expect(!screen.text.contains("failed"), "an outcome that did not happen is not counted")
        // The bar offers only what these results do: close (no "save CSV" that would not save).
        let bar = screen.line(Self.size.height - 2)
        #expect(bar.contains("close"), "\(bar)")
        #expect(!bar.contains("save"), "\(bar)")
        fixture.press(.char("s"))
        #expect(fixture.state.results.savePath == nil)
        fixture.press(.escape)
        #expect(fixture.state.dialog == nil)
        expectRowsFit(screen)
    }

    @Test("The resend confirmation names who, how many, the portal and the request")
    func resend() {
        var people = Self.people
        people[0] = Person(
            id: "inv", displayName: "inv@example.com", email: "inv@example.com", status: .pending,
            activationStatus: .pending, isCollaborator: true)
        var fixture = Fixture(people: people, size: Self.size)
        fixture.press(.char(" "), .char(" "), .char("I"))
        let screen = fixture.render()
        #expect(screen.text.contains("Resend the invitation to 1 person?"))
        #expect(screen.text.contains("• inv@example.com"))
        #expect(screen.text.contains("Request: PUT /api/2.0/people/invite"))
        #expect(screen.text.contains("1 left out: Person 1 (not pending"))
        #expect(screen.text.contains("[y] Yes     [N] No"))
        expectRowsFit(screen)
    }
}
