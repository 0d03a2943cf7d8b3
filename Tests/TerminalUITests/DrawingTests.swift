import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing through the in-memory screen")
@MainActor
struct DrawingTests {
    nonisolated static let people: [Person] = {
        var people = (0..<150).map { Fixture.person($0) }
        people[1] = Fixture.person(1, name: "李小龙 Bruce Lee", email: "bruce@例子.公司")
        people[2] = Fixture.person(2, name: "Zoë Ålund 🙂", status: .pending)
        people[3] = Fixture.person(
            3, name: "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}evil", email: "eve@x.com\u{9B}1m",
            status: .terminated)
        people[4] = Fixture.person(4, name: "José\u{0301} Combining", status: .terminated)
        return people
    }()

    nonisolated static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40),
        TerminalSize(width: 60, height: 15),
    ]

    /// Every row is exactly as wide as the screen, counted in cells.
    func expectRowsFit(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            let width = screen.cells[y].reduce(0) { $0 + ($1.glyph.isEmpty ? 0 : TerminalText.width($1.glyph)) }
            #expect(width == screen.size.width, "row \(y) is \(width) cells: \(screen.line(y))")
        }
    }

    /// No cell holds a control character or a bidi override.
    func expectNoControls(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            for scalar in screen.line(y).unicodeScalars {
                #expect(
                    !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                        || (0x202A...0x202E).contains(scalar.value)),
                    "row \(y) holds U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("The list at every size: title, header, rows, action bar, status line", arguments: sizes)
    func listAtSize(_ size: TerminalSize) {
        let fixture = Fixture(people: Self.people, size: size)
        let screen = fixture.render()
        #expect(screen.line(0).contains("DocSpace People"))
        #expect(screen.line(0).contains("of 150"))
        #expect(screen.find("Name ↑") != nil)
        #expect(screen.find("Status") != nil)
        #expect(screen.find("Person 0") != nil)
        #expect(screen.find("● Active") != nil)
        #expect(screen.find("◌ Pending") != nil)
        #expect(screen.find("⊘ Disabled") != nil)
        let status = screen.line(size.height - 1)
        #expect(status.contains("portal.example.com"))
        #expect(status.contains("Olga Owner"))
        let bar = screen.line(size.height - 2)
        #expect(bar.contains("t terminate"))
        #expect(bar.contains("? help"))
        #expect(bar.contains("q quit"))
        expectRowsFit(screen)
        expectNoControls(screen)
        // The cursor row is highlighted.
        #expect(screen.line(2).contains("Person 0"))
        #expect(screen.style(y: 2, x: 2).reverse)
        #expect(!screen.style(y: 3, x: 2).reverse)
    }

    @Test("80×24 shows the detail in place of the list; 120×40 side by side; 100×40 below")
    func layouts() {
        var narrow = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        #expect(narrow.render().find("Detail:") == nil)
        narrow.press(.enter)
        let detail = narrow.render()
        #expect(detail.find("Detail: Person 0") != nil)
        #expect(detail.find("E-mail") != nil)
        #expect(detail.find("Name ↑") == nil)

        let wide = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40)).render()
        let name = wide.find("Name ↑")!
        let heading = wide.find("Detail: Person 0")!
        #expect(name.y == heading.y)
        #expect(heading.x > name.x + 50)

        let tall = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 40)).render()
        #expect(tall.find("Detail: Person 0")!.y > tall.find("Name ↑")!.y + 5)
    }

    @Test(
        "Below 60×15 the screen says so",
        arguments: [
            TerminalSize(width: 59, height: 15), TerminalSize(width: 80, height: 14),
            TerminalSize(width: 30, height: 5),
        ])
    func tooSmall(_ size: TerminalSize) {
        let screen = Fixture(people: Self.people, size: size).render()
        #expect(screen.text.contains("terminal too small") || size.width < 40)
        #expect(screen.text.contains("terminal too small (need 60×15)") || size.width < 35)
        #expect(screen.find("Name") == nil)
        expectRowsFit(screen)
    }

    @Test("Wide characters keep the columns aligned, and hostile text is drawn harmless", arguments: sizes)
    func wideAndHostile(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        let screen = fixture.render()
        expectRowsFit(screen)
        expectNoControls(screen)
        #expect(screen.find("␛[2J") != nil)
        // The status column starts at the same cell on every row, wide names or not.
        let columns = (1...4).compactMap { i -> Int? in
            let y = screen.find(i == 1 ? "李小龙" : i == 2 ? "Zoë" : i == 3 ? "Eve" : "Jos")!.y
            return screen.cells[y].indices.first { x in
                let glyph = screen.cells[y][x].glyph
                return glyph == "●" || glyph == "◌" || glyph == "⊘"
            }
        }
        #expect(columns.count == 4)
        #expect(Set(columns).count == 1)
        // The detail of the hostile person is harmless too.
        fixture.press(.down, .down, .down, .enter)
        let detail = fixture.render()
        expectRowsFit(detail)
        expectNoControls(detail)
        #expect(detail.find("␛]0;pwned␇") != nil)
    }

    @Test("Moving the cursor rewrites a few rows, not the whole screen")
    func cursorMoveIsCheap() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40))
        let screen = InMemoryScreen(size: fixture.state.size)
        let renderer = Renderer()
        let zone = TimeZone(identifier: "UTC")!
        renderer.draw(AppView(state: fixture.state, timeZone: zone).frame(), on: screen)
        let full = screen.cellsWritten
        #expect(full >= 120 * 40)
        screen.resetCounters()
        fixture.press(.down)
        renderer.draw(AppView(state: fixture.state, timeZone: zone).frame(), on: screen)
        // Two list rows and the detail pane's changed values, far less than a screen.
        #expect(screen.cellsWritten > 0)
        #expect(screen.cellsWritten < 120 * 40 / 4)
        // Nothing changed: nothing written.
        screen.resetCounters()
        renderer.draw(AppView(state: fixture.state, timeZone: zone).frame(), on: screen)
        #expect(screen.cellsWritten == 0)
        #expect(screen.refreshCount == 0)
        // The incremental screen equals a fresh full draw.
        #expect(screen.text == fixture.render().text)
    }

    @Test("The action bar says why an action does not apply")
    func actionBarReasons() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40))
        let active = fixture.render().line(38)
        #expect(active.contains("d delete: terminate first (t)"))
        fixture.press(.down, .down, .down)  // a disabled person
        let disabled = fixture.render().line(38)
        #expect(disabled.contains("t terminate: already disabled"))
        #expect(disabled.contains("d delete") && !disabled.contains("d delete:"))
    }

    @Test("The terminate dialog names the person, the portal and the request")
    func terminateDialog() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.press(.down, .char("t"))
        let screen = fixture.render()
        #expect(screen.text.contains("Terminate 1 person?"))
        #expect(screen.text.contains("李小龙 Bruce Lee <bruce@例子.公司>"))
        #expect(screen.text.contains("Portal:  portal.example.com"))
        #expect(screen.text.contains("Request: PUT /api/2.0/people/status/Terminated"))
        #expect(screen.text.contains("[y] Yes     [N] No"))
        #expect(screen.line(22).contains("y/Y yes"))
        expectRowsFit(screen)
    }

    @Test("The typed delete dialog shows what has been typed", arguments: sizes)
    func typedDialog(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        fixture.press(.down, .down, .down, .char(" "), .char(" "), .char("d"))
        fixture.press(.char("D"), .char("E"))
        let screen = fixture.render()
        #expect(screen.text.contains("Delete 2 people?"))
        #expect(screen.text.contains("Type DELETE and press Enter"))
        #expect(screen.showsCursor(after: "> DE"))
        expectRowsFit(screen)
        expectNoControls(screen)
    }

    @Test("The help overlay lists the keys from the key table; read-only hides dangerous ones")
    func helpOverlay() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40))
        fixture.press(.char("?"))
        let screen = fixture.render()
        #expect(screen.text.contains("Keys (↑↓ PgUp PgDn scroll · Esc closes)"))
        #expect(screen.text.contains("List and detail"))
        #expect(screen.text.contains("Terminate (disable)"))
        var readOnly = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40), readOnly: true)
        readOnly.press(.char("?"))
        let ro = readOnly.render()
        #expect(ro.text.contains("Read-only session"))
        #expect(!ro.text.contains("Terminate (disable)"))
        #expect(!ro.text.contains("[changes data]"))
    }

    @Test("Read-only: badge in the status line, no dangerous keys in the bar")
    func readOnlyBar() {
        let screen = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24), readOnly: true).render()
        #expect(screen.line(23).contains("READ-ONLY"))
        #expect(!screen.line(22).contains("terminate"))
        #expect(!screen.line(22).contains("delete"))
    }

    @Test("Busy: a spinner and loading seconds; messages fade")
    func statusLine() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        // A request that is never answered keeps the app busy.
        fixture.state.inFlight[RequestID(999)] = .detail(id: "x")
        fixture.state.busySince = 0
        // A wait shorter than the delay draws nothing: most answers come sooner.
        _ = update(&fixture.state, .tick(now: AppState.busyIndicatorDelay / 2))
        #expect(!StatusLine.spinner.contains { fixture.render().line(23).contains($0) })
        #expect(!fixture.render().line(23).contains("loading"))
        _ = update(&fixture.state, .tick(now: 3.2))
        let line = fixture.render().line(23)
        #expect(line.contains("loading 3 s"))
        #expect(StatusLine.spinner.contains { line.contains($0) })
        fixture.press(.char("f"))
        #expect(fixture.render().line(23).contains("Status: Active"))
    }

    @Test("The search field and the command line take the action bar's row")
    func fields() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("/"), .char("李"))
        var screen = fixture.render()
        #expect(screen.line(22).hasPrefix("/李"))
        #expect(screen.line(22).contains("Enter keep"))
        #expect(screen.line(0).contains("1 loaded match"))
        fixture.press(.escape, .char(":"), .char("s"), .char("o"))
        screen = fixture.render()
        #expect(screen.line(22).hasPrefix(":so"))
    }

    @Test("The detail shows every field the API gives, dates in local time")
    func detailFields() {
        var person = Fixture.person(7, name: "Ada Lovelace")
        person.userName = "ada"
        person.department = "Engines, Maths"
        person.groups = [
            PersonGroup(id: "g1", name: "Engines", manager: "Charles"), PersonGroup(id: "g2", name: "Maths"),
        ]
        person.location = "London"
        person.notes = "First line\nSecond \u{1B}[31mline"
        person.mobilePhone = "+44 20 0000"
        person.registrationDate = APIDate(
            text: "2026-03-02T17:05:11.0000000+03:00",
            date: Date(timeIntervalSince1970: 1_772_460_311))
        person.createdBy = PersonSummary(id: "owner", displayName: "Olga Owner")
        person.usedSpace = 12_900_000
        person.quotaLimit = 1_073_741_824
        person.isLDAP = true
        person.isSSO = true
        person.cultureName = "en-GB"
        person.activationStatus = .pending
        var fixture = Fixture(people: [person], size: TerminalSize(width: 120, height: 40))
        fixture.press(.enter)
        let text = fixture.render(timeZone: TimeZone(secondsFromGMT: 2 * 3600)!).text
        for expected in [
            "Name", "Ada Lovelace", "First name", "Last name", "E-mail", "p7@example.com", "User name", "ada",
            "Type", "User", "Status", "● Active", "Activation", "Added directly, e-mail not confirmed",
            "(no invitation to accept)",
            "Department", "Engines, Maths", "Groups", "Engines (manager: Charles), Maths",
            "Location", "London", "Phone", "+44 20 0000", "Registered", "2026-03-02 16:05 (UTC+02:00)",
            "Created by", "Olga Owner", "Storage", "12.3 MB used of 1.0 GB", "Sign-in", "LDAP, SSO",
            "Language", "en-GB", "Notes", "First line", "Second ␛[31mline", "ID", "id-7",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }
}
