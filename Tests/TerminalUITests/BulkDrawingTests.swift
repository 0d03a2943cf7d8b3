import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The bulk screens at 80×24: the marked count in the status line, the bulk confirmation,
/// the progress view and the results view, with long and wide names cut sanely.
@Suite("Drawing the bulk screens")
@MainActor
struct BulkDrawingTests {
    nonisolated static let people: [Person] = {
        var people = (0..<150).map { Fixture.person($0, status: $0 < 40 ? .terminated : .active) }
        people[1] = Fixture.person(1, name: "李小龙 Bruce Lee", email: "bruce@例子.公司", status: .terminated)
        people[2] = Fixture.person(2, name: String(repeating: "Bartholomew-", count: 20) + "End", status: .terminated)
        return people
    }()

    /// Every row is exactly as wide as the screen, counted in cells.
    func expectRowsFit(_ screen: InMemoryScreen) {
        for y in 0..<screen.size.height {
            let width = screen.cells[y].reduce(0) { $0 + ($1.glyph.isEmpty ? 0 : TerminalText.width($1.glyph)) }
            #expect(width == screen.size.width, "row \(y) is \(width) cells: \(screen.line(y))")
        }
    }

    @Test("The status line counts the marks and those the filter hides")
    func statusLineCounts() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.press(.char(" "), .char(" "), .char(" "))
        var screen = fixture.render()
        #expect(screen.line(23).contains("3 marked"), "\(screen.line(23))")
        #expect(!screen.line(23).contains("hidden"))
        fixture.people = Self.people.filter { $0.status == .active }
        fixture.send(.key(.char("f")))  // status: Active; the three marked are disabled
        fixture.state.message = nil
        screen = fixture.render()
        #expect(fixture.state.hiddenMarkCount == 3)
        #expect(screen.line(23).contains("3 marked (3 hidden by the filter)"), "\(screen.line(23))")
        expectRowsFit(screen)
    }

    @Test("* says how far it got and that Esc stops it")
    func markAllProgress() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.state.markAll = nil
        // The fixture answers pages at once; hold the run as it is after the first page.
        _ = update(&fixture.state, .key(.char("*")))
        _ = update(&fixture.state, .tick(now: 0.2))
        let screen = fixture.render()
        #expect(fixture.state.markAll != nil)
        #expect(screen.line(23).contains("marking 0/… · Esc stops"), "\(screen.line(23))")
        expectRowsFit(screen)
    }

    @Test("Bulk delete at 80×24: the count, names and e-mails that fit, + N more, left out, hidden, portal, typed word")
    func bulkDeleteDialog() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        for _ in 0..<30 { fixture.press(.char(" ")) }
        fixture.press(.char("V"))  // nothing new: the anchor is the cursor row's neighbour
        fixture.state.marks.append(Self.people[45])  // active: delete leaves them out
        fixture.press(.char("d"))
        let screen = fixture.render()
        let text = screen.text
        #expect(text.contains("Delete 31 people?"), "\(text)")
        #expect(text.contains("Person 0 <p0@example.com>"))
        #expect(text.contains("李小龙 Bruce Lee <bruce@例子.公司>"))
        #expect(text.contains("Bartholomew-Bartholomew-"))
        #expect(text.contains("more"), "the names that do not fit are counted")
        #expect(text.contains("Portal:  portal.example.com"))
        #expect(text.contains("Request: PUT /api/2.0/people/delete"))
        #expect(text.contains("1 left out: Person 45 (terminate first (t))"))
        #expect(text.contains("Type DELETE and press Enter"))
        expectRowsFit(screen)
    }

    @Test(
        "Many marked: the names shrink to make room; who is left out, who is hidden, the batches and the keys stay on screen",
        arguments: [
            TerminalSize(width: 80, height: 24), TerminalSize(width: 100, height: 40),
            TerminalSize(width: 100, height: 70),
        ])
    func manyMarkedKeepsTheFacts(size: TerminalSize) {
        // 210 disabled, whom the filter hides and `a` re-activates; 50 active, whom it leaves out.
        let people = (0..<260).map { Fixture.person($0, status: $0 < 210 ? .terminated : .active) }
        var fixture = Fixture(people: people, size: size)
        fixture.state.marks = Marks(people)
        fixture.people = people.filter { $0.status == .active }
        fixture.send(.key(.char("f")))  // status: Active
        fixture.state.message = nil
        fixture.press(.char("a"))
        let screen = fixture.render()
        let text = screen.text
        #expect(text.contains("Re-activate 210 people?"), "\(text)")
        #expect(text.contains("more"), "the names that do not fit are counted")
        #expect(text.contains("50 left out: Person 210 (not disabled)"), "\(text)")
        #expect(text.contains("210 of them are hidden by the current filter or search."), "\(text)")
        #expect(text.contains("Sent in 3 batches of at most 100"), "\(text)")
        #expect(text.contains("Request: PUT /api/2.0/people/status/Active"), "\(text)")
        #expect(text.contains("Type 210, the number of people, and press Enter"), "more than 20: the number is typed")
        #expect(!text.contains("more lines"), "nothing of the dialog is cut:\n\(text)")
        expectRowsFit(screen)
    }

    @Test("At the smallest size, a typed delete of many: the people are counted, the request and the keys stay")
    func smallestScreenKeepsTheFacts() {
        let people = (0..<260).map { Fixture.person($0, status: $0 < 210 ? .terminated : .active) }
        var fixture = Fixture(people: people, size: TerminalSize(width: 60, height: 15))
        fixture.state.marks = Marks(people)  // 50 active: delete leaves them out
        fixture.press(.char("d"))
        let text = fixture.render().text
        #expect(text.contains("Delete 210 people?"), "\(text)")
        #expect(text.contains("Type DELETE and press Enter"), "\(text)")
        #expect(text.contains("> "), "the typed field")
        #expect(text.contains("210 people (a taller terminal lists them)"), "\(text)")
        #expect(text.contains("Request: PUT /api/2.0/people/delete"), "\(text)")
    }

    @Test("The progress view: a bar with done/total, the batch on its way, what Esc does")
    func progress() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let targets = Array(Self.people.prefix(250))
        var run = ChangeRun(
            action: PendingAction(kind: .terminate, targets: targets + (150..<250).map { Fixture.person($0) }))
        guard case .send(let first) = run.start() else {
            Issue.record("the run did not send its first batch")
            return
        }
        // The first batch answered: the second is on its way.
        _ = run.answered(first, .people(first.targets))
        fixture.state.changeRun = run
        var screen = fixture.render()
        #expect(screen.text.contains("Terminating 250 people"), "\(screen.text)")
        #expect(screen.text.contains("] 100/250"))
        #expect(screen.text.contains("[████"))
        #expect(screen.text.contains("Esc stops after this batch"))
        #expect(screen.line(22).contains("Esc stop"))
        expectRowsFit(screen)
        fixture.state.changeRun?.stopRequested = true
        screen = fixture.render()
        #expect(screen.text.contains("Stopping after this batch: 50 will not be sent."), "\(screen.text)")
    }

    @Test("The rate limit's wait: the seconds left count down, nothing is said to be on its way, Esc stops now")
    func rateLimitWait() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        var run = ChangeRun(action: PendingAction(kind: .terminate, targets: Array(Self.people.prefix(6))))
        guard case .send(let batch) = run.start() else {
            Issue.record("the run did not send its batch")
            return
        }
        #expect(run.answered(batch, .failure(.rateLimited(retryAfter: 30))) == .wait(seconds: 30))
        fixture.state.changeRun = run
        fixture.state.now = 100
        fixture.state.runResumesAt = 112.5
        let screen = fixture.render()
        #expect(screen.text.contains("they go again in 13 s"), "\(screen.text)")
        #expect(!screen.text.contains("on its way"), "\(screen.text)")
        #expect(screen.text.contains("Esc stops now: 6 will not be sent."), "\(screen.text)")
    }

    @Test("The results view: summary, one line per person (wide and long names cut), keys; the save field")
    func results() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let report = ActionReport(
            kind: .terminate,
            done: (3..<30).map { Self.people[$0] },
            failed: [
                SkippedTarget(person: Self.people[1], reason: "The portal refused: Access denied (403)"),
                SkippedTarget(
                    person: Self.people[2], reason: "not in the server's answer (skipped by the portal)",
                    outcome: .skipped),
            ],
            skipped: [SkippedTarget(person: Self.people[0], reason: "not sent: stopped by you", outcome: .notSent)])
        fixture.state.dialog = .report(report)
        var screen = fixture.render()
        let text = screen.text
        #expect(text.contains("Results: Terminated 27 of 30; 2 failed, 1 not sent (stopped by you)"), "\(text)")
        #expect(text.contains("27 done · 1 skipped · 1 failed · 1 not sent"))
        #expect(text.contains("✗ failed   李小龙 Bruce Lee <bruce@例子.公司>: The portal refused"))
        #expect(text.contains("– skipped  Bartholomew-"))
        #expect(text.contains("· not sent Person 0 <p0@example.com>: not sent: stopped by you"))
        #expect(text.contains("✓ done     Person 3 <p3@example.com>: "))
        #expect(text.contains("1–12 of 30"))
        #expect(text.contains("s save CSV · Esc, q or Enter close"))
        expectRowsFit(screen)
        fixture.state.results.scroll = 18
        fixture.state.results.savePath = "docspace-people-terminate-20261129-071500.csv"
        screen = fixture.render()
        #expect(screen.text.contains("Person 29 <p29@example.com>"))
        #expect(!screen.text.contains("Bruce Lee"))
        #expect(screen.showsCursor(after: "Save as CSV: docspace-people-terminate-20261129-071500.csv"))
        #expect(screen.line(22).contains("Enter save"))
        expectRowsFit(screen)
    }
}
