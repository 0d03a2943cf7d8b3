import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

/// `?` at every size: the help wraps under its column instead of being cut, scrolls exactly
/// to its last row and no further, and its layout (counted in characters by PeopleCore) is
/// exact because every text of the key table is one cell per character.
@Suite("Help overlay: wrapped, not cut; scrolled to the end and no further")
@MainActor
struct HelpOverlayTests {
    static let people = (1...30).map { Fixture.person($0) }

    @Test("Every key name and help text of the key table is one terminal cell per character")
    func oneCellPerCharacter() {
        for binding in KeyTable.standard.bindings {
            #expect(TerminalText.width(binding.keyNames) == binding.keyNames.count, "\(binding.keyNames)")
            #expect(TerminalText.width(binding.help) == binding.help.count, "\(binding.help)")
        }
        for context in KeyContext.allCases {
            #expect(TerminalText.width(context.title) == context.title.count, "\(context.title)")
        }
    }

    @Test(
        "Read row by row, the overlay shows every help sentence whole, in order",
        arguments: [
            TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 20),
            TerminalSize(width: 132, height: 40),
        ])
    func everySentenceWhole(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        fixture.press(.char("?"))
        let page = HelpPage(table: fixture.state.keys, readOnly: false, width: size.width)
        let rows = HelpPage.visibleRows(height: size.height)
        // Every row the page has, taken from the screen while scrolling a row at a time.
        var drawn: [String] = []
        for scroll in 0...page.maxScroll(height: size.height) {
            let screen = fixture.render()
            let top = scroll == 0 ? 0 : rows - 1
            for i in top..<rows {
                drawn.append(screen.line(2 + i))
            }
            fixture.press(.char("j"))
        }
        #expect(drawn.count == page.lines.count)
        // Each row shows its line of the page where it belongs, whole.
        let helpColumn = 2 + page.keyWidth + 1
        for (row, line) in zip(drawn, page.lines) {
            let cells = Array(row)
            func text(from column: Int) -> String {
                String(cells[(column + 1)..<(cells.count - 1)]).trimmingCharacters(in: .whitespaces)
            }
            switch line {
            case .heading(let title): #expect(text(from: 1) == title)
            case .note(let note): #expect(text(from: 1) == note)
            case .keysAlone(let keys): #expect(text(from: 1) == keys)
            case .continuation(let help): #expect(text(from: helpColumn - 1) == help, "\(row)")
            case .binding(let keys, let help):
                #expect(String(cells[2..<(2 + page.keyWidth)]).trimmingCharacters(in: .whitespaces) == keys, "\(row)")
                #expect(text(from: helpColumn - 1) == help, "\(row)")
            }
            // Nothing runs into the right border.
            #expect(cells[cells.count - 2] == " ", "a row touches the border: \(row)")
        }
        // And the page's rows, joined, are the key table's sentences, every one of them whole.
        var sentences: [String] = []
        for line in page.lines {
            switch line {
            case .binding(_, let help): sentences.append(help)
            case .keysAlone: sentences.append("")
            case .continuation(let help):
                sentences[sentences.count - 1] += (sentences[sentences.count - 1].isEmpty ? "" : " ") + help
            case .heading, .note: break
            }
        }
        let expected =
            KeyContext.allCases.flatMap { fixture.state.keys.bindings(in: $0) }
            .map { $0.help + ($0.isDangerous ? " [changes data]" : "") } + FieldKey.lineEditingKeys.map(\.help)
        #expect(sentences == expected)
    }

    @Test("↓ at the end stays at the end: ↑ moves up at once; G and g jump; Space pages")
    func scrollBounds() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("?"))
        let last = HelpPage(table: fixture.state.keys, readOnly: false, width: 80).maxScroll(height: 24)
        #expect(last > 0)
        for _ in 0..<(last + 50) { fixture.press(.char("j")) }
        #expect(fixture.state.helpScroll == last)
        fixture.press(.char("k"))
        #expect(fixture.state.helpScroll == last - 1)
        fixture.press(.char("g"))
        #expect(fixture.state.helpScroll == 0)
        fixture.press(.char(" "))
        #expect(fixture.state.helpScroll == HelpPage.visibleRows(height: 24) - 1)
        fixture.press(.char("G"))
        #expect(fixture.state.helpScroll == last)
        let screen = fixture.render()
        #expect(screen.text.contains("↑ more"))
        #expect(!screen.text.contains("↓ more"))
    }

    @Test("Wrapping keeps every word and never exceeds the width")
    func wrapping() {
        let text = "Delete disabled people for good; asks y/N, or a typed DELETE for more than one [changes data]"
        for width in [8, 13, 20, 41, 200] {
            let rows = HelpPage.wrap(text, width: width)
            #expect(rows.allSatisfy { $0.count <= width })
            #expect(rows.joined(separator: " ") == text)
        }
        #expect(HelpPage.wrap("", width: 10) == [""])
        #expect(HelpPage.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }
}
