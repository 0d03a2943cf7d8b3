import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The terminal loop takes the frame and the detail's line count in one go
/// (`frameAndDetailLineCount`); both must be what `frame()` and `detailLineCount` give apart.
@Suite("The frame and the detail's line count, made together")
struct DetailLineCountTests {
    static let zone = TimeZone(identifier: "UTC")!

    static func expectSame(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let view = AppView(state: state, timeZone: zone)
        let (frame, lines) = view.frameAndDetailLineCount()
        #expect(frame == view.frame(), sourceLocation: sourceLocation)
        #expect(lines == view.detailLineCount, sourceLocation: sourceLocation)
    }

    @Test("Side by side, with a person, scrolled, before anyone is loaded, too small, and the list alone")
    func same() {
        let people = (0..<60).map { Fixture.person($0) }
        var fixture = Fixture(people: people, size: TerminalSize(width: 120, height: 40))
        Self.expectSame(fixture.state)
        #expect(AppView(state: fixture.state, timeZone: Self.zone).frameAndDetailLineCount().detailLineCount != nil)
        fixture.press(.char("j"), .char("j"))
        Self.expectSame(fixture.state)
        fixture.press(.tab, .char("j"))
        Self.expectSame(fixture.state)
        let empty = Fixture(people: [], size: TerminalSize(width: 120, height: 40))
        Self.expectSame(empty.state)
        for size in [TerminalSize(width: 80, height: 24), TerminalSize(width: 30, height: 8)] {
            var other = fixture
            other.send(.resized(size))
            Self.expectSame(other.state)
        }
    }
}
