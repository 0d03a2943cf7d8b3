import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The account type (`L`), seat (`$`) and quota (`Q`) filters and the sort by used space: each
/// one request to the portal with its parameter, named in the title bar's words while in
/// force, cycled back to "all" by its own key, and cleared with the others by `X`.
@Suite("Account type, seat and quota filters")
struct ServerFiltersTests {
    /// Six people: an SSO user, an LDAP room admin, a standard guest with a custom quota, a
    /// DocSpace admin, a user with a custom quota, a standard room admin.
    static var people: [Person] {
        var people = (0..<6).map { n in
            People.person(n, type: [.user, .roomAdmin, .guest, .docSpaceAdmin, .user, .roomAdmin][n])
        }
        people[0].isSSO = true
        people[1].isLDAP = true
        people[2].isCustomQuota = true
        people[4].isCustomQuota = true
        for index in people.indices { people[index].usedSpace = Double([50, 10, 40, 0, 30, 20][index]) }
        return people
    }

    private func ids(_ h: Harness) -> [String] { h.state.list.loadedPeople.map(\.id) }

    @Test("L cycles SSO, LDAP, standard and back to all, one request each, the portal filtering")
    func accountCycle() {
        var h = Harness.loaded(Self.people)
        var sent: [AccountLoginType?] = []
        var shown: [[String]] = []
        for _ in 0..<4 {
            let effects = h.press(.char("L"))
            sent += Harness.pageQueries(effects).map(\.accountLoginType)
            h.settle()
            shown.append(ids(h))
        }
        #expect(sent == [.sso, .ldap, .standard, nil])
        #expect(shown[0] == ["id-0"])
        #expect(shown[1] == ["id-1"])
        #expect(Set(shown[2]) == ["id-2", "id-3", "id-4", "id-5"])
        #expect(shown[3].count == 6)
        #expect(h.state.filters.account == nil && !h.state.filters.isFiltering)
    }

    @Test("$ keeps the paid seats (DocSpace and room admins), then the free ones (users and guests)")
    func seatsCycle() {
        var h = Harness.loaded(Self.people)
        let paid = h.press(.char("$"))
        #expect(Harness.pageQueries(paid).map(\.payments) == [.paid])
        h.settle()
        #expect(Set(ids(h)) == ["id-1", "id-3", "id-5"])
        #expect(h.state.message?.text == "Seats: paid")
        h.press(.char("$"))
        h.settle()
        #expect(Set(ids(h)) == ["id-0", "id-2", "id-4"])
        h.press(.char("$"))
        h.settle()
        #expect(h.state.filters.payments == nil)
        #expect(ids(h).count == 6)
    }

    @Test("Q: the default quota, then custom; the filters combine in one query")
    func quotaAndCombined() {
        var h = Harness.loaded(Self.people)
        h.press(.char("Q"))
        h.settle()
        #expect(Set(ids(h)) == ["id-0", "id-1", "id-3", "id-5"])
        h.press(.char("Q"))
        h.settle()
        #expect(Set(ids(h)) == ["id-2", "id-4"])
        let both = h.press(.char("$"))
        let query = Harness.pageQueries(both).first
        #expect(query?.quota == .custom && query?.payments == .paid)
        h.settle()
        #expect(ids(h).isEmpty, "no paid seat has a custom quota here")
    }

    @Test(":account, :paid, :free, :seats and :quota set and clear each one; a bad word says why and sends nothing")
    func commands() {
        var h = Harness.loaded(Self.people)
        func run(_ line: String) -> [Effect] {
            h.press(.char(":"))
            h.type(line)
            let effects = h.press(.enter)
            h.settle()
            return effects
        }
        _ = run("account ldap")
        #expect(h.state.filters.account == .ldap)
        #expect(ids(h) == ["id-1"])
        _ = run("free")
        #expect(h.state.filters.payments == .free)
        #expect(ids(h).isEmpty)
        _ = run("paid")
        #expect(ids(h) == ["id-1"])
        _ = run("quota custom")
        #expect(h.state.filters.quota == .custom)
        _ = run("account all")
        #expect(h.state.filters.account == nil)
        _ = run("seats all")
        #expect(h.state.filters.payments == nil)
        #expect(Set(ids(h)) == ["id-2", "id-4"])
        _ = run("quota all")
        #expect(!h.state.filters.isFiltering)
        let bad = run("account kerberos")
        #expect(Harness.pageQueries(bad).isEmpty)
        #expect(h.state.message?.text == "Unknown account type kerberos: all, sso, ldap or standard")
    }

    @Test("The title bar's words: only the filters in force; X clears them with the others in one request")
    func labelsAndClearing() {
        var h = Harness.loaded(Self.people)
        #expect(h.state.filters.serverFilterLabels.isEmpty)
        h.press(.char("L"))
        h.press(.char("$"))
        h.press(.char("Q"), .char("Q"))
        h.press(.char("f"))
        h.settle()
        #expect(h.state.filters.serverFilterLabels == ["Account: SSO", "Seats: paid", "Quota: custom"])
        let cleared = h.press(.char("X"))
        let queries = Harness.pageQueries(cleared)
        #expect(queries.count == 1)
        #expect(queries.first?.accountLoginType == nil && queries.first?.payments == nil)
        #expect(queries.first?.quota == nil && queries.first?.status == nil)
        h.settle()
        #expect(!h.state.filters.isFiltering)
        #expect(ids(h).count == 6)
    }

    @Test("o reaches used space after registered; the portal sorts by usedspace, ↑ and ↓")
    func sortByUsedSpace() {
        var h = Harness.loaded(Self.people)
        var last: [Effect] = []
        while h.state.filters.sortField != .usedSpace {
            last = h.press(.char("o"))
            h.settle()
        }
        #expect(Harness.pageQueries(last).first?.sortBy == .usedSpace)
        #expect(h.state.filters.sortLabel == "used space ↑")
        #expect(ids(h) == ["id-3", "id-1", "id-5", "id-4", "id-2", "id-0"])
        h.press(.char("O"))
        h.settle()
        #expect(ids(h) == ["id-0", "id-2", "id-4", "id-5", "id-1", "id-3"])
        #expect(SortColumn(parsing: "space") == .usedSpace)
    }
}
