import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

/// Rows a portal counted but did not send are drawn as missing, not as loading forever.
@Suite("Missing rows")
@MainActor
struct MissingRowsDrawingTests {
    @Test(
        "after G on a portal claiming 250 with 210 people, the last rows say missing and the rows before them are drawn"
    )
    func missingAfterG() {
        var fixture = Fixture(
            people: (0..<210).map { Fixture.person($0) }, size: TerminalSize(width: 100, height: 30),
            claimedTotal: 250)
        fixture.press(.character("G"))
        let screen = fixture.render()
        #expect(screen.line(0).contains("of 250"))
        #expect(screen.find("missing: counted by the portal, not sent") != nil)
        #expect(screen.find("loading…") == nil)
        fixture.press(.character("k"), .character("k"), .character("k"))
        for _ in 0..<40 { fixture.press(.character("k")) }
        #expect(fixture.render().find("Person 209") != nil)
    }
}
