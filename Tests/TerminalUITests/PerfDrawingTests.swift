import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// Drawing at portal scale, counted in cells written to the in-memory screen (bytes through a
/// real terminal are `scripts/bench-tui`'s figure): a cursor move rewrites what changed, never
/// the screen.
@Suite("Drawing 100,000 people: a cursor move touches only what changed")
@MainActor
struct PerfDrawingTests {
    nonisolated static let people = (0..<100_000).map { Fixture.person($0) }
    static let zone = TimeZone(identifier: "UTC")!

    /// Draws the fixture's state and returns the cells written for it.
    static func draw(_ fixture: Fixture, with renderer: Renderer, on screen: InMemoryScreen) -> Int {
        screen.resetCounters()
        renderer.draw(AppView(state: fixture.state, timeZone: zone).frame(), on: screen)
        return screen.cellsWritten
    }

    @Test("80×24: j rewrites the two rows whose highlight moved, and nothing else")
    func cursorMoveInView() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let screen = InMemoryScreen(size: fixture.state.size)
        let renderer = Renderer()
        #expect(Self.draw(fixture, with: renderer, on: screen) >= 80 * 24)
        for _ in 0..<10 {
            fixture.press(.down)
            let written = Self.draw(fixture, with: renderer, on: screen)
            #expect(written > 0)
            #expect(written <= 2 * 80)
        }
        #expect(screen.text == fixture.render().text)
    }

    @Test("80×24: a j that scrolls rewrites the list and the position, not the bars")
    func cursorMoveScrolling() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let screen = InMemoryScreen(size: fixture.state.size)
        let renderer = Renderer()
        _ = Self.draw(fixture, with: renderer, on: screen)
        let rows = fixture.state.layout.listRows
        for _ in 0..<(rows - 1) { fixture.press(.down) }
        _ = Self.draw(fixture, with: renderer, on: screen)
        let bars = [screen.line(22), screen.line(23)]
        fixture.press(.down)
        #expect(fixture.state.scroll == 1)
        let written = Self.draw(fixture, with: renderer, on: screen)
        // The list pane's rows (a terminal scrolls these itself, for a few bytes) and the title.
        #expect(written <= (rows + 1) * 80)
        #expect([screen.line(22), screen.line(23)] == bars)
        #expect(screen.text == fixture.render().text)
    }

    @Test("Side by side: j rewrites a few rows; the list is rewritten whole once per half screen, not per key")
    func sideBySide() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 40))
        let screen = InMemoryScreen(size: fixture.state.size)
        let renderer = Renderer()
        _ = Self.draw(fixture, with: renderer, on: screen)
        let list = fixture.state.layout.list!
        let paneCells = list.width * list.height
        var wholePane = 0
        let moves = 100
        for _ in 0..<moves {
            fixture.press(.down)
            let written = Self.draw(fixture, with: renderer, on: screen)
            #expect(written < 120 * 40 / 2)
            if written > paneCells / 2 { wholePane += 1 }
        }
        #expect(wholePane <= moves / (fixture.state.layout.listRows / 2) + 1)
        #expect(screen.text == fixture.render().text)
    }

    /// Text that takes every path: plain ASCII, Latin, the screen's own symbols, wide
    /// characters, combining marks, emoji, controls and invisible characters.
    static let texts = [
        "", "a", "Person 12345", "averyveryverylongemailaddress@example.com", "Zoë Ålund", "● Active", "◌ Pending",
        "⊘ Disabled", "1–20 of 100,000", "Name ↑", "✱", "李小龙 Bruce Lee", "Zoë Ålund 🙂", "José\u{0301} Combining",
        "\u{0301}mark first", "Eve\u{1B}[2J\u{07}", "a\u{AD}b", "x\u{200B}y", "🇺🇸 flag", "tab\there", "…", "é\u{300}",
        "ǅemo ʰ˚", "\u{9B}1m", "🙂🙂🙂🙂", "Иван Петров", "Фёдоров\u{0483}", "Γιώργος Παπαδόπουλος", "Nguyễn Phương",
        "محمد العلي", "مُحَمَّد", "山田 太郎", "김민준 김", "さくら", "か\u{3099}", "한\u{11A8}", "李\u{FE00}", "ẞ ｱ",
    ]

    @Test("putFitted writes exactly what put(TerminalText.fitted(…)) writes", arguments: Array(0..<8))
    func putFittedMatchesFitted(_ width: Int) {
        for text in Self.texts {
            for x in [0, 3, 14, 17] {
                var fast = Frame(size: TerminalSize(width: 20, height: 1))
                var reference = fast
                fast.putFitted(text, y: 0, x: x, width: width)
                if width > 0 {
                    reference.put(TerminalText.fitted(text, toWidth: width), y: 0, x: x, maxWidth: width)
                }
                #expect(fast == reference, "\(text.debugDescription) width \(width) at \(x)")
            }
        }
    }

    @Test("put writes each sanitised character at its width, whichever path it takes")
    func putMatchesSanitised() {
        for text in Self.texts {
            for (x, limit) in [(0, 40), (2, 7), (30, 40)] {
                var frame = Frame(size: TerminalSize(width: 40, height: 1))
                let used = frame.put(text, y: 0, x: x, maxWidth: limit)
                var column = x
                var expected = 0
                for character in TerminalText.sanitized(text) {
                    let w = TerminalText.width(of: character)
                    if expected + w > min(limit, 40 - x) { break }
                    #expect(frame[0, column].glyph == String(character), "\(text.debugDescription) at \(column)")
                    if w == 2 { #expect(frame[0, column + 1].glyph == "") }
                    column += w
                    expected += w
                }
                #expect(used == expected, "\(text.debugDescription)")
            }
        }
    }
}
