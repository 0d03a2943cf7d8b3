import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `x` in the task progress dialog: the portal is asked to cancel the task followed now
/// (`PUT …/terminate`), nobody else starts, and what the portal then reports is what the admin
/// is told — cancelled (nothing changed), or finished first (done).
@Suite("Cancelling a portal task (x)")
struct TaskCancelTests {
    static var people: [Person] { TypeChangeTests.people }

    func pending(_ h: Harness, _ match: (Request) -> Bool) -> (id: RequestID, request: Request)? {
        h.pending.first { match($0.request) }
    }

    var isStart: (Request) -> Bool { { if case .startTypeChange = $0 { true } else { false } } }
    var isCancel: (Request) -> Bool { { if case .cancelTypeChange = $0 { true } else { false } } }

    /// Marks `ids` (room admins), T → Guest, the first receiver, y, the re-check answered: the
    /// first start is pending.
    /// `demoteToGuest`, with the portal's answer to the start in: the task is running.
    func demotionUnderway(_ ids: [String]) throws -> Harness {
        var h = demoteToGuest(ids)
        let start = try #require(pending(h, isStart))
        h.answer(start.id, with: h.server.answerTypes(start.request))
        return h
    }

    func demoteToGuest(_ ids: [String]) -> Harness {
        var h = Harness.loaded(Self.people)
        for id in ids {
            h.select(id)
            h.press(.char(" "))
        }
        h.press(.char("T"), .down, .down, .enter)
        h.settle()  // the receivers
        h.press(.enter, .char("y"))
        if let verify = pending(h, { if case .verify = $0 { true } else { false } }) {
            h.answer(verify.id, with: h.server.answer(verify.request))
        }
        return h
    }

    var isReread: (Request) -> Bool { { if case .verify = $0 { true } else { false } } }

    @Test(
        "x after the start: PUT type/terminate, the task Canceled, the person re-read and reported unchanged; the others never start"
    )
    func cancelRunning() throws {
        var h = demoteToGuest(["id-3", "id-4"])
        let start = try #require(pending(h, isStart))
        #expect(start.request == .startTypeChange(userID: "id-3", to: .guest, reassignTo: "owner"))
        h.answer(start.id, with: h.server.answerTypes(start.request))
        #expect(h.state.dialog == .taskProgress)
        let asked = Harness.requests(h.press(.char("x")))
        #expect(asked == [.cancelTypeChange(userID: "id-3")])
        #expect(h.state.taskWatch?.isCancelling == true)
        // x again sends nothing more.
        #expect(Harness.requests(h.press(.char("x"))).isEmpty)
        let cancel = try #require(pending(h, isCancel))
        h.answer(cancel.id, with: h.server.answerTypes(cancel.request))
        // Cancelled is not assumed to mean unchanged: the person is read back first.
        let reread = try #require(pending(h, isReread))
        #expect(reread.request == .verify(ids: ["id-3"]))
        #expect(h.state.dialog == .taskProgress)
        h.answer(reread.id, with: h.server.answer(reread.request))
        // The second person was never started.
        #expect(!h.pending.contains { if case .startTypeChange = $0.request { true } else { false } })
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results: \(String(describing: h.state.dialog))")
            return
        }
        #expect(report.done.isEmpty)
        #expect(
            report.failed.map(\.person.id) == ["id-4", "id-3"] || report.failed.map(\.person.id) == ["id-3", "id-4"])
        #expect(
            report.failed.first { $0.person.id == "id-3" }?.reason == "cancelled at your request (x): still Room admin")
        #expect(report.failed.first { $0.person.id == "id-4" }?.reason == "not started: you cancelled")
        #expect(h.server.people.first { $0.id == "id-3" }?.type == .roomAdmin)
        #expect(report.cancelledIDs == ["id-3", "id-4"])
        #expect(!h.effects.contains(.bell))
        #expect(h.state.message?.text == "Cancelled at your request: nobody was changed")
        #expect(h.state.message?.level == .warning)
        let audit = try #require(TypeChangeTests.audits(h.effects).last)
        #expect(audit.targets.first?.outcome == "failed")
        #expect(audit.targets.first?.detail?.contains("cancelled at your request") == true)
    }

    @Test("x before the portal answered the start: the cancel goes out once there is a task")
    func cancelBeforeStart() throws {
        var h = demoteToGuest(["id-3"])
        let start = try #require(pending(h, isStart))
        #expect(Harness.requests(h.press(.char("x"))).isEmpty)
        #expect(h.state.message?.text.contains("once the portal has started") == true)
        h.answer(start.id, with: h.server.answerTypes(start.request))
        let cancel = try #require(pending(h, isCancel))
        #expect(cancel.request == .cancelTypeChange(userID: "id-3"))
        h.answer(cancel.id, with: h.server.answerTypes(cancel.request))
        h.settle()  // the re-read
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.failed.map(\.reason) == ["cancelled at your request (x): still Room admin"])
    }

    @Test("x while the start's answer had no task: nothing was cancelled, and the results do not say so")
    func nothingToCancel() throws {
        var h = demoteToGuest(["id-3"])
        let start = try #require(pending(h, isStart))
        h.press(.char("x"))
        h.answer(start.id, with: .task(nil))  // the portal shows no task: the person re-read decides
        #expect(pending(h, isCancel) == nil)
        h.settle()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.cancelledIDs.isEmpty)
        #expect(report.failed.map(\.reason) == ["the task completed but the portal left them Room admin"])
        #expect(!(h.state.message?.text.contains("Cancelled at your request") ?? true))
    }

    @Test("A progress answer marked Completed (status 2) without isCompleted still ends the task")
    func completedWithoutFlag() throws {
        var h = try demotionUnderway(["id-3"])
        h.tick(0.5)
        let poll = try #require(pending(h) { if case .typeChangeProgress = $0 { true } else { false } })
        h.server.people[3] = h.server.people[3].retyped(.guest)  // the portal did it
        h.answer(
            poll.id,
            with: .task(TaskProgress(id: "t", error: nil, percentage: 100, isCompleted: false, state: .completed)))
        #expect(pending(h, isReread) != nil, "the re-read that ends the task")
        h.settle()
        #expect(h.state.taskWatch == nil)
        #expect(h.state.message?.text == "Changed to Guest: Person 00003 <p3@example.com>")
    }

    @Test("Cancel sent, then a poll finds no task: the person re-read unchanged is reported cancelled, not failed")
    func cancelThenNoTask() throws {
        var h = try demotionUnderway(["id-3"])
        h.tick(0.5)  // a poll goes out…
        let poll = try #require(pending(h) { if case .typeChangeProgress = $0 { true } else { false } })
        h.press(.char("x"))  // …then the cancel
        let cancel = try #require(pending(h, isCancel))
        h.answer(poll.id, with: .task(nil))  // the poll finds the task gone
        h.answer(cancel.id, with: .task(nil))
        h.settle()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.failed.map(\.reason) == ["cancelled at your request (x): still Room admin"])
        #expect(report.cancelledIDs == ["id-3"])
        #expect(!h.effects.contains(.bell))
    }

    @Test("A cancel among other failures: the summary counts the failures, and the bell rings for them")
    func cancelAmongFailures() {
        var report = ActionReport(kind: .setType(.guest), done: [], failed: [])
        report.failed = [
            SkippedTarget(person: People.person(1), reason: "Access denied"),
            SkippedTarget(person: People.person(2), reason: "not started: you cancelled"),
        ]
        report.cancelledIDs = ["id-2"]
        #expect(report.summary == "Cancelled at your request: nobody was changed; 1 failed")
        #expect(report.failedOtherwise == 1)
    }

    @Test("The task finished before the cancel landed: reported done, after the person is re-read")
    func finishedFirst() throws {
        var h = demoteToGuest(["id-3"])
        h.server.types.step = 100
        let start = try #require(pending(h, isStart))
        h.answer(start.id, with: h.server.answerTypes(start.request))
        let poll = Harness.requests(h.tick(0.5))
        #expect(poll == [.typeChangeProgress(userID: "id-3")])
        h.press(.char("x"))
        // The progress answers first: complete.
        let progress = try #require(pending(h) { if case .typeChangeProgress = $0 { true } else { false } })
        h.answer(progress.id, with: h.server.answerTypes(progress.request))
        let cancel = try #require(pending(h, isCancel))
        h.answer(cancel.id, with: h.server.answerTypes(cancel.request))
        // One re-read, not two.
        let rereads = h.pending.filter { $0.request == .verify(ids: ["id-3"]) }
        #expect(rereads.count == 1)
        h.answerNext()
        #expect(h.state.taskWatch == nil)
        #expect(h.state.message?.text == "Changed to Guest: Person 00003 <p3@example.com>")
    }

    @Test("A refused cancel is said; the task is followed to its end")
    func cancelRefused() throws {
        var h = try demotionUnderway(["id-3"])
        h.press(.char("x"))
        let cancel = try #require(pending(h, isCancel))
        h.answer(cancel.id, with: .failure(.forbidden(message: "Access denied")))
        #expect(h.state.message?.text.contains("did not cancel the task") == true)
        #expect(h.state.dialog == .taskProgress)
        // Polling goes on; the task completes; the person re-read decides.
        h.tick(0.5)
        h.settle()
        h.tick(0.5)
        h.settle()
        #expect(h.state.taskWatch == nil)
        #expect(h.server.people.first { $0.id == "id-3" }?.type == .guest)
        #expect(h.state.message?.text == "Changed to Guest: Person 00003 <p3@example.com>")
    }

    @Test("Hand-over before a delete: x cancels it, and nobody is deleted, not even those who needed none")
    func cancelHandover() throws {
        var h = ReassignTests.harness()
        // id-1 owns rooms, id-2 does not: both disabled, both marked for the delete.
        h.select("id-1")
        h.press(.char(" "))
        h.select("id-2")
        h.press(.char(" "))
        h.press(.char("d"))
        h.type("DELETE")
        h.press(.enter)
        h.settle()  // re-check, reassign/necessary
        guard case .handover = h.state.dialog else {
            Issue.record("no hand-over dialog")
            return
        }
        h.press(.char("h"))
        let start = try #require(pending(h) { if case .startReassign = $0 { true } else { false } })
        h.answer(start.id, with: h.server.answerTypes(start.request))
        #expect(Harness.requests(h.press(.char("x"))) == [.cancelReassign(userID: "id-1")])
        h.settle()
        #expect(!h.effects.contains { if case .request(_, .change(.delete, _)) = $0 { true } else { false } })
        #expect(h.server.people.contains { $0.id == "id-1" })
        #expect(h.server.people.contains { $0.id == "id-2" })
        #expect(h.server.types.roomOwners == ["id-1"])
        #expect(h.state.taskWatch == nil)
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results: \(String(describing: h.state.dialog))")
            return
        }
        #expect(report.done.isEmpty)
        #expect(Set(report.failed.map(\.person.id)) == ["id-1", "id-2"])
        #expect(
            report.failed.first { $0.person.id == "id-1" }?.reason.contains(
                "hand-over cancelled at your request (x) at 0 %") == true)
    }

    @Test(
        "A hand-over that finished before the cancel landed: the portal still answers Canceled; the re-check shows it done"
    )
    func handoverFinishedBeforeTheCancel() throws {
        var h = ReassignTests.harness()
        h.server.types.step = 100  // the first progress request finishes it
        h.select("id-1")
        h.press(.char(" "))
        h.select("id-2")
        h.press(.char(" "))
        h.press(.char("d"))
        h.type("DELETE")
        h.press(.enter)
        h.settle()
        guard case .handover = h.state.dialog else {
            Issue.record("no hand-over dialog")
            return
        }
        h.press(.char("h"))
        let start = try #require(pending(h) { if case .startReassign = $0 { true } else { false } })
        h.answer(start.id, with: h.server.answerTypes(start.request))
        h.tick(0.5)
        let poll = try #require(pending(h) { if case .reassignProgress = $0 { true } else { false } })
        // The portal finishes the hand-over (the rooms move), but its answer is still on its way…
        let lateProgress = h.server.answerTypes(poll.request)
        #expect(h.server.types.roomOwners == ["owner"])
        // …when x goes out, and the cancel's answer comes first: Canceled, completed.
        #expect(Harness.requests(h.press(.char("x"))) == [.cancelReassign(userID: "id-1")])
        let cancel = try #require(pending(h) { if case .cancelReassign = $0 { true } else { false } })
        let cancelled = h.server.answerTypes(cancel.request)
        guard case .task(let answer?) = cancelled else {
            Issue.record("no cancel answer")
            return
        }
        #expect(answer.state == .canceled && answer.isCompleted)
        h.answer(cancel.id, with: cancelled)
        // Not taken at its word: what id-1 still owns is asked.
        let recheck = try #require(pending(h) { $0 == .reassignNecessary(ids: ["id-1"]) })
        h.answer(recheck.id, with: h.server.answerTypes(recheck.request))
        h.answer(poll.id, with: lateProgress)  // dropped: the task is settled
        h.settle()
        #expect(
            !h.effects.contains { if case .request(_, .change(.delete, _)) = $0 { true } else { false } },
            "x still deletes nobody")
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results: \(String(describing: h.state.dialog))")
            return
        }
        #expect(report.done.isEmpty)
        let reason = report.failed.first { $0.person.id == "id-1" }?.reason ?? ""
        #expect(reason.contains("after theirs had finished"), "\(reason)")
        #expect(!reason.contains("hand-over cancelled"), "\(reason)")
        let handover = try #require(ReassignTests.audits(h.effects).first { $0.action == "reassign" })
        #expect(handover.targets.map(\.outcome) == ["done"], "the hand-over is on record as done")
    }

    @Test("Read-only sessions have no x (it sends a request)")
    func readOnlyHasNoCancel() {
        #expect(KeyTable.standard.readOnly().binding(for: .char("x"), in: .taskProgress) == nil)
        #expect(KeyTable.standard.binding(for: .char("x"), in: .taskProgress)?.action == .cancelTask)
    }
}
