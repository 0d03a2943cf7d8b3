import Foundation
import StandInPortal
import Testing

/// Listing semantics (`GetAll`, `GetByFilter`): paging and `total`, sorting, text filter, status and type
/// filters, who may list, and routing of literal segments.
@Suite struct ListingTests {
    /// Every page of a listing, walked with `startIndex`.
    private func allPages(_ h: PortalHarness, _ query: String, pageSize: Int = 100) async throws -> (
        people: [[String: Any]], totals: Set<Int>
    ) {
        var people: [[String: Any]] = []
        var totals: Set<Int> = []
        var start = 0
        while true {
            let r = try await h.client.get(
                "/api/2.0/people/filter?\(query)&count=\(pageSize)&startIndex=\(start)", token: h.ownerToken)
            #expect(r.status == 200)
            totals.insert(try #require(r.object["total"] as? Int))
            people += r.people
            if r.people.count < pageSize { break }
            start += pageSize
        }
        return (people, totals)
    }

    @Test func pagingCoversEveryoneOnceWithAStableTotal() async throws {
        try await PortalHarness.run { h in
            let (people, totals) = try await allPages(h, "sortBy=firstname", pageSize: 17)
            #expect(totals == [120])
            #expect(people.count == 120)
            #expect(Set(people.compactMap { $0["id"] as? String }).count == 120)
        }
    }

    @Test func startIndexBeyondTheEndGivesAnEmptyPageWithTheTotal() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/filter?startIndex=500&count=10", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.people.isEmpty)
            #expect(r.object["count"] as? Int == 0)
            #expect(r.object["total"] as? Int == 120)
        }
    }

    @Test func sortsByFieldInBothOrders() async throws {
        try await PortalHarness.run { h in
            let ascending = try await allPages(h, "sortBy=email&sortOrder=ascending").people.compactMap {
                $0["email"] as? String
            }
            #expect(ascending == ascending.sorted())
            let descending = try await allPages(h, "sortBy=email&sortOrder=1").people.compactMap {
                $0["email"] as? String
            }
            #expect(descending == ascending.reversed())
            // Name orders group people by status first: ReadingRulesTests.
        }
    }

    @Test func unknownSortBySortsByFirstName() async throws {
        try await PortalHarness.run { h in
            let unknown = try await h.client.get("/api/2.0/people/filter?sortBy=shoeSize&count=30", token: h.ownerToken)
            let byFirst = try await h.client.get(
                "/api/2.0/people/filter?sortBy=firstname&count=30", token: h.ownerToken)
            #expect(unknown.status == 200)
            #expect(
                unknown.people.compactMap { $0["id"] as? String } == byFirst.people.compactMap { $0["id"] as? String })
        }
    }

    @Test func invalidSortOrderIsAValidationProblem() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/filter?sortOrder=sideways", token: h.ownerToken)
            #expect(r.status == 400)
            #expect((r.person["errors"] as? [String: [String]])?["sortOrder"] != nil)
        }
    }

    @Test func filterValueIsAnANDOfContainsTermsOnNamesAndEmail() async throws {
        try await PortalHarness.run { h in
            let both = try await allPages(h, "filterValue=siobh%C3%A1n%20brien").people
            #expect(both.compactMap { $0["email"] as? String } == [Cast.secondAdmin])
            let none = try await allPages(h, "filterValue=siobh%C3%A1n%20zzzz").people
            #expect(none.isEmpty)
            // Contains, case-insensitive, on the e-mail too.
            let byMail = try await allPages(h, "filterValue=AEROSKOBING@").people
            #expect(byMail.compactMap { $0["email"] as? String } == [Cast.roomAdmin])
            // With a separator any term may match.
            let anyTerm = try await allPages(h, "filterValue=aeroskobing,lukasz.wisniewski&filterSeparator=,").people
            #expect(Set(anyTerm.compactMap { $0["email"] as? String }) == [Cast.roomAdmin, Cast.user])
        }
    }

    @Test func employeeStatusAndTypeFilters() async throws {
        try await PortalHarness.run { h in
            let terminated = try await allPages(h, "employeeStatus=2").people
            #expect(!terminated.isEmpty)
            #expect(terminated.allSatisfy { $0["status"] as? Int == 2 })
            let pendingByName = try await allPages(h, "employeeStatus=Pending").people
            #expect(!pendingByName.isEmpty)
            #expect(pendingByName.allSatisfy { $0["status"] as? Int == 4 })

            let guestsAndUsers = try await allPages(h, "employeeTypes=2&employeeTypes=User").people
            #expect(!guestsAndUsers.isEmpty)
            #expect(
                guestsAndUsers.allSatisfy {
                    ($0["isVisitor"] as? Bool == true) || ($0["isCollaborator"] as? Bool == true)
                })
            #expect(guestsAndUsers.contains { $0["isVisitor"] as? Bool == true })
            #expect(guestsAndUsers.contains { $0["isCollaborator"] as? Bool == true })

            let admins = try await allPages(h, "employeeType=DocSpaceAdmin").people
            #expect(admins.contains { $0["isOwner"] as? Bool == true })
            #expect(admins.allSatisfy { ($0["isAdmin"] as? Bool == true) || ($0["isOwner"] as? Bool == true) })

            let activated = try await allPages(h, "activationStatus=2").people
            #expect(activated.allSatisfy { $0["activationStatus"] as? Int == 2 })

            let guestsArea = try await allPages(h, "area=Guests").people
            #expect(!guestsArea.isEmpty && guestsArea.allSatisfy { $0["isVisitor"] as? Bool == true })

            let ldap = try await allPages(h, "accountLoginType=1").people
            #expect(Set(ldap.compactMap { $0["email"] as? String }) == [Cast.ldapUser, "jurgen.gross@example.com"])

            let bad = try await h.client.get("/api/2.0/people/filter?employeeType=Wizard", token: h.ownerToken)
            #expect(bad.status == 400)
        }
    }

    @Test func getPeopleListsActivePeopleOnlyWithTotal() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people?count=100", token: h.ownerToken)
            #expect(r.status == 200)
            let total = try #require(r.object["total"] as? Int)
            let activeTotal = try await allPages(h, "employeeStatus=1").people.count
            #expect(total == activeTotal)
            #expect(r.people.allSatisfy { $0["status"] as? Int == 1 })
            // Even when asked for terminated people.
            let asked = try await h.client.get("/api/2.0/people?employeeStatus=2&count=100", token: h.ownerToken)
            #expect(asked.people.allSatisfy { $0["status"] as? Int == 1 })
        }
    }

    @Test func statusRouteListsOneStatusAndDefaultMeansActive() async throws {
        try await PortalHarness.run { h in
            let terminated = try await h.client.get("/api/2.0/people/status/Terminated", token: h.ownerToken)
            #expect(terminated.status == 200)
            #expect(!terminated.people.isEmpty && terminated.people.allSatisfy { $0["status"] as? Int == 2 })
            #expect(terminated.object["total"] as? Int == terminated.people.count)
            let byNumber = try await h.client.get("/api/2.0/people/status/2", token: h.ownerToken)
            #expect(byNumber.object["total"] as? Int == terminated.object["total"] as? Int)
            let defaults = try await h.client.get("/api/2.0/people/status/Default", token: h.ownerToken)
            #expect(defaults.people.allSatisfy { $0["status"] as? Int == 1 })
        }
    }

    @Test func simpleFilterAnswersShortPeople() async throws {
        try await PortalHarness.run { h in
            let r = try await h.client.get("/api/2.0/people/simple/filter?count=5", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.object["total"] as? Int == 120)
            let first = try #require(r.people.first)
            #expect(first["displayName"] != nil && first["id"] != nil && first["profileUrl"] != nil)
            #expect(first["email"] == nil && first["status"] == nil)
        }
    }

    @Test func usersAndGuestsMayNotList() async throws {
        try await PortalHarness.run { h in
            for email in [Cast.user, Cast.guest] {
                let token = try await h.token(for: email)
                for path in [
                    "/api/2.0/people", "/api/2.0/people/filter", "/api/2.0/people/simple/filter",
                    "/api/2.0/people/status/Active",
                ] {
                    let r = try await h.client.get(path, token: token)
                    #expect(r.status == 403, "\(email) \(path)")
                    #expect(r.errorMessage == "Access denied")
                }
            }
        }
    }

    @Test func roomAdminsNeverSeeTerminatedPeopleOrOthersGuests() async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: Cast.roomAdmin)
            let me = try await h.id(of: Cast.roomAdmin)
            let invited = await h.portal.addPerson(
                PortalPersonSeed(email: "zoes.guest@example.org", type: .guest, createdBy: me))
            var seen: [[String: Any]] = []
            var start = 0
            while true {
                let r = try await h.client.get("/api/2.0/people/filter?count=100&startIndex=\(start)", token: token)
                #expect(r.status == 200)
                seen += r.people
                if r.people.count < 100 { break }
                start += 100
            }
            #expect(!seen.contains { $0["status"] as? Int == 2 })
            let guests = seen.filter { $0["isVisitor"] as? Bool == true }
            #expect(guests.compactMap { $0["id"] as? String } == [invited])
            // Reading a terminated person directly is refused too.
            let terminated = try await h.id(of: Cast.terminatedUser)
            #expect(try await h.client.get("/api/2.0/people/\(terminated)", token: token).status == 403)
        }
    }

    @Test func literalRoutesWinOverUserIdAndUserNamesWork() async throws {
        try await PortalHarness.run { h in
            #expect(
                try await h.client.get("/api/2.0/people/filter", token: h.ownerToken).object["total"] as? Int == 120)
            #expect(
                try await h.client.get("/api/2.0/people/@self", token: h.ownerToken).person["isOwner"] as? Bool == true)
            let byUserName = try await h.client.get("/api/2.0/people/lukasz.wisniewski", token: h.ownerToken)
            #expect(byUserName.person["email"] as? String == Cast.user)
            let upper = try await h.id(of: Cast.user)
            let byUpperGuid = try await h.client.get("/api/2.0/people/\(upper.uppercased())", token: h.ownerToken)
            #expect(byUpperGuid.person["id"] as? String == upper)
        }
    }

    @Test func readByEmailAndExists() async throws {
        try await PortalHarness.run { h in
            let found = try await h.client.get("/api/2.0/people/email?email=\(Cast.user)", token: h.ownerToken)
            #expect(found.person["email"] as? String == Cast.user)
            let missing = try await h.client.get("/api/2.0/people/email?email=nobody@example.com", token: h.ownerToken)
            #expect(missing.status == 404)
            #expect(try await h.client.get("/api/2.0/people/email", token: h.ownerToken).status == 400)
            let exists = try await h.client.get(
                "/api/2.0/people/exists?email=\(Cast.terminatedUser)", token: h.ownerToken)
            #expect(exists.person["exists"] as? Bool == true)
            #expect(exists.person["status"] as? Int == 2)
            let absent = try await h.client.get("/api/2.0/people/exists?email=nobody@example.com", token: h.ownerToken)
            #expect(absent.person["exists"] as? Bool == false)
            #expect(absent.person["status"] == nil)
        }
    }

    @Test func usersSeeOnlyThemselves() async throws {
        try await PortalHarness.run { h in
            let token = try await h.token(for: Cast.user)
            let me = try await h.id(of: Cast.user)
            #expect(try await h.client.get("/api/2.0/people/\(me)", token: token).status == 200)
            let other = try await h.id(of: Cast.roomAdmin)
            let refused = try await h.client.get("/api/2.0/people/\(other)", token: token)
            #expect(refused.status == 403)
            #expect(refused.errorMessage == "Access denied")
        }
    }

    @Test func searchRoutesAreForAdmins() async throws {
        try await PortalHarness.run { h in
            let search = try await h.client.get("/api/2.0/people/search?query=lukasz.wisniewski", token: h.ownerToken)
            #expect(search.status == 200)
            #expect(search.people.compactMap { $0["id"] as? String } == [try await h.id(of: Cast.user)])
            let at = try await h.client.get("/api/2.0/people/@search/lukasz.wisniewski", token: h.ownerToken)
            #expect(at.people.compactMap { $0["email"] as? String } == [Cast.user])
            let byStatus = try await h.client.get(
                "/api/2.0/people/status/Terminated/search?query=pena", token: h.ownerToken)
            #expect(byStatus.people.compactMap { $0["email"] as? String } == [Cast.terminatedUser])
            let roomAdmin = try await h.token(for: Cast.roomAdmin)
            #expect(try await h.client.get("/api/2.0/people/search?query=a", token: roomAdmin).status == 403)
        }
    }

    @Test("UserController.GetAllProfiles: filterBy=group with a group id lists that group's active members")
    func getAllProfilesFiltersByGroup() async throws {
        try await PortalHarness.run { h in
            let obrien = try await h.client.get(
                "/api/2.0/people/\(try await h.id(of: Cast.secondAdmin))", token: h.ownerToken)
            let marketing = try #require((obrien.person["groups"] as? [[String: Any]])?.first?["id"] as? String)
            let r = try await h.client.get(
                "/api/2.0/people?filterBy=group&filterValue=\(marketing)&count=100", token: h.ownerToken)
            #expect(r.status == 200)
            #expect(r.people.contains { $0["email"] as? String == Cast.secondAdmin })
            #expect(
                r.people.allSatisfy { person in
                    (person["groups"] as? [[String: Any]])?.contains { $0["id"] as? String == marketing } == true
                })
        }
    }

    @Test("UserController.SearchUsersByStatus: the query matches contacts and user names as well as names and e-mail")
    func searchMatchesContactsAndUserNames() async throws {
        try await PortalHarness.run { h in
            let byPhone = try await h.client.get("/api/2.0/people/status/All/search?query=7946", token: h.ownerToken)
            #expect(!byPhone.people.isEmpty)
            #expect(
                byPhone.people.allSatisfy { person in
                    (person["contacts"] as? [[String: Any]])?.contains {
                        ($0["value"] as? String)?.contains("7946") == true
                    } == true
                })
            let userName = try #require(
                try await h.client.get("/api/2.0/people/\(try await h.id(of: Cast.user))", token: h.ownerToken)
                    .person["userName"] as? String)
            let byUserName = try await h.client.get(
                "/api/2.0/people/status/Active/search?query=\(userName)", token: h.ownerToken)
            #expect(byUserName.people.contains { $0["email"] as? String == Cast.user })
            // `search` and `@search` list active people only.
            #expect(
                try await h.client.get("/api/2.0/people/search?query=ramon.pena", token: h.ownerToken).people.isEmpty)
            #expect(try await h.client.get("/api/2.0/people/@search/ramon.pena", token: h.ownerToken).people.isEmpty)
        }
    }
}
