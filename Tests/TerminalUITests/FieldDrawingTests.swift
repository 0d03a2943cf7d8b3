import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

struct FieldShapeCase: CustomTestStringConvertible, Sendable {
    /// The field's text with its cursor as `|`.
    var field: String
    var width: Int
    /// What is written, and the cells of the cursor.
    var shown: String
    var cursor: Range<Int>
    var testDescription: String { "\(field) in \(width)" }
}

/// The cursor as drawn: at the cell its characters' widths put it, the field scrolled sideways
/// to keep it in view.
@Suite("Drawing a field: the cursor's cell, wide characters, sideways scroll")
@MainActor
struct FieldDrawingTests {
    nonisolated static func editor(_ marked: String) -> LineEditor {
        let parts = marked.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        var line = LineEditor(String(parts[0]) + String(parts[1]))
        for _ in 0..<parts[1].count { line.apply(.cursorLeft) }
        return line
    }

    nonisolated static let shapes: [FieldShapeCase] = [
        .init(field: "abc|", width: 20, shown: "abc ", cursor: 3..<4),
        .init(field: "a|bc", width: 20, shown: "abc", cursor: 1..<2),
        // Wide characters take two cells: the cursor on "郎" covers both of its cells.
        .init(field: "山田 太|郎", width: 20, shown: "山田 太郎", cursor: 7..<9),
        .init(field: "山田 太郎|", width: 20, shown: "山田 太郎 ", cursor: 9..<10),
        // A combining accent takes no cell; a ZWJ family draws as its three people.
        .init(field: "Rene\u{301}|", width: 20, shown: "Rene\u{301} ", cursor: 4..<5),
        .init(field: "👨‍👩‍👧|", width: 20, shown: "👨👩👧 ", cursor: 6..<7),
        // Longer than the room: "…" and the characters before the cursor that fit.
        .init(field: "abcdefghij|", width: 5, shown: "…hij ", cursor: 4..<5),
        .init(field: "|abcdefghij", width: 5, shown: "abcde", cursor: 0..<1),
        .init(field: "李李李李李|", width: 6, shown: "…李李 ", cursor: 5..<6),
        .init(field: "李李李|李李", width: 6, shown: "…李李", cursor: 3..<5),
    ]

    @Test("The cursor's cells and the part shown", arguments: shapes)
    func shape(_ row: FieldShapeCase) {
        let shown = FieldText(Self.editor(row.field), width: row.width)
        #expect(shown.text == row.shown)
        #expect(shown.cursor == row.cursor)
        #expect(TerminalText.width(shown.text) <= row.width)
    }

    @Test("The search field: the cursor cell sits on 太 after ← ←, counted in cells")
    func searchCursorOnWideCharacter() throws {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("/"))
        for c in "山田 太郎" { fixture.press(.character(c)) }
        fixture.press(.left, .left)
        let screen = fixture.render()
        let start = try #require(screen.find("/山田 太郎"))
        let field = start.x + 1
        // 山 and 田 two cells each, the space one: 太 starts five cells in.
        #expect(screen.reverseColumns(y: start.y).filter { $0 >= field && $0 < field + 9 } == [field + 5, field + 6])
        #expect(screen.line(start.y).contains("/山田 太郎"))
        #expect(
            screen.cursor == Frame.Position(y: start.y, x: field + 5), "the terminal's cursor on 太, for an input method"
        )
    }

    @Test("`/` shows the previous search selected; an arrow deselects it")
    func selectionDrawn() throws {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("/"))
        for c in "smith" { fixture.press(.character(c)) }
        fixture.press(.enter, .char("/"))
        let selected = fixture.render()
        let at = try #require(selected.find("/smith"))
        for x in (at.x + 1)...(at.x + 5) {
            #expect(selected.style(y: at.y, x: x) == FieldText.selectionStyle)
        }
        fixture.press(.left)
        let kept = fixture.render()
        #expect(kept.reverseColumns(y: at.y).filter { $0 > at.x && $0 <= at.x + 6 } == [at.x + 5], "the cursor on h")
    }

    @Test("A name wider than its box scrolls: Home shows its start, End its end, the cursor always in view")
    func formFieldScrolls() throws {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("n"))
        for c in "START" + String(repeating: "李", count: 40) + "END" { fixture.press(.character(c)) }
        let atEnd = fixture.render()
        #expect(atEnd.find("› First name  …") != nil)
        #expect(atEnd.showsCursor(after: "李END"))
        fixture.press(.home)
        let atStart = fixture.render()
        let row = try #require(atStart.find("› First name  START"))
        let x = row.x + TerminalText.width("› First name  ")
        #expect(atStart.style(y: row.y, x: x).reverse, "the cursor on the S")
        #expect(atStart.cursor == Frame.Position(y: row.y, x: x))
        #expect(atStart.find("END") == nil)
        for line in atStart.lines { #expect(TerminalText.width(line) == 80) }
    }

    @Test("The invite list: the cursor drawn on its own line, inside the text")
    func inviteCursorLine() throws {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 30))
        fixture.press(.char("i"))
        for c in "a@x.com\nb@y.org" { fixture.press(c == "\n" ? .enter : .character(c)) }
        for _ in 0..<10 { fixture.press(.left) }
        let screen = fixture.render()
        let first = try #require(screen.find("a@x.com"))
        let second = try #require(screen.find("b@y.org"))
        #expect(screen.reverseColumns(y: second.y).isEmpty)
        #expect(screen.reverseColumns(y: first.y) == [first.x + 5], "the cursor on the c of .com")
        #expect(screen.cursor == Frame.Position(y: first.y, x: first.x + 5))
    }

    @Test("A long invite list with the cursor far up: the lines down to the cursor's, the rest counted below")
    func inviteWindowFollowsCursor() throws {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("i"))
        let addresses = (0..<12).map { "person\($0)@example.com" }
        fixture.press(.paste(addresses.joined(separator: "\n")))
        // Up to the third line: back over the last nine lines, then onto the c of its .com.
        let back = addresses[3...].reduce(0) { $0 + $1.count + 1 } + 3
        for _ in 0..<back { fixture.press(.left) }
        let screen = fixture.render()
        let line = try #require(screen.find("person2@example.com"))
        #expect(screen.reverseColumns(y: line.y) == [line.x + TerminalText.width("person2@example.")])
        #expect(screen.find("lines above") == nil)
        #expect(screen.find("person0@example.com") != nil)
        #expect(screen.find("9 lines below") != nil)
        #expect(screen.find("person11@example.com") == nil)
        // On to the start of the seventh line: lines left out both above and below.
        let forward = 3 + 1 + addresses[3...5].reduce(0) { $0 + $1.count + 1 }
        for _ in 0..<forward { fixture.press(.right) }
        let middle = fixture.render()
        let seventh = try #require(middle.find("person6@example.com"))
        #expect(middle.reverseColumns(y: seventh.y) == [seventh.x])
        #expect(middle.find("4 lines above") != nil)
        #expect(middle.find("5 lines below") != nil)
    }

    @Test("The terminal's cursor follows the field's as the frames change, and stays put without a field")
    func terminalCursorFollows() {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 80, height: 24))
        let screen = InMemoryScreen(size: fixture.state.size)
        let renderer = Renderer()
        func draw() { renderer.draw(AppView(state: fixture.state).frame(), on: screen) }
        draw()
        #expect(screen.cursor == nil, "no field, no cursor placed")
        fixture.press(.char("/"))
        for c in "abc" { fixture.press(.character(c)) }
        draw()
        let atEnd = screen.cursor
        fixture.press(.left)
        draw()
        #expect(screen.cursor?.y == atEnd?.y)
        #expect(screen.cursor?.x == atEnd.map { $0.x - 1 })
    }
}
