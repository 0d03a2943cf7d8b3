import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Changes of many people, driven by `update` one batch at a time: exactly one request per
/// batch of at most 100, a progress view, Esc stopping after the batch on its way, and what
/// the server skipped or refused, person by person.
@Suite("Bulk changes: batches, progress, stopping, partial results")
struct BulkRunTests {
    /// Marks everyone with `*` and confirms `t`.
    static func terminating(_ count: Int) -> Harness {
        var h = Harness.loaded(People.many(count))
        h.press(.char("*"))
        h.settle()
        h.press(.char("t"))
        h.confirm()
        h.answerChange()  // the re-check
        return h
    }

    static func statusBatches(_ effects: [Effect]) -> [[String]] {
        Harness.requests(effects).compactMap {
            if case .change(let kind, let ids) = $0, kind != .delete { ids } else { nil }
        }
    }

    @Test("250 people: exactly 3 requests of 100, 100 and 50, each sent after the previous answered")
    func threeBatches() throws {
        var h = Self.terminating(250)
        var sent: [[String]] = []
        // After the re-check, one batch is on its way; nothing else.
        sent += Self.statusBatches(h.effects)
        #expect(sent.map(\.count) == [100])
        #expect(h.state.inputContext == .progress)
        #expect(h.state.changeRun?.answeredCount == 0)
        #expect(h.state.changeRun?.batchesSent == 1)
        var answered: [Int] = []
        while let change = h.pendingChange {
            let before = h.effects.count
            h.answerChange()
            _ = change
            answered.append(h.state.changeRun?.answeredCount ?? -1)
            sent += Self.statusBatches(Array(h.effects[before...]))
        }
        #expect(sent.map(\.count) == [100, 100, 50])
        #expect(sent.flatMap { $0 } == (0..<250).map { "id-\($0)" }, "in marking order, each once")
        #expect(answered == [100, 200, -1], "done/total moves by a batch; the run ends with the last")
        #expect(h.state.changeRun == nil)
        #expect(h.state.message?.text == "Terminated 250 people (u undoes)")
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.count == 250)
        #expect(report.outcomeLine == "250 done")
    }

    @Test("Up to 100 people go in one request, without a progress view")
    func oneBatch() {
        var h = Self.terminating(100)
        #expect(Self.statusBatches(h.effects).map(\.count) == [100])
        #expect(h.state.changeRun?.showsProgress == false)
        #expect(h.state.inputContext == .list)
        h.answerChange()
        #expect(h.state.message?.text == "Terminated 100 people (u undoes)")
    }

    @Test("Esc stops after the batch on its way: that batch is reported, the rest 'not sent: stopped by you'")
    func escapeStopsAfterBatch() throws {
        var h = Self.terminating(250)
        h.press(.escape)
        #expect(h.state.changeRun?.stopRequested == true)
        #expect(h.state.message?.text == "Stopping after the batch on its way: 150 will not be sent")
        #expect(h.pendingChange != nil, "the batch sent is never called back")
        let before = h.effects.count
        h.answerChange()
        #expect(Self.statusBatches(Array(h.effects[before...])).isEmpty, "no batch after the stop")
        #expect(h.pendingChange == nil)
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.map(\.id) == (0..<100).map { "id-\($0)" })
        #expect(report.skipped.map(\.person.id) == (100..<250).map { "id-\($0)" })
        #expect(report.skipped.allSatisfy { $0.reason == "not sent: stopped by you" })
        #expect(report.outcomeLine == "100 done · 150 not sent")
        #expect(h.state.message?.text == "Terminated 100 of 250; 150 not sent (stopped by you)")
        #expect(h.server.people.filter { $0.status == .terminated }.count == 100)
        #expect(h.state.marks.count == 150, "those not sent stay marked")
    }

    @Test("Esc while the targets are re-checked: nothing is sent")
    func escapeWhileChecking() {
        var h = Harness.loaded(People.many(250))
        h.press(.char("*"))
        h.settle()
        h.press(.char("t"))
        h.confirm()
        #expect(h.state.inputContext == .progress)
        #expect(h.state.changeRun?.phase == .checking)
        h.press(.escape)
        #expect(h.state.changeRun == nil)
        #expect(h.pendingChange == nil)
        #expect(h.state.message?.text == "Terminate stopped before anything was sent: nothing changed")
    }

    @Test("Other keys wait while the progress view is up; q asks before quitting")
    func progressIsModal() {
        var h = Self.terminating(250)
        let cursor = h.state.cursor
        h.press(.char("j"), .char("t"), .char("-"))
        #expect(h.state.cursor == cursor)
        #expect(h.state.marks.count == 250)
        h.press(.char("q"))
        #expect(h.state.dialog == .quitWhileBusy)
    }

    @Test("The server silently skips some: compared with what was asked, they read as skipped")
    func serverSkips() throws {
        var h = Harness.loaded(People.many(5))
        h.press(.char("*"))
        h.settle()
        h.press(.char("t"))
        h.confirm()
        h.answerChange()  // the re-check
        let change = try #require(h.pendingChange)
        // The portal changed id-0..id-2, kept id-3 as it was and left id-4 out of its answer.
        var answer = h.server.people.prefix(4).map { person in
            var person = person
            person.status = .terminated
            return person
        }
        answer[3].status = .active
        h.answer(change.id, with: .batch(.people(Array(answer))))
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        let rows = report.resultRows
        #expect(rows.map(\.person.id) == ["id-3", "id-4", "id-0", "id-1", "id-2"], "problems first")
        #expect(rows.map(\.outcome) == [.skipped, .skipped, .done, .done, .done])
        #expect(rows[0].detail == "the portal left them Active")
        #expect(rows[1].detail == "the portal left them out")
        #expect(report.outcomeLine == "3 done · 2 skipped")
    }

    @Test("A refused second batch: first done, second re-read and failed with the server's words, third not sent")
    func refusedSecondBatch() throws {
        var h = Self.terminating(250)
        h.answerChange()
        let second = h.pendingChange!
        let marked = h.state.marks
        h.answer(second.id, with: .failure(.forbidden(message: "Access denied")))
        // The portal may have changed some of the batch before it refused: it is read back.
        let reread = try #require(h.pendingChange)
        guard case .verify(let ids) = reread.request else {
            Issue.record("no re-read: \(reread.request)")
            return
        }
        #expect(ids == (100..<200).map { "id-\($0)" })
        h.answer(reread.id, with: .lookups(ids.compactMap { id in marked.first { $0.id == id }.map(Lookup.found) }))
        #expect(h.pendingChange == nil)
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.count == 100)
        let failed = report.resultRows.filter { $0.outcome == .failed }
        #expect(failed.count == 100)
        let refused = failed.filter {
            $0.detail.hasPrefix("refused: " + ErrorText.explain(.forbidden(message: "Access denied")))
        }
        #expect(refused.count == 100)
        #expect(refused.allSatisfy { $0.detail.contains("a re-read shows them still Active") })
        #expect(Set(refused.map(\.person.id)) == Set((100..<200).map { "id-\($0)" }))
        let unsent = report.resultRows.filter { $0.outcome == .notSent }
        #expect(unsent.allSatisfy { $0.detail.hasPrefix("not sent: an earlier batch failed") })
        #expect(Set(unsent.map(\.person.id)) == Set((200..<250).map { "id-\($0)" }))
    }

    @Test("A lost answer on the second batch: its people are re-read, the third is never sent")
    func lostSecondBatch() throws {
        var h = Self.terminating(250)
        h.answerChange()
        let second = try #require(h.pendingChange)
        // The portal did it, but the answer never came.
        _ = h.server.answer(second.request)
        h.answer(second.id, with: .failure(.timeout(seconds: 30)))
        let recheck = try #require(h.pendingChange)
        guard case .verify(let ids) = recheck.request else {
            Issue.record("no re-read")
            return
        }
        #expect(ids == (100..<200).map { "id-\($0)" })
        h.answerChange()
        #expect(h.pendingChange == nil)
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.fromReread)
        #expect(report.done.count == 200)
        #expect(report.count(of: .notSent) == 50, "the third batch is never sent")
    }

    @Test("A bulk delete never ends on a batch of one: 101 people go as 99 and 2")
    func deleteBatchOfOne() {
        let people = (0..<101).map { People.person($0, status: .terminated) }
        var h = Harness.loaded(people)
        h.press(.char("*"))
        h.settle()
        h.press(.char("d"))
        h.type("DELETE")
        h.press(.enter)
        h.settle()
        let batches = Harness.requests(h.effects).compactMap {
            if case .change(.delete, let ids) = $0 { ids.count } else { nil }
        }
        #expect(batches == [99, 2])
        #expect(h.state.message?.text == "Deleted 101 people")
        #expect(h.server.people.isEmpty)
    }
}
