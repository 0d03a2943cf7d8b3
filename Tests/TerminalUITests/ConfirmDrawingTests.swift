import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The undo offer says what `u` would do; an undo, a big terminate and a big type change ask
/// for what must be typed, with grouped digits.
@Suite("Drawing undo, scale and counts")
@MainActor
struct ConfirmDrawingTests {
    nonisolated static let people: [Person] = (0..<200).map { Fixture.person($0) }

    @Test("After a terminate of seven the action bar says u re-activate 7 · 60 s; u names them")
    func undoBarAndDialog() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 30))
        fixture.state.undo = UndoOffer(
            people: Array(Self.people[0..<7]).map {
                var person = $0
                person.status = .terminated
                return person
            }, expiresAt: 60)
        var screen = fixture.render()
        #expect(screen.line(28).contains("u re-activate 7 · 60 s"), "\(screen.line(28))")
        fixture.press(.char("u"))
        screen = fixture.render()
        let text = screen.text
        #expect(text.contains("Undo: re-activate 7 people?"), "\(text)")
        for n in 0..<7 { #expect(text.contains("Person \(n) <p\(n)@example.com>")) }
        #expect(text.contains("Request: PUT /api/2.0/people/status/Active"))
        #expect(text.contains("[y] Yes"))
    }

    @Test("A terminate of 150: the title, the typed number and the marked count with grouped digits")
    func bigTerminate() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 30))
        fixture.state.marks = Marks(Array(Self.people[0..<150]))
        fixture.press(.char("t"))
        let text = fixture.render().text
        #expect(text.contains("Terminate 150 people?"), "\(text)")
        #expect(text.contains("Type 150, the number of people, and press Enter"), "\(text)")
        #expect(!text.contains("[y] Yes"))
    }

    @Test("Counts of thousands are grouped: title bar, status line, dialog title and typed number")
    func groupedDigits() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 120, height: 30))
        let many = (0..<100_000).map { Fixture.person(1_000 + $0) }
        fixture.state.marks = Marks(many)
        var screen = fixture.render()
        #expect(screen.line(0).contains("100,000 marked"), "\(screen.line(0))")
        #expect(!screen.text.contains("100000"))
        #expect(screen.line(29).contains("100,000 marked"), "\(screen.line(29))")
        fixture.press(.char("t"))
        screen = fixture.render()
        #expect(screen.text.contains("Terminate 100,000 people?"), "\(screen.text)")
        #expect(screen.text.contains("Type 100,000"))
        #expect(!screen.text.contains("100000"))
    }
}
