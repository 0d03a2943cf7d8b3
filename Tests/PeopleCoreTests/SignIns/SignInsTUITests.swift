import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// The last sign-in in the terminal UI's `update`: `H` reads the login history for the detail
/// line; `:inactive N` reads it and the list's people, then shows exactly the inactive ones,
/// sorted here; `*` marks them, `X` shows everyone again; an unknown history changes nothing.
@Suite("Last sign-in: the terminal UI")
struct SignInsTUITests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Person 0 signed in 10 days ago, person 1 200 days ago (beyond what is kept, so: none),
    /// person 2 100 days ago, person 3 never; the history keeps 180 days.
    static var history: SignInHistory {
        SignInHistory(
            keptDays: 180,
            lastByPerson: ["id-0": now.addingTimeInterval(-10 * 86_400), "id-2": now.addingTimeInterval(-100 * 86_400)])
    }

    static func pendingRead(_ h: Harness) -> RequestID? {
        h.pending.last { if case .readSignIns = $0.request { true } else { false } }?.id
    }

    static func pendingEveryone(_ h: Harness) -> (RequestID, PeopleQuery)? {
        for item in h.pending.reversed() {
            if case .loadEveryone(let query) = item.request { return (item.id, query) }
        }
        return nil
    }

    static func listIDs(_ h: Harness) -> [String] {
        (0..<h.state.rowCount).compactMap { h.state.row(at: $0)?.id }
    }

    @Test("H reads the login history once for everyone; the detail's person then has a last sign-in")
    func detailLine() throws {
        var h = Harness.loaded(People.many(4))
        h.select("id-2")
        h.press(.char("H"))
        let read = try #require(Self.pendingRead(h))
        #expect(h.state.signIns.lastSignIn(of: "id-2") == nil, "nothing is said before the answer")
        h.answer(read, with: .signIns(Self.history, readAt: Self.now))
        #expect(h.state.signIns.lastSignIn(of: "id-2") == .on(Self.now.addingTimeInterval(-100 * 86_400)))
        #expect(h.state.signIns.lastSignIn(of: "id-3") == .noneWithin(days: 180))
        let text = SignInsState.text(.on(Self.now.addingTimeInterval(-100 * 86_400)), now: Self.now, timeZone: .gmt)
        #expect(text.hasSuffix("(100 days ago)"), "\(text)")
    }

    @Test("no Audit on the plan: the last sign-in is unknown with the reason, never a date or never")
    func unknownHistory() throws {
        var h = Harness.loaded(People.many(4))
        h.press(.char("H"))
        let read = try #require(Self.pendingRead(h))
        h.answer(read, with: .signIns(.unknown(.noAuditFeature, keptDays: 180), readAt: Self.now))
        let last = try #require(h.state.signIns.lastSignIn(of: "id-0"))
        #expect(last == .unknown(.noAuditFeature))
        #expect(
            SignInsState.text(last, now: Self.now, timeZone: .gmt).hasPrefix("unknown: the portal's plan has no audit"))
        #expect(h.state.message?.text.contains("unknown") == true)

        // The filter is not applied on an unknown history: the list stays the portal's.
        let before = Self.listIDs(h)
        h.press(.char("D"))
        let again = try #require(Self.pendingRead(h))
        h.answer(again, with: .signIns(.unknown(.noRights), readAt: Self.now))
        #expect(Self.pendingEveryone(h) == nil, "no people are read for a filter that cannot be answered")
        #expect(h.state.signIns.filter == nil)
        #expect(Self.listIDs(h) == before)
        #expect(h.state.message?.text.contains("not applied") == true)
    }

    @Test(":inactive 90d shows exactly those with no sign-in for 90 days, oldest first; * marks them; X shows everyone")
    func inactiveFilter() throws {
        var h = Harness.loaded(People.many(4))
        h.command("inactive 90d")
        let read = try #require(Self.pendingRead(h))
        h.answer(read, with: .signIns(Self.history, readAt: Self.now))
        let (everyone, query) = try #require(Self.pendingEveryone(h))
        #expect(query.startIndex == 0)
        h.answer(everyone, with: .everyone(People.many(4)))
        // Persons 1 and 3: none in the kept history (first, by name), then person 2 (100 days).
        #expect(Self.listIDs(h) == ["id-1", "id-3", "id-2"])
        #expect(h.state.signIns.filter?.label == "no sign-in for 90 days (of 180 kept)")
        #expect(h.state.list.requestedPages.isEmpty)

        h.press(.char("O"))
        #expect(Self.listIDs(h) == ["id-2", "id-3", "id-1"], "reversed here, not by the portal")
        #expect(Harness.pageQueries(h.effects.suffix(3)).isEmpty)

        h.press(.char("*"))
        #expect(Set(h.state.marks.map(\.id)) == ["id-1", "id-2", "id-3"])

        h.press(.char("r"))
        #expect(Self.listIDs(h).count == 3, "a refresh keeps the filtered list")

        h.press(.char("X"))
        #expect(h.state.signIns.filter == nil)
        h.settle()
        #expect(Self.listIDs(h).count == 4)
    }

    @Test("a filter asking more days than the portal keeps is refused, the list unchanged")
    func longerThanKept() throws {
        var h = Harness.loaded(People.many(4))
        h.command("inactive 365")
        let read = try #require(Self.pendingRead(h))
        h.answer(read, with: .signIns(Self.history, readAt: Self.now))
        #expect(Self.pendingEveryone(h) == nil)
        #expect(h.state.message?.text.contains("keeps 180 days") == true)
        #expect(h.state.signIns.filter == nil)
    }

    @Test(":never-signed-in keeps those with none in the kept history; Esc stops the read and changes nothing")
    func neverAndStop() throws {
        var h = Harness.loaded(People.many(4))
        h.command("never-signed-in")
        let read = try #require(Self.pendingRead(h))
        h.answer(read, with: .signIns(Self.history, readAt: Self.now))
        let (everyone, _) = try #require(Self.pendingEveryone(h))
        h.answer(everyone, with: .everyone(People.many(4)))
        #expect(Self.listIDs(h) == ["id-1", "id-3"])

        var stopped = Harness.loaded(People.many(4))
        stopped.press(.char("D"))
        #expect(Self.pendingRead(stopped) != nil)
        stopped.tick(2)
        stopped.press(.escape)
        #expect(Self.pendingRead(stopped) == nil)
        #expect(stopped.state.signIns.reading == nil)
        #expect(Self.listIDs(stopped).count == 4)
    }

    @Test("the days: 90d, 90, 12w, 6m; nonsense is refused")
    func days() {
        #expect(InactiveFilter.days(parsing: "90d") == 90)
        #expect(InactiveFilter.days(parsing: "90") == 90)
        #expect(InactiveFilter.days(parsing: "12w") == 84)
        #expect(InactiveFilter.days(parsing: "6m") == 180)
        #expect(InactiveFilter.days(parsing: "0d") == nil)
        #expect(InactiveFilter.days(parsing: "soon") == nil)
    }
}
