import DocSpaceAPI
import TerminalUI
import Testing

@testable import PeopleCLI

@Suite("CLI output")
struct OutputTests {
    @Test func csvQuotesAndDefusesFormulas() {
        #expect(
            CSV.line(["a", "b,c", "say \"hi\"", "=SUM(A1)", "line\nbreak"])
                == "a,\"b,c\",\"say \"\"hi\"\"\",'=SUM(A1),\"line\nbreak\"")
    }

    @Test func tableAlignsWideCharactersAndNeutralisesEscapes() {
        let people = [
            Person(id: "1", displayName: "李小龙", email: "li@example.com"),
            Person(id: "2", displayName: "Evil\u{1B}]0;pwned\u{07}Name", email: "e@example.com"),
        ]
        let lines = PersonFormatter.table(people).render()
        #expect(lines.count == 3)
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(!lines.joined().contains("\u{07}"))
        // The e-mail column starts at the same cell on every row.
        let emailCells = lines.dropFirst().map { line -> Int in
            let start = line.range(of: "@example.com")!.lowerBound
            let emailStart = line[..<start].lastIndex(of: " ")!
            return TerminalText.width(String(line[...emailStart]))
        }
        #expect(Set(emailCells).count == 1)
    }

    @Test("The last column reads whole up to a limit; the others are cut to line up")
    func lastColumnIsNotCutShort() {
        let sentence =
            "dry run: would hand their rooms and files to someone.with.a.long.name@example.com, then delete (irreversible)"
        let flood = String(repeating: "x", count: 10_000)
        let lines = TextTable(
            header: ["RESULT", "PERSON", "DETAIL"],
            rows: [["skipped", String(repeating: "N", count: 50), sentence], ["failed", "B", flood]],
            maxWidths: [7, 32, 80]
        ).render()
        #expect(lines[1].hasSuffix(sentence), "\(lines[1])")
        #expect(lines[1].contains(String(repeating: "N", count: 31) + "…"), "a middle column is still cut")
        #expect(TerminalText.width(lines[2]) < TextTable.lastColumnLimit + 60, "a flood is still cut")
    }

    @Test("A repeated non-ASCII cell in two spellings, and padding wider than one run of spaces")
    func repeatedCellsAndWidePadding() {
        let composed = "● Caf\u{E9}"
        let decomposed = "● Cafe\u{301}"
        let table = TextTable(
            header: ["STATUS", "WIDE", "ID"],
            rows: [
                [composed, "x", "1"], [decomposed, String(repeating: "w", count: 90), "2"], [composed, "y", "3"],
            ],
            maxWidths: [12, 100, 5])
        let lines = table.render()
        // Each spelling is shown byte for byte as it was written (a `String` comparison
        // would take one for the other), measured as one cell per character.
        #expect(Array(lines[1].utf8).starts(with: Array((composed + "  ").utf8)))
        #expect(Array(lines[2].utf8).starts(with: Array((decomposed + "  ").utf8)))
        #expect(Array(lines[3].utf8).starts(with: Array((composed + "  ").utf8)))
        // "x" is padded to the 90 cells of the widest cell of its column.
        #expect(lines[1] == composed + "  " + "x" + String(repeating: " ", count: 89) + "  1")
        #expect(Array(table.renderedBytes()) == Array(lines.map { $0 + "\n" }.joined().utf8))
    }

    @Test func truncationNeverSplitsACharacter() {
        #expect(TerminalText.truncated("李小龙李小龙", toWidth: 5) == "李小…")
        #expect(TerminalText.width("Zoë 🙂") == 6)
        #expect(TerminalText.width("e\u{301}") == 1)
    }
}
