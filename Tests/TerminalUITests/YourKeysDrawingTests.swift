import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

/// Your keys on screen: the action bar, the help overlay, the question's footer and the
/// too-small notice name the keys in force, not the defaults.
@Suite("Your keys on screen")
@MainActor
struct YourKeysDrawingTests {
    nonisolated static let people: [Person] = (0..<10).map { Fixture.person($0) }

    static func keys() throws -> KeyTable {
        try KeyTable.standard.overridden(by: [
            KeyOverride(action: "terminate", keys: ["x"], line: 2),
            KeyOverride(action: "help", keys: ["F2"], line: 3),
            KeyOverride(action: "quit", keys: ["F10"], line: 4),
        ])
    }

    @Test("The action bar shows x terminate, F2 help and F10 quit; the defaults t, ? and q are gone")
    func actionBar() throws {
        let fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 24), keys: try Self.keys())
        let bar = fixture.render().line(22)
        for item in ["x terminate", "F2 help", "F10 quit"] {
            #expect(bar.contains(item), "\(item) missing from: \(bar)")
        }
        for item in ["t terminate", "? help", "q quit"] {
            #expect(!bar.contains(item), "\(item) still in: \(bar)")
        }
    }

    @Test("F2 opens the help, which lists x for terminate; x opens the question, whose footer is y/N as always")
    func helpAndQuestion() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 40), keys: try Self.keys())
        fixture.press(.char("?"))
        #expect(fixture.state.helpScroll == nil, "? is no longer help")
        fixture.press(.function(2))
        let help = fixture.render().text
        let row = try #require(help.components(separatedBy: "\n").first { $0.contains("Terminate (disable)") })
        #expect(row.contains("│ x "), "\(row)")
        fixture.press(.escape)
        fixture.press(.char("x"))
        let question = fixture.render().text
        #expect(question.contains("Terminate 1 person?"), "\(question)")
        #expect(question.contains("[y] Yes     [N] No  (Enter, Esc and n cancel)"), "\(question)")
    }

    @Test("Too small: the notice names the quit key in force")
    func tooSmall() throws {
        let fixture = Fixture(people: Self.people, size: TerminalSize(width: 40, height: 10), keys: try Self.keys())
        #expect(fixture.render().text.contains("enlarge it, or F10 quits"))
    }
}
