import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing the Groups view, the group filter and the group column")
@MainActor
struct GroupsDrawingTests {
    nonisolated static let sales = PersonGroup(id: "g-sales", name: "Sales")
    nonisolated static let engineering = PersonGroup(id: "g-eng", name: "Engineering")
    nonisolated static let support = PersonGroup(id: "g-support", name: "Customer Support and Success")

    nonisolated static let people: [Person] = {
        var people = (0..<40).map { Fixture.person($0) }
        people[0].groups = [sales]
        people[1].groups = [sales, engineering, support]
        people[2].groups = [engineering]
        return people
    }()

    nonisolated static let groups: [Group] =
        [
            Group(id: "g-eng", name: "Engineering", head: people[2], memberCount: 2),
            Group(id: "g-sales", name: "Sales", head: people[0], memberCount: 1_234),
            Group(id: "g-support", name: "Customer Support and Success", memberCount: 1),
        ] + (1...30).map { Group(id: "g-\($0)", name: "Team \($0)", memberCount: $0) }

    func fixture(_ size: TerminalSize) -> Fixture {
        var fixture = Fixture(people: Self.people, size: size)
        fixture.groups = Self.groups
        return fixture
    }

    /// Every row is exactly as wide as the screen, counted in cells.
    func expectRowsFit(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            let width = screen.cells[y].reduce(0) { $0 + ($1.glyph.isEmpty ? 0 : TerminalText.width($1.glyph)) }
            #expect(width == screen.size.width, "row \(y) is \(width) cells: \(screen.line(y))")
        }
    }

    @Test("At 80×24 the view lists name, head and members, sorted, with its position and keys")
    func viewAt80x24() throws {
        var fixture = fixture(TerminalSize(width: 80, height: 24))
        fixture.press(.char("m"))
        let screen = fixture.render()
        expectRowsFit(screen)
        #expect(screen.line(0).contains("│ Groups │ Sort: name ↑"))
        #expect(screen.line(0).contains("1–20 of 33 groups"))
        let header = screen.line(1)
        #expect(header.contains("Group ↑") && header.contains("Head") && header.contains("Members"))
        let sales = try #require(screen.find("Sales"))
        #expect(screen.line(sales.y).contains("Person 0"))
        #expect(screen.line(sales.y).hasSuffix("1,234 "))
        // The cursor row (the first group) in reverse video; no people list underneath.
        #expect(screen.style(y: 2, x: 2).reverse)
        #expect(screen.find("E-mail") == nil)
        let bar = screen.line(22)
        #expect(bar.contains("Enter people") && bar.contains("/ search") && bar.contains("Esc people list"))
    }

    @Test("At 40×10 the terminal is too small: it says so instead of a cramped view")
    func viewAt40x10() {
        var fixture = fixture(TerminalSize(width: 40, height: 10))
        fixture.press(.char("m"))
        let screen = fixture.render()
        expectRowsFit(screen)
        #expect(screen.find("terminal too small") != nil)
        #expect(screen.find("Team 1") == nil)
    }

    @Test("The view's search field sits in the action bar; no match says so")
    func searchField() {
        var fixture = fixture(TerminalSize(width: 80, height: 24))
        fixture.press(.char("m"), .char("/"), .char("z"), .char("z"))
        let screen = fixture.render()
        #expect(screen.line(22).hasPrefix("/zz"))
        #expect(screen.line(0).contains("Search: zz"))
        #expect(screen.find("No group's name contains \"zz\".") != nil)
    }

    @Test("Enter puts the group's name in the title bar and lists only its members")
    func titleBarNamesTheGroup() {
        var fixture = fixture(TerminalSize(width: 80, height: 24))
        fixture.press(.char("m"), .down, .enter)  // Sales
        let screen = fixture.render()
        expectRowsFit(screen)
        #expect(screen.line(0).contains("│ Group: Sales │"))
        #expect(screen.line(0).contains("of 2"))
        #expect(screen.find("Person 0") != nil)
        #expect(screen.find("Person 1") != nil)
        #expect(screen.find("Person 2") == nil)
    }

    @Test("The picker: the field, all / without a group, the groups with their counts; the choice in the title")
    func picker() throws {
        var fixture = fixture(TerminalSize(width: 80, height: 24))
        fixture.press(.char("M"))
        var screen = fixture.render()
        expectRowsFit(screen)
        #expect(screen.find("Filter by group") != nil)
        #expect(screen.find("Group: ") != nil)
        #expect(screen.find("▸ ● All groups (no group filter)") != nil)
        #expect(screen.find("Without a group") != nil)
        #expect(screen.find("Sales · 1,234 people") != nil)
        fixture.press(.down, .enter)
        screen = fixture.render()
        #expect(screen.line(0).contains("│ Group: none │"))
        #expect(screen.find("Person 0") == nil)
        #expect(screen.find("Person 3") != nil)
    }

    @Test("A list 100 cells wide or more has a group column: the first group and +N")
    func groupColumn() throws {
        let wide = fixture(TerminalSize(width: 200, height: 30)).render()
        expectRowsFit(wide)
        let header = try #require(wide.find("Group"))
        #expect(header.y == 1)
        let many = try #require(wide.find("Person 1 "))
        #expect(wide.line(many.y).contains("Sales +2"))
        let one = try #require(wide.find("Person 2 "))
        #expect(wide.line(one.y).contains("Engineering"))
        // At 80 columns there is no room: no column.
        let narrow = fixture(TerminalSize(width: 80, height: 24)).render()
        #expect(!narrow.line(1).contains("Group"))
        #expect(narrow.find("Sales") == nil)
    }

    @Test("A long first group is cut, its +N kept")
    func longGroupKeepsCount() {
        var people = Self.people
        people[5].groups = [Self.support, Self.sales]
        let screen = Fixture(people: people, size: TerminalSize(width: 200, height: 30)).render()
        let row = screen.find("Person 5 ").map { screen.line($0.y) } ?? ""
        #expect(row.contains("Customer Suppor… +1"))
    }

    @Test("A group's name from the portal cannot steer the terminal: view, picker, title bar and column")
    func hostileGroupName() {
        let evil = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}drow"
        var people = Self.people
        people[0].groups = [PersonGroup(id: "g-evil", name: evil)]
        var fixture = Fixture(people: people, size: TerminalSize(width: 200, height: 30))
        fixture.groups = [Group(id: "g-evil", name: evil, memberCount: 1)]
        var screens = [fixture.render()]
        fixture.press(.char("m"))
        screens.append(fixture.render())
        fixture.press(.escape, .char("M"))
        screens.append(fixture.render())
        fixture.press(.down, .down, .enter)
        screens.append(fixture.render())
        #expect(screens[3].line(0).contains("Group: Evil"))
        for screen in screens {
            expectRowsFit(screen)
            for y in 0..<screen.size.height {
                for scalar in screen.line(y).unicodeScalars {
                    #expect(
                        !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                            || (0x202A...0x202E).contains(scalar.value)),
                        "row \(y) holds U+\(String(scalar.value, radix: 16))")
                }
            }
        }
    }
}
