import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing the Guests view, its inviter filter and the removal question")
@MainActor
struct GuestsDrawingTests {
    /// Ten people; five guests, three of them invited by the owner and two by Rita.
    nonisolated static let people: [Person] = {
        var people = (0..<10).map { Fixture.person($0) }
        for index in 5..<10 {
            people[index].isCollaborator = false
            people[index].isVisitor = true
            people[index].displayName = "Guest \(index)"
            people[index].createdBy =
                index < 8
                ? PersonSummary(id: Fixture.owner.id, displayName: Fixture.owner.displayName)
                : PersonSummary(id: "rita", displayName: "Rita Roomadmin")
        }
        return people
    }()

    @Test("w: the title bar says Guests, the list holds guests, the detail pane names the inviter")
    func guestsView() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 140, height: 30))
        fixture.press(.char("w"))
        let screen = fixture.render()
        #expect(screen.line(0).contains("│ Guests │"), "\(screen.line(0))")
        #expect(screen.line(0).contains("1–5 of 5"))
        #expect(screen.find("Guest 5") != nil && screen.find("Person 0") == nil)
        let inviter = try #require(screen.find("Invited by"))
        #expect(screen.line(inviter.y).contains("Olga Owner"))
    }

    @Test(":invited-by-me names the filter in the title bar; X clears it, Guests stays")
    func invitedByMe() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 24))
        fixture.press(.char("w"), .char(":"))
        for character in "invited-by-me" { fixture.press(.character(character)) }
        fixture.press(.enter)
        var screen = fixture.render()
        #expect(screen.line(0).contains("│ Guests │ Invited by: me │"), "\(screen.line(0))")
        #expect(screen.line(0).contains("1–3 of 3"))
        fixture.press(.char("X"))
        screen = fixture.render()
        #expect(screen.line(0).contains("│ Guests │") && !screen.line(0).contains("Invited by"))
    }

    @Test("E: the question says the accounts are not deleted, and what happens instead")
    func removeQuestion() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 30))
        fixture.press(.char("w"), .char("E"))
        let screen = fixture.render()
        #expect(screen.find("Remove 1 person from your guests?") != nil)
        let text = (0..<screen.size.height).map { screen.line($0) }.joined(separator: " ")
        let squeezed = text.split(separator: " ").joined(separator: " ")
        #expect(squeezed.contains("NOT deleted"), "\(squeezed)")
        #expect(squeezed.contains("Request: DELETE /api/2.0/people/guests"))
        #expect(squeezed.contains("the portal removes none."), "the whole sentence fits: \(squeezed)")
    }
}
