import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The rooms a person holds on screen: the detail pane after `h` (loading…, the list owned
/// first, errors, scrolling to the last room) and the rooms named in a confirmation.
@Suite("Rooms on screen")
@MainActor
struct RoomsDrawingTests {
    static let zone = TimeZone(identifier: "UTC")!

    static func room(_ n: Int, owner: String = "id-1", ownerName: String = "Person 1") -> Room {
        Room(id: "r\(n)", title: "Room \(n)", type: .collaboration, ownerID: owner, ownerName: ownerName)
    }

    /// The id of the request in flight for `purpose`.
    static func inFlight(_ state: AppState, _ match: (RequestPurpose) -> Bool) -> RequestID? {
        state.inFlight.first { match($0.value) }?.key
    }

    /// Sends the detail's line count, as the terminal loop does after each frame.
    static func measure(_ fixture: inout Fixture) {
        let lines = AppView(state: fixture.state, timeZone: zone).detailLineCount
        if let lines { fixture.send(.detailMeasured(lines: lines)) }
    }

    @Test("h: loading…, then owned first and member of; the detail scrolls to the last room")
    func detailShowsRooms() throws {
        let people = (0..<5).map { Fixture.person($0) }
        var fixture = Fixture(people: people, size: TerminalSize(width: 120, height: 24))
        fixture.press(.char("j"))
        fixture.press(.char("h"))
        var screen = fixture.render()
        #expect(screen.text.contains("loading…"), "\(screen.text)")
        let id = try #require(Self.inFlight(fixture.state) { if case .rooms = $0 { true } else { false } })
        let owned = (1...12).map { Self.room($0) }
        let member = [Self.room(99, owner: "id-3", ownerName: "Person 3")]
        fixture.send(.response(id, .personRooms(PersonRooms(owned: owned, memberOf: member))))
        screen = fixture.render()
        #expect(screen.text.contains("Owns"), "\(screen.text)")
        #expect(screen.text.contains("12 rooms"))
        #expect(screen.text.contains("Room 1 (Collaboration room)"))
        #expect(!screen.text.contains("Room 99"), "member of comes after owned: below the fold at 24 rows")
        #expect(screen.text.contains("↓ more"))
        // Scroll the detail to its end: member of is there, owner named.
        fixture.press(.tab)
        for _ in 0..<6 {
            Self.measure(&fixture)
            fixture.press(.pageDown)
        }
        screen = fixture.render()
        #expect(screen.text.contains("Member of"), "\(screen.text)")
        #expect(screen.text.contains("Room 99 (Collaboration room, owner"))
        #expect(screen.text.contains("Person 3)"), "the long line wraps under itself")
        #expect(screen.text.contains("Rooms of Person 1: owns 12, member of 1"))
        #expect(screen.text.contains("end"))
    }

    @Test("A refused read is said in the pane, in the portal's words")
    func detailSaysTheError() throws {
        var fixture = Fixture(people: (0..<3).map { Fixture.person($0) }, size: TerminalSize(width: 120, height: 24))
        fixture.press(.char("h"))
        let id = try #require(Self.inFlight(fixture.state) { if case .rooms = $0 { true } else { false } })
        fixture.send(.response(id, .failure(.forbidden(message: "Access denied"))))
        let screen = fixture.render()
        #expect(screen.text.contains("could not be read"), "\(screen.text)")
        #expect(screen.text.contains("Access denied"))
    }

    @Test("The terminate question says checking rooms…, then names the rooms the person owns")
    func confirmationNamesRooms() throws {
        var fixture = Fixture(people: (0..<3).map { Fixture.person($0) }, size: TerminalSize(width: 100, height: 30))
        fixture.press(.char("j"), .char("t"))
        var screen = fixture.render()
        #expect(screen.text.contains("Terminate 1 person?"))
        #expect(screen.text.contains("Rooms: checking rooms…"), "\(screen.text)")
        let id = try #require(
            Self.inFlight(fixture.state) { if case .confirmationRooms = $0 { true } else { false } })
        fixture.send(
            .response(
                id,
                .ownedRooms([.known(id: "id-1", total: 4, first: [Self.room(1), Self.room(2), Self.room(3)])])))
        screen = fixture.render()
        #expect(screen.text.contains("Person 1 owns 4 rooms: Room 1, Room 2, Room 3 and 1 more"), "\(screen.text)")
        #expect(!screen.text.contains("checking rooms"))
    }
}
