import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Drawing the type-change and hand-over dialogs")
@MainActor
struct TypesDrawingTests {
    nonisolated static let longName =
        "Maximiliane-Wilhelmina 李小龙 " + String(repeating: "Überlänge ", count: 20) + "\u{1B}[2J"
    nonisolated static let people: [Person] = {
        var people = (0..<30).map { Fixture.person($0) }
        people[1] = Fixture.person(1, name: longName, email: "max@例子.公司")
        people[2].isCollaborator = false
        people[2].isRoomAdmin = true
        return people
    }()
    nonisolated static let receiver = Person(
        id: "id-99", displayName: "Zoe Admin", email: "zoe@example.com", isAdmin: true)

    func expectSane(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            let width = screen.cells[y].reduce(0) { $0 + ($1.glyph.isEmpty ? 0 : TerminalText.width($1.glyph)) }
            #expect(width == screen.size.width, "row \(y) is \(width) cells: \(screen.line(y))")
            #expect(
                !screen.line(y).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                "row \(y) holds a control character")
        }
    }

    @Test("T on a user: the allowed types, the greyed one with its reason, the keys")
    func typeChoice() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char("T"))
        let screen = fixture.render()
        #expect(screen.text.contains("Change the type of 1 person"))
        #expect(screen.text.contains("DocSpace admin"))
        #expect(screen.text.contains("▸ Room admin"), "the safe default: one step up from User")
        #expect(screen.text.contains("User — already User"))
        #expect(screen.text.contains("Guest"))
        #expect(screen.text.contains("Esc cancels"))
        #expect(screen.line(22).contains("Enter choose"))
        expectSane(screen)
    }

    @Test(
        "The demotion confirmation: a long wide name cut, the types, the receiver, the request",
        arguments: [
            TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 15),
        ])
    func demotionConfirmation(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        var plan = TypeChangePlan(type: .guest, targets: [Self.people[1], Self.people[2]], me: Fixture.owner)
        plan.receiver = Self.receiver
        fixture.state.dialog = .confirm(Confirmation(typeChange: plan, portal: "portal.example.com"))
        let screen = fixture.render()
        #expect(screen.text.contains("Change 2 people to Guest?"))
        #expect(screen.text.contains("[y] Yes     [N] No"))
        if size.height >= 24 {
            // The change leads the line: a long, wide name is what gets cut, never the types.
            #expect(screen.text.contains(" → Guest  Maximiliane-Wilhelmina 李小龙"), "\(screen.text)")
            #expect(screen.text.contains("• Room admin → Guest  "), "\(screen.text)")
            #expect(screen.text.contains("Request: POST /api/2.0/people/type"))
            #expect(screen.text.contains("Their rooms and files go to: Zoe Admin <zoe@example.com>"))
            #expect(screen.text.contains("Portal:  portal.example.com"))
        }
        expectSane(screen)
    }

    @Test("Task progress: who, how far, the receiver, and that Esc only stops watching")
    func progress() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        var watch = TaskWatch(
            job: .typeChange(.user), receiver: Fixture.owner, people: [Self.people[1], Self.people[2]])
        watch.queue.removeFirst()
        watch.current = Self.people[1]
        watch.progress = TaskProgress(id: "t", error: nil, percentage: 40, isCompleted: false, state: .running)
        fixture.state.taskWatch = watch
        fixture.state.dialog = .taskProgress
        let screen = fixture.render()
        #expect(screen.text.contains("Changing 2 people to User"))
        #expect(screen.text.contains("1 of 2: Maximiliane-Wilhelmina"))
        #expect(screen.text.contains("40 %"))
        #expect(screen.text.contains("[████████████████░░░░"))
        #expect(screen.text.contains("Rooms and files go to: Olga Owner <owner@example.com>"))
        #expect(screen.text.contains("x cancels the portal's task · Esc only stops watching"))
        #expect(screen.line(22).contains("Esc stop watching"))
        #expect(screen.line(22).contains("x cancel task"))
        expectSane(screen)
        // After x: the bar says so until the portal answers.
        fixture.state.taskWatch?.isCancelling = true
        let cancelling = fixture.render()
        #expect(cancelling.text.contains("cancelling…"))
        #expect(cancelling.text.contains("Asked the portal to cancel; waiting for its answer."))
    }

    @Test(
        "The hand-over dialog names the owners, the receiver and both ways on",
        arguments: [
            TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 15),
        ])
    func handover(_ size: TerminalSize) {
        var fixture = Fixture(people: Self.people, size: size)
        var owners = [Self.people[1]]
        owners[0].status = .terminated
        let action = PendingAction(kind: .delete, targets: owners + [Self.people[5]])
        fixture.state.dialog = .handover(
            HandoverChoice(
                action: action, needing: owners, receiver: Fixture.owner,
                portal: "portal.example.com"))
        let screen = fixture.render()
        #expect(screen.text.contains("Hand over their data before deleting?"))
        #expect(screen.text.contains("[h] Hand over, then delete"))
        #expect(screen.text.contains("[L] Delete and lose their rooms and files"))
        #expect(screen.text.contains("[Esc] Cancel: nothing is sent"))
        if size.height >= 24 {
            // The bar (under the box at this height) has every key whole, Esc included.
            let bar = screen.line(size.height - 2)
            #expect(bar.contains("Esc cancel"), "\(bar)")
            #expect(!bar.contains("…"), "\(bar)")
            #expect(screen.text.contains("This person owns rooms or shared files:"))
            #expect(screen.text.contains("1 other owns no rooms or shared files: deleted either way."))
            #expect(screen.text.contains("Receiver: Olga Owner <owner@example.com>"))
            #expect(screen.line(22).contains("L delete, lose data"))
        }
        expectSane(screen)
    }

    @Test("Too narrow for every key: the bar leaves out whole items, never cuts one, and keeps Esc")
    func narrowBarKeepsTheWayOut() {
        let size = TerminalSize(width: 60, height: 30)  // the narrowest the app draws
        var fixture = Fixture(people: Self.people, size: size)
        var owners = [Self.people[1]]
        owners[0].status = .terminated
        fixture.state.dialog = .handover(
            HandoverChoice(
                action: PendingAction(kind: .delete, targets: owners),
                needing: owners, receiver: Fixture.owner, portal: "portal.example.com"))
        let screen = fixture.render()
        let bar = screen.line(size.height - 2)
        #expect(bar.contains("h hand over + delete"), "\(screen.text)")
        #expect(
            bar.hasSuffix("Esc cancel") || bar.trimmingCharacters(in: .whitespaces).hasSuffix("Esc cancel"), "\(bar)")
        #expect(!bar.contains("…"), "\(bar)")
    }

    @Test("The receiver picker: you first, then the admins; loading and failure say so")
    func picker() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let plan = TypeChangePlan(type: .guest, targets: [Self.people[2]], me: Fixture.owner)
        var choice = ReceiverChoice(purpose: .typeChange(plan), me: Fixture.owner)
        fixture.state.dialog = .receiverChoice(choice)
        let loading = fixture.render()
        #expect(loading.text.contains("Who receives the rooms and files of Person 2 <p2@example.com>?"))
        #expect(loading.text.contains("▸ Olga Owner <owner@example.com> (you) · DocSpace admin"))
        #expect(loading.text.contains("listing the other admins…"))
        choice.add([Self.receiver, Self.people[2]])
        choice.move(1)
        fixture.state.dialog = .receiverChoice(choice)
        let listed = fixture.render()
        #expect(listed.text.contains("▸ Zoe Admin <zoe@example.com> · DocSpace admin"))
        #expect(!listed.text.contains("Person 2 <p2@example.com> ·"))  // the giver is never offered
        expectSane(listed)
    }

    @Test("Type change results: done with the new type, failed with the portal's words")
    func results() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        var report = ActionReport(kind: .setType(.roomAdmin), done: [], failed: [])
        var raised = Self.people[3]
        raised.isCollaborator = false
        raised.isRoomAdmin = true
        report.done = [raised]
        report.failed = [
            SkippedTarget(person: Self.people[1], reason: "Payment required by the portal (402): No free seat")
        ]
        fixture.state.dialog = .report(report)
        let screen = fixture.render()
        #expect(screen.text.contains("Results: Changed to Room admin: 1 of 2; 1 failed"), "\(screen.text)")
        #expect(screen.text.contains("✓ done     Person 3 <p3@example.com>: now Room admin"))
        #expect(screen.text.contains("No free seat"))
        #expect(screen.text.contains("Esc, q or Enter close"))
        expectSane(screen)
    }

    @Test("The action bar offers T, or greys it with the reason")
    func actionBar() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 200, height: 40))
        let bar = fixture.render().line(38)
        #expect(bar.contains("T set type"))
        #expect(!bar.contains("T set type:"))
        fixture.state.session.me = Fixture.person(40)  // a plain user changes nobody's type
        #expect(fixture.render().line(38).contains("T set type: needs an admin"))
        var readOnly = Fixture(people: Self.people, size: TerminalSize(width: 160, height: 40), readOnly: true)
        #expect(!readOnly.render().line(38).contains("set type"))
        readOnly.press(.char("T"))
        #expect(readOnly.state.dialog == nil)
    }
}
