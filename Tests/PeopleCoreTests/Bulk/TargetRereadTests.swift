import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The re-read of a change's targets (`TargetReread`), against a scripted portal whose every
/// call is logged: listing pages when they are cheaper than a request per person, single
/// lookups otherwise and for whoever the listing does not show, and a portal's `total` never
/// trusted for sizes.
@Suite("Re-reading targets: pages, not a request per person")
struct TargetRereadTests {
    /// A portal of `size` active people, `id-0` … `id-<size-1>`, listed in that order.
    static func portal(_ size: Int) -> ClientScript { ClientScript(People.many(size)) }

    static func pages(_ calls: [Call]) -> [Int] {
        calls.compactMap { if case .listing(_, let start) = $0 { start } else { nil } }
    }

    static func singles(_ calls: [Call]) -> [String] {
        calls.compactMap { if case .person(let id) = $0 { id } else { nil } }
    }

    static func foundAll(_ lookups: [Lookup], _ ids: [String]) -> Bool {
        lookups.map(\.id) == ids && lookups.allSatisfy { if case .found = $0 { true } else { false } }
    }

    @Test("One target: one GET people/{id}, no listing")
    func one() async {
        let script = Self.portal(1_000)
        let lookups = await TargetReread.lookups(ids: ["id-500"], client: ScriptedClient(script))
        #expect(Self.foundAll(lookups, ["id-500"]))
        #expect(await script.calls == [.person(id: "id-500")])
    }

    @Test("50 targets on a portal of 300: its 3 pages, no single lookup")
    func fiftyOnASmallPortal() async {
        let script = Self.portal(300)
        let ids = stride(from: 0, to: 300, by: 6).map { "id-\($0)" }
        #expect(ids.count == 50)
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script))
        #expect(Self.foundAll(lookups, ids))
        let calls = await script.calls
        #expect(Self.pages(calls).sorted() == [0, 100, 200])
        #expect(Self.singles(calls).isEmpty)
    }

    @Test(
        "50 targets on a portal of 2,000: the first page, then the 47 not on it alone (19 more pages would cost more)")
    func fiftyOnALargePortal() async {
        let script = Self.portal(2_000)
        let ids = stride(from: 0, to: 2_000, by: 40).map { "id-\($0)" }
        #expect(ids.count == 50)
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script))
        #expect(Self.foundAll(lookups, ids))
        let calls = await script.calls
        #expect(Self.pages(calls) == [0])
        #expect(Set(Self.singles(calls)) == Set(ids.dropFirst(3)), "id-0, id-40 and id-80 were on the first page")
        #expect(calls.count == 1 + 47)
    }

    @Test("917 targets on a portal of 1,000: 10 pages, not 917 requests")
    func nineHundredSeventeen() async {
        let script = Self.portal(1_000)
        let ids = (0..<1_000).filter { $0 % 12 != 5 }.map { "id-\($0)" }
        #expect(ids.count == 916 || ids.count == 917)
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script))
        #expect(Self.foundAll(lookups, ids))
        let calls = await script.calls
        #expect(Self.pages(calls).sorted() == Array(stride(from: 0, to: 1_000, by: 100)))
        #expect(calls.count == 10)
    }

    @Test("People the listing does not show are looked up alone: a 404 still says they are gone")
    func missingAreLookedUpAlone() async {
        let script = Self.portal(100)
        let ids = (0..<30).map { "id-\($0)" }
        // Deleted since they were pinned: the listing cannot show them.
        await script.removePeople(["id-3", "id-17", "id-29"])
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script))
        #expect(lookups.map(\.id) == ids)
        #expect(
            lookups.filter { if case .missing = $0 { true } else { false } }.map(\.id) == ["id-3", "id-17", "id-29"])
        let calls = await script.calls
        #expect(Self.pages(calls) == [0])
        #expect(Self.singles(calls).sorted() == ["id-17", "id-29", "id-3"])
    }

    @Test("A failed page ends the search; everyone not found is looked up alone")
    func failedPage() async {
        let script = Self.portal(300)
        await script.fail(.listing, onCall: 2, with: .server(status: 503, message: "busy"))
        let ids = (0..<300).map { "id-\($0)" }
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script), maxConcurrent: 1)
        #expect(Self.foundAll(lookups, ids))
        let calls = await script.calls
        #expect(Self.pages(calls) == [0, 100])
        #expect(Self.singles(calls) == (100..<300).map { "id-\($0)" })
    }

    @Test("A portal claiming more than it has: the first short page ends the listing")
    func shortPageEnds() async {
        let script = Self.portal(250)
        await script.claim(total: 1_000)
        // Five are not on the portal, so the search does not end by finding everyone.
        let gone = (0..<5).map { "gone-\($0)" }
        let ids = (0..<250).map { "id-\($0)" } + gone
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script), maxConcurrent: 1)
        #expect(Self.foundAll(Array(lookups.prefix(250)), Array(ids.prefix(250))))
        #expect(lookups.suffix(5).map { if case .missing(let id) = $0 { id } else { "" } } == gone)
        let calls = await script.calls
        #expect(Self.pages(calls) == [0, 100, 200], "nothing asked past the page of 50")
        #expect(Self.singles(calls) == gone)
    }

    @Test(
        "A portal claiming Int.max: the claim sizes nothing (no array of its pages, no overflow); one page, then the rest alone"
    )
    func hugeClaim() async {
        let script = Self.portal(250)
        await script.claim(total: Int.max)
        let ids = (0..<250).map { "id-\($0)" }
        let lookups = await TargetReread.lookups(ids: ids, client: ScriptedClient(script))
        #expect(Self.foundAll(lookups, ids))
        let calls = await script.calls
        // Clamped to ten million people, the listing would cost more than the 150 lookups.
        #expect(Self.pages(calls) == [0])
        #expect(Self.singles(calls).count == 150)
    }
}

/// The terminal UI's own path (`update` and the real `EffectRunner` over the scripted portal):
/// the check before the change and the re-read after a refused batch go through the listing.
@Suite("Re-reading targets in the terminal UI")
@MainActor
struct TargetRereadAppTests {
    /// Marks everyone on the portal with `*`, presses `t` and types their number.
    static func terminateEveryone(_ rig: Rig) async {
        rig.press(.char("*"))
        await rig.store.waitUntilIdle()
        rig.press(.char("t"))
        rig.confirm()
        await rig.store.waitUntilIdle()
    }

    @Test("Terminating everyone on a portal of 300: the check reads 3 pages, then 3 batches; no GET people/{id}")
    func checkByPages() async throws {
        let rig = Rig(people: People.many(300))
        await rig.start()
        let before = await rig.script.calls.count
        await Self.terminateEveryone(rig)
        let calls = Array(await rig.script.calls[before...])
        let firstChange = try #require(calls.firstIndex { if case .setStatus = $0 { true } else { false } })
        let check = Array(calls[..<firstChange])
        #expect(TargetRereadTests.pages(check).suffix(3).sorted() == [0, 100, 200], "the check: the portal's 3 pages")
        #expect(TargetRereadTests.singles(check).isEmpty, "not one GET people/{id} per person")
        #expect(calls.filter { if case .setStatus = $0 { true } else { false } }.count == 3)
        guard case .report(let report) = rig.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.count == 300)
    }

    @Test(
        "A batch refused part-way is read back by pages: 40 of it done, 60 failed with the portal's words, 100 not sent"
    )
    func refusedBatchByPages() async throws {
        let rig = Rig(people: People.many(300))
        await rig.start()
        await rig.script.refuseStatusChangePartWay(onCall: 2, after: 40, with: .forbidden(message: "No free seats"))
        await Self.terminateEveryone(rig)
        let calls = await rig.script.calls
        let refusal = try #require(
            calls.indices.filter { if case .setStatus = calls[$0] { true } else { false } }.dropFirst().first)
        let after = Array(calls[(refusal + 1)...])
        // The batches follow the order of the marks, which `*` fills as pages arrive: the
        // refused batch is whichever went second.
        guard case .setStatus(_, let batch) = calls[refusal] else {
            Issue.record("no second batch")
            return
        }
        let pagesOfBatch = Set(batch.compactMap { Int($0.dropFirst(3)).map { $0 / 100 * 100 } })
        #expect(
            pagesOfBatch.allSatisfy { after.contains(.listing(text: nil, startIndex: $0)) },
            "the refused batch's people were read from the listing")
        let refusedIDs = Set(batch)
        #expect(TargetRereadTests.singles(after).filter(refusedIDs.contains).isEmpty, "not one GET per person")
        guard case .report(let report) = rig.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.fromReread)
        #expect(report.done.count == 140)
        let refused = report.failed.filter { $0.reason.contains("No free seats") && !$0.reason.hasPrefix("not sent") }
        #expect(Set(refused.map(\.person.id)) == Set(batch.dropFirst(40)))
        #expect(report.skipped.filter { $0.reason.hasPrefix("not sent") }.count == 100)
    }
}
