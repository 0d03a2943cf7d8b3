import DocSpaceAPI
import Foundation
import PeopleTestSupport
import Testing

@testable import PeopleCore

/// The portal's rate limiter answers 429 with `Retry-After` before the portal acts on a
/// request, so a batch it turned away was not changed at all: the run waits as long as asked
/// (shown as a wait, not an error) and sends that batch again. Esc during the wait stops the
/// run with nothing more sent.
@Suite("One change path: the portal's rate limit is a wait, not an error")
struct RateLimitTests {
    static let people = (0..<6).map { People.person($0) }
    static let limit = DocSpaceError.rateLimited(retryAfter: 30)

    /// Six marked, `t y`, the re-check answered: the batch is pending.
    func started() throws -> Harness {
        var h = Harness.loaded(Self.people)
        h.state.marks = Marks(Self.people)
        h.press(.char("t"))
        h.confirm()
        h.answerChange()  // the re-check
        let batch = try #require(h.pendingChange)
        guard case .change(.terminate, let ids) = batch.request else {
            Issue.record("no terminate pending: \(batch.request)")
            return h
        }
        #expect(ids.count == 6)
        h.answer(batch.id, with: .failure(Self.limit))
        return h
    }

    @Test("429 Retry-After 30: a wait on screen, nothing sent during it, the same batch again after it, all done")
    func waitsAndSendsAgain() throws {
        var h = try started()
        #expect(h.pendingChange == nil, "nothing is sent during the wait")
        #expect(h.state.message?.text == "The portal's rate limit: the next batch goes in 30 s (Esc stops)")
        #expect(h.state.changeRun?.phase == .waiting)
        #expect(h.state.isChangeInFlight, "no other change starts during the wait")
        #expect(h.state.changeRun?.showsProgress == true, "the wait is on screen, with Esc")
        h.tick(29)
        #expect(h.pendingChange == nil)
        h.tick(1)
        let again = try #require(h.pendingChange)
        #expect(again.request == .change(.terminate, ids: Self.people.map(\.id)))
        h.settle()
        let report = try #require(h.report)
        #expect(report.done.count == 6)
        #expect(report.failed.isEmpty && report.skipped.isEmpty)
        #expect(h.server.people.allSatisfy { $0.status == .terminated })
    }

    @Test("Esc during the wait: the run ends at once, the batch and the rest not sent, nothing more goes out")
    func escapeEndsTheWait() throws {
        var h = try started()
        h.press(.escape)
        #expect(h.pendingChange == nil)
        let report = try #require(h.report)
        #expect(report.done.isEmpty)
        #expect(report.resultRows.map(\.outcome) == Array(repeating: .notSent, count: 6))
        #expect(report.resultRows.allSatisfy { $0.detail == ChangeRun.stoppedReason })
        h.tick(60)
        #expect(h.pendingChange == nil)
        #expect(h.server.people.allSatisfy { $0.status == .active })
    }

    @Test("A wait longer than the portal's strictest window is not kept: the batch fails with the portal's words")
    func tooLongAWait() throws {
        var run = ChangeRun(action: PendingAction(kind: .terminate, targets: Self.people))
        guard case .send(let batch) = run.start() else {
            Issue.record("no batch")
            return
        }
        let step = run.answered(batch, .failure(.rateLimited(retryAfter: ChangeRun.longestWait + 1)))
        #expect(step == .reread(ids: batch.ids), "read back, then reported from what the portal shows")
    }

    /// A portal whose first status change is turned away by the rate limit.
    actor LimitedPortal: ScriptedPeopleClient {
        var calls = 0
        func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
            calls += 1
            if calls == 1 { throw RateLimitTests.limit }
            return RateLimitTests.people.filter { ids.contains($0.id) }.map {
                var person = $0
                person.status = status
                return person
            }
        }
    }

    final class Waits: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [Double] = []
        func add(_ seconds: Double) { lock.withLock { all.append(seconds) } }
        var seconds: [Double] { lock.withLock { all } }
    }

    @Test("The command line's driver waits the same way (told to the hook, slept in slices) and sends the batch again")
    func driverWaits() async {
        let portal = LimitedPortal()
        let told = Waits()
        let slept = Waits()
        let driver = ChangeDriver(
            client: portal,
            hooks: ChangeDriver.Hooks(waiting: { told.add($0) }, sleep: { slept.add($0) }))
        let run = await driver.run(ChangeRun(action: PendingAction(kind: .terminate, targets: Self.people)))
        #expect(told.seconds == [30])
        #expect(slept.seconds == Array(repeating: 1, count: 30))
        #expect(await portal.calls == 2)
        #expect(run.report.done.count == 6)
    }
}
