import DocSpaceAPI
import Foundation
import PeopleCore
import StandInPortal
import Testing

/// The terminal UI's bulk changes against the stand-in over loopback: the view-model and
/// the real effect runner and client, keys in, requests counted by the portal.
@Suite("Bulk changes from the terminal UI against the stand-in")
struct BulkChangeTests {
    /// Collects the audit entries the runner hands over.
    final class AuditCollector: AuditRecorder, @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [AuditEntry] = []
        func record(_ entry: AuditEntry) { lock.withLock { recorded.append(entry) } }
        /// The outcome lines; each change request's `sent` line, written before it, is in `sent`.
        var entries: [AuditEntry] { lock.withLock { recorded.filter { $0.stage == .outcome } } }
        var sent: [AuditEntry] { lock.withLock { recorded.filter { $0.stage == .sent } } }
    }

    @Test("250 matching a search: * marks them all (pages not loaded included), t y sends exactly 3 requests")
    func terminate250() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 20)) { portal in try await Self.terminate250(portal) }
    }

    @Test("Seats run out at the second batch: 100 done, 100 refused with the portal's words, 50 not sent")
    func seatsRunOut() async throws {
        // The owner holds the one paid seat in use; 100 more fit.
        try await LivePortal.run(LivePortal.cloudOptions(users: 1, paidSeats: 101)) { portal in
            try await Self.seatsRunOut(portal)
        }
    }

    @Test("Esc during the first batch: that batch is done, the rest never reach the portal")
    func escapeStops() async throws {
        try await LivePortal.run(LivePortal.cloudOptions(users: 20)) { portal in try await Self.escapeStops(portal) }
    }

    // MARK: Bodies, on the main actor with the store

    @MainActor
    static func terminate250(_ portal: LivePortal) async throws {
        for n in 0..<250 { _ = await portal.add("bulk-\(n)@example.org") }
        let audit = AuditCollector()
        let store = try await app(portal, audit: audit)
        await search(store, "bulk-")
        #expect(store.state.list.total == 250)
        #expect(store.state.list.loadedCount < 250, "not every page is loaded")
        await press(store, .char("*"))
        #expect(store.state.marks.count == 250)
        await portal.server.resetStats()
        await press(store, .char("t"))
        await press(store, .character("2"), .character("5"), .character("0"), .enter)  // more than 20: their number
        #expect(await statusRequests(portal) == 3, "one request per batch of at most 100")
        #expect(audit.sent.map(\.targets.count) == [100, 100, 50], "a sent line before each batch")
        guard case .report(let report) = store.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.count == 250)
        #expect(report.outcomeLine == "250 done")
        #expect(await portal.server.snapshot(email: "bulk-249@example.org")?.status == .terminated)
        // One audit entry for the whole action, each person's outcome, no secret.
        #expect(audit.entries.count == 1)
        let entry = try #require(audit.entries.first)
        #expect(entry.source == "tui")
        #expect(entry.action == "terminate")
        #expect(entry.request == "PUT /api/2.0/people/status/Terminated")
        #expect(entry.targets.count == 250)
        #expect(entry.targets.allSatisfy { $0.outcome == "done" })
        let json = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
        #expect(!json.contains(LivePortal.apiKey), "the session's API key never reaches the audit log")
    }

    @MainActor
    static func seatsRunOut(_ portal: LivePortal) async throws {
        for n in 0..<250 { _ = await portal.add("seat-\(n)@example.org", type: .roomAdmin, status: .terminated) }
        let audit = AuditCollector()
        let store = try await app(portal, audit: audit)
        await search(store, "seat-")
        await press(store, .char("*"))
        #expect(store.state.marks.count == 250)
        await portal.server.resetStats()
        await press(store, .char("a"))
        await press(store, .character("2"), .character("5"), .character("0"), .enter)
        #expect(await statusRequests(portal) == 2, "nothing is sent after the refused batch")
        guard case .report(let report) = store.state.dialog else {
            Issue.record("no results view")
            return
        }
        let rows = report.resultRows
        #expect(report.done.count == 100)
        let refused = rows.filter {
            $0.detail.contains("The number of admins should not exceed 101") && !$0.detail.hasPrefix("not sent")
        }
        #expect(refused.count == 100)
        #expect(refused.allSatisfy { $0.outcome == .failed })
        #expect(rows.filter { $0.detail.hasPrefix("not sent: an earlier batch failed") }.count == 50)
        #expect(audit.entries.first?.targets.filter { $0.outcome == "failed" }.count == 100)
        #expect(audit.entries.first?.targets.filter { $0.outcome == "not sent" }.count == 50)
    }

    @MainActor
    static func escapeStops(_ portal: LivePortal) async throws {
        for n in 0..<250 { _ = await portal.add("stop-\(n)@example.org") }
        let audit = AuditCollector()
        let store = try await app(portal, audit: audit)
        await search(store, "stop-")
        await press(store, .char("*"))
        await portal.server.resetStats()
        // Each status change takes a while, so Esc comes while the first batch is out.
        try await portal.setFault("PUT /api/2.0/people/status/Terminated: latency=300")
        store.send(.key(.char("t")))
        for key in [Key.character("2"), .character("5"), .character("0"), .enter] { store.send(.key(key)) }
        let deadline = Date().addingTimeInterval(60)
        while store.state.changeRun?.phase != .sending, Date() < deadline {
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        #expect(store.state.changeRun?.phase == .sending)
        store.send(.key(.escape))
        await store.waitUntilIdle()
        #expect(await statusRequests(portal) == 1)
        guard case .report(let report) = store.state.dialog else {
            Issue.record("no results view")
            return
        }
        #expect(report.done.count == 100)
        #expect(report.skipped.count == 150)
        #expect(report.skipped.allSatisfy { $0.reason == "not sent: stopped by you" })
        #expect(await portal.server.snapshot(email: "stop-249@example.org")?.status == .active)
    }

    // MARK: Helpers

    /// The app signed in with the owner's API key, the list loaded.
    @MainActor
    static func app(_ portal: LivePortal, audit: AuditCollector) async throws -> AppStore {
        let client = portal.client()
        let me = try await client.me()
        var state = AppState(
            session: Session(portal: portal.url.host ?? "portal", me: me),
            size: TerminalSize(width: 100, height: 30))
        state.autoRefreshInterval = nil
        let store = AppStore(state: state, client: client, audit: audit)
        store.send(.started)
        await store.waitUntilIdle()
        return store
    }

    @MainActor
    static func press(_ store: AppStore, _ keys: Key...) async {
        for key in keys { store.send(.key(key)) }
        await store.waitUntilIdle()
    }

    /// `/text` Enter: the server's search.
    @MainActor
    static func search(_ store: AppStore, _ text: String) async {
        store.send(.key(.char("/")))
        for c in text { store.send(.key(.character(c))) }
        store.send(.key(.enter))
        await store.waitUntilIdle()
    }

    static func statusRequests(_ portal: LivePortal) async -> Int {
        await portal.server.stats().perRoute.filter { $0.key.hasPrefix("PUT") && $0.key.contains("people/status") }
            .values.reduce(0, +)
    }
}
