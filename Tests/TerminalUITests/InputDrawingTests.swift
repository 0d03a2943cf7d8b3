import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// Issue 11, items 1 and 8, as drawn: the too-small screen says keys are ignored, and the
/// ASCII stand-ins for a host without a UTF-8 locale keep every column.
@Suite("Drawing input safety: too-small notice, ASCII stand-ins")
@MainActor
struct InputDrawingTests {
    static let names = [
        "Ólafur Sørensen", "李小龙", "Zoë Ærøskøbing", "Αλέξης Παπαδόπουλος", "Борис Иванов",
        "Nguyễn Thị Thảo", "e\u{301}mile", "👍 Emoji",
    ]

    @Test("At 40×10 the screen says keys are ignored, that q quits, and names the last key ignored")
    func tooSmallSaysKeysAreIgnored() {
        var fixture = Fixture(people: (0..<5).map { Fixture.person($0) }, size: TerminalSize(width: 40, height: 10))
        fixture.send(.key(.char("t")))
        let screen = fixture.render()
        #expect(screen.text.contains("keys are ignored"))
        #expect(screen.text.contains("q quits"))
        #expect(screen.text.contains("Ignored t (the terminal is too small)"))
        #expect(screen.find("Terminate") == nil)
    }

    @Test("ASCII stand-ins: same width in cells, ASCII only, accents to their letters, the rest ?")
    func standInsKeepWidth() {
        for text in Self.names + ["│ ─ … · ● ◌ → ← ↑ ↓ ✓ ✗ █ ░ ⠋ “x” – —"] {
            let ascii = AsciiStandIn.text(text)
            #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 }, "\(text) → \(ascii)")
            #expect(TerminalText.width(ascii) == TerminalText.width(text), "\(text) → \(ascii)")
        }
        #expect(AsciiStandIn.text("Ólafur Sørensen") == "Olafur S?rensen")
        #expect(AsciiStandIn.text("李小龙") == "??????")
        #expect(AsciiStandIn.text("e\u{301}mile") == "emile")
        #expect(AsciiStandIn.text("│ name … ● ·") == "| name ~ * -")
    }

    @Test("A whole frame of international names in stand-ins keeps every row's width and every column")
    func standInFrameAligned() {
        let people = Self.names.enumerated().map { Fixture.person($0.offset, name: $0.element) }
        let fixture = Fixture(people: people, size: TerminalSize(width: 120, height: 24))
        let screen = fixture.render()
        let rows = screen.text.components(separatedBy: "\n")
        for row in rows {
            #expect(TerminalText.width(AsciiStandIn.text(row)) == TerminalText.width(row), "\(row)")
        }
        // The e-mail column starts at the same cell on every row of the list (left of 66).
        let emailColumns = Set(
            rows.compactMap { row -> Int? in
                let ascii = AsciiStandIn.text(row)
                guard let range = ascii.range(of: #"p\d+@example\.com"#, options: .regularExpression) else {
                    return nil
                }
                let column = ascii.distance(from: ascii.startIndex, to: range.lowerBound)
                return column < 66 ? column : nil
            })
        #expect(emailColumns.count == 1, "\(emailColumns)")
    }

    @Test("UTF-8 is known by its code set's name in any spelling")
    func codesetNames() {
        #expect(TerminalLocale.isUTF8("UTF-8"))
        #expect(TerminalLocale.isUTF8("utf8"))
        #expect(!TerminalLocale.isUTF8("ANSI_X3.4-1968"))
        #expect(!TerminalLocale.isUTF8("ISO-8859-1"))
        #expect(TerminalLocale.utf8.notice == nil)
        #expect(
            TerminalLocale.switched(why: "the locale's ANSI_X3.4-1968 is not UTF-8", to: "C.UTF-8").notice?.contains(
                "C.UTF-8") == true)
        #expect(TerminalLocale.asciiOnly(codeset: "ANSI_X3.4-1968").drawsAsciiOnly)
        #expect(TerminalLocale.asciiRequested.drawsAsciiOnly)
        #expect(!TerminalLocale.switched(why: "the locale's ANSI_X3.4-1968 is not UTF-8", to: "C.UTF-8").drawsAsciiOnly)
    }
}
