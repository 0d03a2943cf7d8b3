import DocSpaceAPI
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing off-boarding")
@MainActor
struct OffboardDrawingTests {
    static let people = (1...3).map { Fixture.person($0) }

    @Test("At 80×24 the question shows every step with its undo, every person (⌂ owns rooms) and y/N")
    func question() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let question = OffboardQuestion(
            plan: OffboardPlan(people: Self.people, receiver: nil), owners: [Self.people[2]],
            portal: "portal.example.com")
        fixture.state.dialog = .offboardQuestion(question)
        let text = fixture.render().text
        #expect(text.contains("Off-board 3 people?"), "\(text)")
        #expect(text.contains("1. sign out everywhere — cannot be undone"))
        #expect(text.contains("2. turn off API keys — not undone by this tool"))
        #expect(text.contains("3. terminate — re-activate undoes it"))
        #expect(text.contains("4. keep their rooms (no hand-over)"))
        #expect(text.contains("• Person 1 <p1@example.com>"))
        #expect(text.contains("• Person 2 <p2@example.com>"))
        #expect(text.contains("• ⌂ Person 3 <p3@example.com>"))
        #expect(text.contains("kept for later"))
        #expect(text.contains("Yes, off-board them"))
    }

    @Test("At 80×24 the results show each person × step with its outcome mark and the portal's words")
    func results() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        var run = OffboardRun(plan: OffboardPlan(people: Self.people, receiver: nil))
        while let (person, step) = run.next() {
            let refused = person.id == "id-2" && step == .change(.signOut)
            run.record(
                .handOver(refused ? .failed : .done, refused ? "refused: Access denied" : "done"), for: person,
                step: step)
        }
        fixture.state.dialog = .addressReport(run.report)
        let text = fixture.render().text
        #expect(text.contains("Results: Off-board 3 people"), "\(text)")
        for person in Self.people {
            for step in OffboardStep.all {
                #expect(text.contains("\(person.email ?? "") · \(step.name)"), "\(person.id) \(step.name)")
            }
        }
        #expect(text.contains("✗ failed   p2@example.com · sign out everywhere: refused: Access denied"))
        #expect(text.contains("· not sent p2@example.com · terminate: not sent: sign out everywhere fail"))
        #expect(text.contains("8 done · 1 failed · 3 not sent"), "\(text)")
    }
}
