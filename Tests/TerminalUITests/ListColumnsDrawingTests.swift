import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

@MainActor
@Suite("Drawing the list's chosen columns at 80, 120 and 40 cells")
struct ListColumnsDrawingTests {
    nonisolated static let inviter = PersonSummary(id: "inv", displayName: "Ivan Inviter")

    nonisolated static var people: [Person] {
        (0..<8).map { n in
            var person = Fixture.person(n)
            person.usedSpace = 1.2 * 1_073_741_824
            person.quotaLimit = 5 * 1_073_741_824
            person.createdBy = inviter
            person.registrationDate = APIDate(text: "2026-03-0\(n + 1)T17:05:11.0000000+03:00", date: nil)
            person.groups = [PersonGroup(id: "g-sales", name: "Sales")]
            return person
        }
    }

    func fixture(width: Int, columns: [ListColumn]) -> Fixture {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: width, height: 24))
        fixture.state.columns = columns
        return fixture
    }

    /// The list pane alone, `width` cells wide (narrower than any terminal the app accepts).
    func pane(width: Int, columns: [ListColumn]) -> InMemoryScreen {
        let state = fixture(width: 80, columns: columns).state
        var frame = Frame(size: TerminalSize(width: width, height: 6))
        ListPane(state: state).draw(into: &frame, in: Rect(x: 0, y: 0, width: width, height: 6))
        let screen = InMemoryScreen(size: frame.size)
        Renderer().draw(frame, on: screen)
        return screen
    }

    @Test("At 80 cells the standard set is today's: name, e-mail, type, status, no group")
    func standardAt80() throws {
        let screen = fixture(width: 80, columns: ListColumn.standard).render()
        let header = try #require(screen.find("Name ↑"))
        let line = screen.line(header.y)
        #expect(line.contains("E-mail") && line.contains("Type") && line.contains("Status"))
        #expect(!line.contains("Group"))
    }

    @Test("At 80 cells, storage and inviter chosen: storage is drawn as used / limit; the inviter gives way first")
    func storageAt80() throws {
        let screen = fixture(width: 80, columns: [.name, .email, .storage, .inviter, .status]).render()
        let header = try #require(screen.find("Name ↑"))
        let line = screen.line(header.y)
        #expect(line.contains("Storage") && line.contains("Status"))
        #expect(!line.contains("Invited by"), "name and e-mail keep 52%: \(line)")
        let row = try #require(screen.find("Person 1 "))
        #expect(screen.line(row.y).contains("1.2 GB / 5 GB"))
    }

    @Test("At 120 cells (list beside the detail, 66 wide) the chosen order is kept: registered before name")
    func orderAt120() throws {
        let screen = fixture(width: 120, columns: [.registered, .name, .email]).render()
        let header = try #require(screen.find("Registered"))
        let name = try #require(screen.find("Name ↑"))
        #expect(header.y == name.y && header.x < name.x)
        let row = try #require(screen.find("Person 2 "))
        #expect(screen.line(row.y).contains("2026-03-03"))
    }

    @Test("The name alone keeps half the share: beside the detail (66 wide) name, inviter and storage all show")
    func nameAloneAt120() throws {
        let screen = fixture(width: 120, columns: [.name, .inviter, .storage]).render()
        let header = try #require(screen.find("Name ↑"))
        let line = screen.line(header.y)
        #expect(line.contains("Invited by") && line.contains("Storage"), "\(line)")
        let row = try #require(screen.find("Person 1 "))
        #expect(screen.line(row.y).contains("Ivan Inviter") && screen.line(row.y).contains("1.2 GB / 5 GB"))
    }

    @Test("A 40-cell pane keeps name and e-mail: type gives way, status stays")
    func narrowPane() throws {
        let screen = pane(width: 40, columns: ListColumn.standard)
        let header = screen.line(0)
        #expect(header.contains("Name") && header.contains("E-mail") && header.contains("Status"))
        #expect(!header.contains("Type"), "\(header)")
        #expect(screen.find("Person 1") != nil)
        for y in 0..<6 { #expect(screen.line(y).count <= 40) }
    }

    @Test("The inviter column shows who invited; a person with none shows a dash")
    func inviterColumn() throws {
        var people = Self.people
        people[3].createdBy = nil
        var fixture = Fixture(people: people, size: TerminalSize(width: 200, height: 24))
        fixture.state.columns = [.name, .inviter]
        let screen = fixture.render()
        #expect(screen.line(try #require(screen.find("Person 2 ")).y).contains("Ivan Inviter"))
        let none = screen.line(try #require(screen.find("Person 3 ")).y)
        #expect(!none.contains("Ivan Inviter") && none.contains("—"))
    }

    @Test(
        "The last sign-in column: the day when read, \"none 180d\" when the kept history has none, a dash before any read"
    )
    func lastSignInColumn() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 200, height: 24))
        fixture.state.columns = [.name, .lastSignIn]
        let before = fixture.render()
        #expect(before.find("Signed in") != nil)
        #expect(before.line(try #require(before.find("Person 1 ")).y).contains("—"))
        let day = try #require(
            Calendar(identifier: .gregorian).date(
                from: DateComponents(timeZone: .current, year: 2026, month: 9, day: 1, hour: 12)))
        fixture.state.signIns.history = SignInHistory(
            keptDays: 180, lastByPerson: [Self.people[1].id: day])
        let after = fixture.render()
        #expect(after.line(try #require(after.find("Person 1 ")).y).contains("2026-09-01"))
        #expect(after.line(try #require(after.find("Person 2 ")).y).contains("none 180d"))
    }

    @Test(
        "The standard set shows the inviter in the Guests view and the last sign-in under the inactive filter where the group was; a chosen set stays as chosen"
    )
    func shownColumns() {
        #expect(
            ListColumn.shown(chosen: ListColumn.standard, guests: false, inactiveFilter: false) == ListColumn.standard)
        #expect(
            ListColumn.shown(chosen: ListColumn.standard, guests: true, inactiveFilter: false)
                == [.name, .email, .type, .inviter, .status])
        #expect(
            ListColumn.shown(chosen: ListColumn.standard, guests: true, inactiveFilter: true)
                == [.name, .email, .type, .inviter, .lastSignIn, .status])
        #expect(ListColumn.shown(chosen: [.name, .storage], guests: true, inactiveFilter: true) == [.name, .storage])
    }

    @Test("The Guests view at 200 cells shows the inviter column with the standard set")
    func guestsViewInviter() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 200, height: 24))
        fixture.state.filters.area = .guests
        let screen = fixture.render()
        let header = screen.line(try #require(screen.find("Name ↑")).y)
        #expect(header.contains("Invited by"), "\(header)")
        #expect(screen.line(try #require(screen.find("Person 2 ")).y).contains("Ivan Inviter"))
    }

    @Test("The column chooser: Space toggles, the chosen ones numbered in order; Enter applies, Esc cancels")
    func chooser() throws {
        var fixture = fixture(width: 80, columns: ListColumn.standard)
        fixture.press(.char("#"))
        var screen = fixture.render()
        #expect(screen.find("[1] Name") != nil && screen.find("[ ] Storage") != nil)
        // Down to storage (the sixth row) and on: it goes last.
        fixture.press(.down, .down, .down, .down, .down, .char(" "))
        screen = fixture.render()
        #expect(screen.find("[6] Storage") != nil)
        fixture.press(.escape)
        #expect(fixture.state.columns == ListColumn.standard)
        fixture.press(.char("#"), .down, .down, .down, .down, .down, .char(" "), .enter)
        #expect(fixture.state.columns == ListColumn.standard + [.storage])
    }
}
