import Foundation
import StandInPortal
import Testing

/// The filters of `people/filter` the People list's `L`, `$` and `Q` send, as
/// `UserController.GetByFilterAsync` and `DbUserService.GetUserQueryForFilter` apply them:
/// `accountLoginType` (SSO: an SSO name id stored, LDAP: a `sid`, standard: neither),
/// `payments` (paid: in neither the users' nor the guests' group; free: in one of them), and
/// `quotaFilter` for DocSpace admins only. Each is ANDed with the others.
@Suite("People filters")
struct FilterRulesTests {
    private func everyone(_ h: PortalHarness, _ query: String, token: String? = nil) async throws -> [[String: Any]] {
        var people: [[String: Any]] = []
        var start = 0
        while true {
            let r = try await h.client.get(
                "/api/2.0/people/filter?\(query)&count=100&startIndex=\(start)", token: token ?? h.ownerToken)
            #expect(r.status == 200, "\(query)")
            people += r.people
            if r.people.count < 100 { return people }
            start += 100
        }
    }

    private func ids(_ people: [[String: Any]]) -> Set<String> { Set(people.compactMap { $0["id"] as? String }) }

    @Test("accountLoginType: SSO, LDAP and standard split everyone by what the account stores")
    func accountLoginType() async throws {
        try await PortalHarness.run { h in
            let all = try await everyone(h, "")
            let sso = try await everyone(h, "accountLoginType=0")
            let ldap = try await everyone(h, "accountLoginType=LDAP")
            let standard = try await everyone(h, "accountLoginType=2")
            #expect(!sso.isEmpty && !ldap.isEmpty)
            #expect(sso.allSatisfy { $0["isSSO"] as? Bool == true })
            #expect(ldap.allSatisfy { $0["isLDAP"] as? Bool == true })
            #expect(standard.allSatisfy { $0["isSSO"] as? Bool == false && $0["isLDAP"] as? Bool == false })
            #expect(ids(sso).union(ids(ldap)).union(ids(standard)) == ids(all))
            #expect(sso.count + ldap.count + standard.count == all.count, "no one in two")
        }
    }

    @Test("payments: paid are DocSpace admins (the owner too) and room admins; free are users and guests")
    func payments() async throws {
        try await PortalHarness.run { h in
            let all = try await everyone(h, "")
            let paid = try await everyone(h, "payments=0")
            let free = try await everyone(h, "payments=Free")
            func isPaid(_ p: [String: Any]) -> Bool {
                p["isOwner"] as? Bool == true || p["isAdmin"] as? Bool == true || p["isRoomAdmin"] as? Bool == true
            }
            #expect(paid.allSatisfy(isPaid))
            #expect(paid.contains { $0["isOwner"] as? Bool == true })
            #expect(free.allSatisfy { !isPaid($0) })
            #expect(free.contains { $0["isVisitor"] as? Bool == true })
            #expect(free.contains { $0["isCollaborator"] as? Bool == true })
            #expect(ids(paid).union(ids(free)) == ids(all) && paid.count + free.count == all.count)
        }
    }

    @Test("the filters combine: paid LDAP people are those both filters keep")
    func combined() async throws {
        try await PortalHarness.run { h in
            let both = try await everyone(h, "payments=1&accountLoginType=1")
            let free = ids(try await everyone(h, "payments=1"))
            let ldap = ids(try await everyone(h, "accountLoginType=1"))
            #expect(ids(both) == free.intersection(ldap))
        }
    }

    @Test("a bad accountLoginType or payments is a validation 400, and the listing is as it was")
    func badValues() async throws {
        try await PortalHarness.run { h in
            let before = try await everyone(h, "")
            let login = try await h.client.get("/api/2.0/people/filter?accountLoginType=Kerberos", token: h.ownerToken)
            #expect(login.status == 400)
            let payments = try await h.client.get("/api/2.0/people/filter?payments=Gold", token: h.ownerToken)
            #expect(payments.status == 400)
            #expect(ids(try await everyone(h, "")) == ids(before), "nothing changed")
        }
    }

    @Test("quotaFilter is applied for DocSpace admins only: a room admin's listing ignores it")
    func quotaFilterForAdminsOnly() async throws {
        try await PortalHarness.run { h in
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            let custom = try await everyone(h, "quotaFilter=2")
            let all = try await everyone(h, "")
            #expect(!custom.isEmpty && custom.count < all.count)
            let asRoomAdmin = try await everyone(h, "", token: roomAdmin)
            let filteredAsRoomAdmin = try await everyone(h, "quotaFilter=2", token: roomAdmin)
            #expect(ids(filteredAsRoomAdmin) == ids(asRoomAdmin))
        }
    }

    @Test("sortBy=usedspace: by the space each person uses, both ways")
    func sortByUsedSpace() async throws {
        try await PortalHarness.run { h in
            func spaces(_ order: Int) async throws -> [Double] {
                try await everyone(h, "sortBy=usedspace&sortOrder=\(order)").map {
                    ($0["usedSpace"] as? NSNumber)?.doubleValue ?? -1
                }
            }
            let ascending = try await spaces(0)
            let descending = try await spaces(1)
            #expect(ascending.count > 2 && !ascending.contains(-1))
            #expect(ascending == ascending.sorted())
            #expect(descending == descending.sorted(by: >))
            #expect(Set(ascending).count > 1, "the demo people use different amounts")
        }
    }
}
