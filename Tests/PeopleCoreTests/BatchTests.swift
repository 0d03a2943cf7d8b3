import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The server takes at most 100 ids per status change or bulk delete: the runner sends
/// batches, one after the other, and folds their answers into one report.
@Suite("Changes in batches of at most 100")
@MainActor
struct BatchTests {
    static let many: [Person] = (0..<260).map { People.person($0) }
    static let ids: [String] = (0..<250).map { "id-\($0)" }

    func batchSizes(_ calls: [Call]) -> [Int] {
        calls.map { call in
            switch call {
            case .setStatus(_, let ids), .deleteMany(let ids): ids.count
            default: 0
            }
        }
    }

    /// A rig with 250 people marked.
    func rigWith250Marked(_ people: [Person] = BatchTests.many) async -> Rig {
        let rig = Rig(people: people)
        await rig.start()
        for _ in 0..<250 {
            rig.press(.char(" "))  // marks and moves down; pages load as the cursor goes
            await rig.store.waitUntilIdle()
        }
        #expect(rig.state.marks.count == 250)
        return rig
    }

    @Test("250 marked, t y: 3 status requests of 100, 100 and 50, in order; all reported done")
    func terminateInBatches() async {
        let rig = await rigWith250Marked()
        rig.press(.char("t"))
        rig.confirm()
        await rig.store.waitUntilIdle()
        let calls = await rig.script.calls(of: .setStatus)
        #expect(
            calls == [
                .setStatus(.terminated, ids: Array(Self.ids[0..<100])),
                .setStatus(.terminated, ids: Array(Self.ids[100..<200])),
                .setStatus(.terminated, ids: Array(Self.ids[200..<250])),
            ])
        #expect(rig.state.message?.text == "Terminated 250 people (u undoes)")
        #expect(rig.state.marks.isEmpty)
    }

    @Test("250 disabled marked, d DELETE: 3 bulk deletes, then each person re-read")
    func deleteInBatches() async {
        let people = Self.many.enumerated().map { i, p in
            var p = p
            if i < 250 { p.status = .terminated }
            return p
        }
        let rig = await rigWith250Marked(people)
        rig.press(.char("d"))
        rig.type("DELETE")
        rig.press(.enter)
        await rig.store.waitUntilIdle()
        #expect(batchSizes(await rig.script.calls(of: .deleteMany)) == [100, 100, 50])
        #expect(rig.state.message?.text == "Deleted 250 people")
        #expect(rig.state.list.total == 10)
    }

    @Test("A refused batch stops the rest: done, refused and never sent, person by person")
    func refusedBatchStops() async throws {
        let rig = await rigWith250Marked()
        await rig.script.fail(.setStatus, onCall: 2, with: .paymentRequired(message: "No free seats"))
        rig.press(.char("t"))
        rig.confirm()
        await rig.store.waitUntilIdle()
        #expect(batchSizes(await rig.script.calls(of: .setStatus)) == [100, 100], "nothing sent after the refusal")
        guard case .report(let report) = rig.state.dialog else {
            Issue.record("no results dialog")
            return
        }
        #expect(report.done.map(\.id) == Array(Self.ids[0..<100]))
        // The refused batch is read back (the portal may have changed some before it stopped):
        // here it changed none, and each says so.
        #expect(report.fromReread)
        let refused = report.failed.filter {
            $0.reason.hasPrefix(
                "refused: The portal's plan does not allow this — no free seat or quota (402): No free seats")
                && $0.reason.contains("a re-read shows them still Active")
        }
        #expect(refused.map(\.person.id) == Array(Self.ids[100..<200]))
        let unsent = report.skipped.filter { $0.reason.hasPrefix("not sent: an earlier batch failed") }
        #expect(unsent.map(\.person.id) == Array(Self.ids[200..<250]))
        #expect(rig.state.message?.text == "Terminated 100 of 250; 100 failed, 50 not sent")
        // Only the people done lose their marks.
        #expect(rig.state.marks.count == 150)
    }

    @Test("A batch refused part-way (seats ran out after 40): the 40 changed are done, the rest failed")
    func refusedPartWay() async throws {
        let rig = await rigWith250Marked()
        await rig.script.refuseStatusChangePartWay(
            onCall: 2, after: 40,
            with: .paymentRequired(message: "No free seats"))
        rig.press(.char("t"))
        rig.confirm()
        await rig.store.waitUntilIdle()
        #expect(batchSizes(await rig.script.calls(of: .setStatus)) == [100, 100], "nothing sent after the refusal")
        guard case .report(let report) = rig.state.dialog else {
            Issue.record("no results dialog")
            return
        }
        #expect(
            Set(report.done.map(\.id)) == Set(Self.ids[0..<140]),
            "the first batch and the 40 changed before the refusal")
        let refused = report.failed.filter { $0.reason.hasPrefix("refused: ") }
        #expect(refused.map(\.person.id) == Array(Self.ids[140..<200]))
        let unsent = report.skipped.filter { $0.reason.hasPrefix("not sent: an earlier batch failed") }
        #expect(unsent.map(\.person.id) == Array(Self.ids[200..<250]))
        for id in Self.ids[100..<140] {
            #expect(await rig.script.person(id)?.status == .terminated, "the portal really changed \(id)")
        }
    }

    @Test("A batch whose answer is lost is re-read; the batches after it are not sent")
    func lostBatch() async throws {
        let rig = await rigWith250Marked()
        // The second batch is applied by the portal, but its answer never arrives.
        await rig.script.fail(.setStatus, onCall: 3, with: .server(status: 500, message: "must not be sent"))
        await rig.script.loseAnswerOnSecondBatch()
        rig.press(.char("t"))
        rig.confirm()
        await rig.store.waitUntilIdle()
        #expect(batchSizes(await rig.script.calls(of: .setStatus)) == [100, 100])
        guard case .report(let report) = rig.state.dialog else {
            Issue.record("no results dialog")
            return
        }
        #expect(report.fromReread)
        #expect(report.done.count == 200, "batch 1 by its answer, batch 2 by the re-read")
        #expect(report.skipped.map(\.person.id) == Array(Self.ids[200..<250]))
        #expect(report.skipped.allSatisfy { $0.reason.hasPrefix("not sent: an earlier batch failed") })
    }
}

extension ClientScript {
    /// The first status batch answers; the second is done by the portal and its answer lost.
    func loseAnswerOnSecondBatch() {
        loseAnswerAfter(.setStatus, calls: 1, with: .timeout(seconds: 30))
    }
}
