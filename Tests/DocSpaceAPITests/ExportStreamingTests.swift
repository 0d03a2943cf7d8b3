import DocSpaceAPI
import Testing

/// `list --all --json|--csv` prints each page as it comes (`drain`) and the rest at the end;
/// the bytes must be those of the whole document written at once, which is what the TUI's
/// export writes and what `list` printed before it streamed.
@Suite("Streaming an export page by page")
struct ExportStreamingTests {
    static let pages: [[Person]] = (0..<4).map { page in
        (0..<(page == 3 ? 7 : 100)).map { index in
            var person = Person(id: "p\(page)-\(index)", displayName: "Person \(page)-\(index), \"quoted\"")
            person.email = "p\(page).\(index)@example.org"
            return person
        }
    }

    @Test(arguments: [PeopleExportFormat.csv, .json])
    func drainedPartsAddUpToTheWholeDocument(_ format: PeopleExportFormat) {
        var whole = PeopleExportWriter(format: format)
        var streamed = PeopleExportWriter(format: format)
        var parts: [[UInt8]] = []
        for page in Self.pages {
            whole.append(page)
            streamed.append(page)
            parts.append(streamed.drain())
        }
        #expect(streamed.drain().isEmpty, "a second drain has nothing new")
        parts.append(streamed.finishBytes())
        let document = whole.finishBytes()
        #expect(Array(parts.joined()) == document)
        #expect(parts.count == 5 && parts.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: [PeopleExportFormat.csv, .json])
    func anEmptyViewStreamsTheSameEmptyDocument(_ format: PeopleExportFormat) {
        var streamed = PeopleExportWriter(format: format)
        let head = streamed.drain()
        #expect(head + streamed.finishBytes() == PeopleExportWriter(format: format).finishBytes())
    }

    @Test func aPersonJSONCannotCarryIsReportedSoTheStreamCanStop() {
        var person = Person(id: "inf", displayName: "Infinite")
        person.usedSpace = .infinity
        var writer = PeopleExportWriter(format: .json)
        writer.append([Person(id: "a", displayName: "A")])
        #expect(!writer.hasRefused)
        writer.append([person])
        #expect(writer.hasRefused)
    }
}
