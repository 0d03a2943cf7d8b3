import DocSpaceAPI
import Foundation
import PeopleTestSupport
import Testing

@testable import PeopleCore

/// `LastSignInReader` against a login history that pages as the server does: the page cut
/// from every event newest first, then the filter; or, on a plan without Audit, the last 20
/// events of anyone whatever the query.
@Suite("Last sign-in")
struct LastSignInReaderTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    actor History {
        /// Newest first.
        var events: [LoginEvent]
        var audit: Bool
        var refusal: DocSpaceError?
        var keptDays = 180
        /// A portal that, without Audit, still answers a query for the future with nothing:
        /// only the old-row rule can catch it.
        var passesProbe = false
        private(set) var queries: [LoginEventQuery] = []
        private(set) var settingsReads = 0

        init(_ events: [LoginEvent], audit: Bool = true, passesProbe: Bool = false, refusal: DocSpaceError? = nil) {
            self.passesProbe = passesProbe
            self.events = events.sorted { ($0.date?.date ?? .distantPast) > ($1.date?.date ?? .distantPast) }
            self.audit = audit
            self.refusal = refusal
        }

        func settings() throws -> AuditSettings {
            settingsReads += 1
            if let refusal { throw refusal }
            return AuditSettings(loginHistoryDays: keptDays, auditTrailDays: 180)
        }

        func answer(_ query: LoginEventQuery) -> [LoginEvent] {
            queries.append(query)
            guard audit else {
                if passesProbe, let from = query.from, from > LastSignInReaderTests.now { return [] }
                return Array(events.prefix(20))
            }
            return events.dropFirst(query.startIndex).prefix(query.count).filter { event in
                let date = event.date?.date ?? .distantPast
                if let user = query.userID, event.userID != user { return false }
                if let action = query.action, event.action != action { return false }
                if let from = query.from, date < from { return false }
                if let to = query.to, date > to { return false }
                return true
            }
        }
    }

    struct Client: ScriptedPeopleClient {
        let history: History
        func loginEvents(_ query: LoginEventQuery) async throws -> [LoginEvent] { await history.answer(query) }
        func auditSettings() async throws -> AuditSettings { try await history.settings() }
    }

    private static func event(_ id: Int, _ user: String, daysAgo days: Double, action: Int = 1010) -> LoginEvent {
        let date = daysAgo(days)
        return LoginEvent(
            id: id, date: APIDate(text: ISO8601DateFormatter().string(from: date), date: date), userID: user,
            action: action)
    }

    /// 250 events of others, plus: `a` signed in 3 and 40 days ago and failed 1 day ago; `b`
    /// only failed; `c` signed in 200 days ago (before the kept 180 days).
    private static func portal() -> [LoginEvent] {
        var events = (0..<250).map { event(1000 + $0, "other-\($0 % 7)", daysAgo: Double($0) * 0.5 + 0.1) }
        events += [
            event(1, "a", daysAgo: 3), event(2, "a", daysAgo: 40), event(3, "a", daysAgo: 1, action: 1013),
            event(4, "b", daysAgo: 2, action: 1002), event(5, "c", daysAgo: 200),
        ]
        return events
    }

    @Test("One paged read since the cut-off, not one per person: the newest successful sign-in, failures aside")
    func knownAndNone() async throws {
        let history = History(Self.portal())
        let result = await LastSignInReader(client: Client(history: history)).read(now: Self.now)
        #expect(result.lastSignIn(of: "a") == .on(Self.daysAgo(3)))
        #expect(result.lastSignIn(of: "b") == .noneWithin(days: 180), "a failed attempt is not a sign-in")
        #expect(result.lastSignIn(of: "c") == .noneWithin(days: 180), "before the kept history: not 'never'")
        let queries = await history.queries
        // The probe, then 255 - 1 (c, too old) = 254 events in pages of 100: three pages.
        #expect(queries.count == 4)
        #expect(queries.dropFirst().allSatisfy { $0.userID == nil && $0.action == nil && $0.count == 100 })
        #expect(queries.dropFirst().map(\.startIndex) == [0, 100, 200])
    }

    @Test("A plan without Audit (the last 20 of anyone, whatever the query): every person unknown, never a date")
    func noAudit() async throws {
        let history = History(Self.portal(), audit: false)
        let result = await LastSignInReader(client: Client(history: history)).read(now: Self.now)
        #expect(result.lastSignIn(of: "a") == .unknown(.noAuditFeature))
        #expect(result.lastSignIn(of: "b") == .unknown(.noAuditFeature))
    }

    @Test("A no-Audit answer that passes the probe is still caught by a row older than the cut-off")
    func noAuditOldRows() async throws {
        let history = History(
            [Self.event(9, "a", daysAgo: 2), Self.event(8, "b", daysAgo: 190)], audit: false, passesProbe: true)
        let result = await LastSignInReader(client: Client(history: history)).read(now: Self.now)
        #expect(result.lastSignIn(of: "a") == .unknown(.noAuditFeature))
    }

    @Test("No right to read the history (403): unknown with that reason")
    func noRights() async throws {
        let history = History([], refusal: .forbidden(message: "Access denied"))
        let result = await LastSignInReader(client: Client(history: history)).read(now: Self.now)
        #expect(result.lastSignIn(of: "a") == .unknown(.noRights))
        #expect(await history.queries.isEmpty)
    }

    @Test("Inactive since a cut-off: a date before it; none within kept days only if the history reaches it")
    func inactive() {
        let cutoff = Self.daysAgo(90)
        #expect(LastSignIn.on(Self.daysAgo(100)).isInactive(since: cutoff, now: Self.now) == true)
        #expect(LastSignIn.on(Self.daysAgo(10)).isInactive(since: cutoff, now: Self.now) == false)
        #expect(LastSignIn.noneWithin(days: 180).isInactive(since: cutoff, now: Self.now) == true)
        #expect(LastSignIn.noneWithin(days: 30).isInactive(since: cutoff, now: Self.now) == nil)
        #expect(LastSignIn.unknown(.noRights).isInactive(since: cutoff, now: Self.now) == nil)
    }
}
