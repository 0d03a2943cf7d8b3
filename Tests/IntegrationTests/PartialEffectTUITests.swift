import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

/// The server changes the people of one request one by one and stops at the first it refuses:
/// those before it stay changed (`UserController.UpdateUserStatus` for re-activations,
/// `UpdateUserType` for raises). The stand-in does the same; these tests drive the terminal UI
/// against it and check that each person is reported from what the portal shows afterwards —
/// done from the re-read, failed in the portal's words — and that the audit line agrees.
@Suite("Partial effects inside one request, from the terminal UI against the stand-in")
struct PartialEffectTUITests {
    typealias Bulk = BulkChangeTests

    @Test("Re-activating 6 room admins with 4 paid seats free: 4 done from the re-read, 2 failed (402)")
    func reactivationStopsPartWay() async throws {
        // The owner holds one paid seat; four more fit.
        try await LivePortal.run(LivePortal.cloudOptions(users: 1, paidSeats: 5)) { portal in
            try await Self.reactivation(portal)
        }
    }

    @Test("Raising 6 users to room admin with 2 paid seats free: 2 done from the re-read, 4 failed (402)")
    func raiseStopsPartWay() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 1, paidSeats: 3)) { portal in
            try await Self.raise(portal)
        }
    }

    @MainActor
    static func reactivation(_ portal: LivePortal) async throws {
        for n in 0..<6 { _ = await portal.add("part-\(n)@example.org", type: .roomAdmin, status: .terminated) }
        let audit = Bulk.AuditCollector()
        let store = try await Bulk.app(portal, audit: audit)
        await Bulk.search(store, "part-")
        await Bulk.press(store, .char("*"))
        #expect(store.state.marks.count == 6)
        await Bulk.press(store, .char("a"), .char("y"))
        #expect(await Bulk.statusRequests(portal) == 1, "one request for the six")
        let report = try #require(Self.report(store))
        try await Self.expectPortalAgrees(report, audit: audit, portal: portal, doneCount: 4) { person in
            person.status == .active
        }
    }

    @MainActor
    static func raise(_ portal: LivePortal) async throws {
        for n in 0..<6 { _ = await portal.add("raise-\(n)@example.org", type: .user) }
        let audit = Bulk.AuditCollector()
        let store = try await Bulk.app(portal, audit: audit)
        await Bulk.search(store, "raise-")
        await Bulk.press(store, .char("*"))
        #expect(store.state.marks.count == 6)
        await Bulk.press(store, .char("T"))
        for _ in 0..<4 {
            guard case .typeChoice(let choice) = store.state.dialog, choice.chosen?.type != .roomAdmin else { break }
            await Bulk.press(store, .down)
        }
        guard case .typeChoice(let choice) = store.state.dialog, choice.chosen?.type == .roomAdmin else {
            Issue.record("Room admin is not offered: \(String(describing: store.state.dialog))")
            return
        }
        await Bulk.press(store, .enter, .char("y"))
        let report = try #require(Self.report(store))
        try await Self.expectPortalAgrees(report, audit: audit, portal: portal, doneCount: 2) { person in
            person.type == .roomAdmin
        }
    }

    // MARK: Checks

    @MainActor
    static func report(_ store: AppStore) -> ActionReport? {
        if case .report(let report) = store.state.dialog { return report }
        Issue.record(
            "no results view: \(String(describing: store.state.dialog)), \(String(describing: store.state.message))")
        return nil
    }

    /// The results say done exactly for those the portal changed, failed with the seat
    /// message for the others, and the audit line says the same person by person.
    @MainActor
    static func expectPortalAgrees(
        _ report: ActionReport, audit: BulkChangeTests.AuditCollector, portal: LivePortal, doneCount: Int,
        changed: @Sendable (Person) -> Bool
    ) async throws {
        let client = portal.client()
        let rows = report.resultRows
        #expect(rows.count == 6)
        #expect(report.done.count == doneCount)
        #expect(report.fromReread, "the refusal was followed by a re-read")
        for row in rows {
            let now = try await client.person(id: row.person.id)
            if changed(now) {
                #expect(row.outcome == .done, "\(row)")
            } else {
                #expect(row.outcome == .failed, "\(row)")
                #expect(row.detail.contains("The number of admins should not exceed"), "\(row.detail)")
            }
        }
        let entry = try #require(audit.entries.last)
        #expect(entry.targets.map(\.id) == rows.map(\.person.id))
        #expect(entry.targets.map(\.outcome) == rows.map(\.outcome.rawValue))
        #expect(entry.targets.map(\.detail) == rows.map(\.detail))
    }
}
