import Foundation
import StandInPortal
import Testing

/// The seeded demo directory: deterministic, realistic, never `john.doe@example.com`, and
/// still fast to page at 100,000 people.
@Suite struct DemoDataTests {
    private func firstPage(_ options: PortalOptions) async throws -> [[String: Any]] {
        var page: [[String: Any]] = []
        try await PortalHarness.run(options) { h in
            page = try await h.client.get("/api/2.0/people/filter?count=100&sortBy=email", token: h.ownerToken).people
        }
        return page
    }

    private func keyFields(_ people: [[String: Any]]) -> [String] {
        people.map { p in
            ["id", "email", "firstName", "lastName", "status", "registrationDate", "isRoomAdmin", "isVisitor"]
                .map { String(describing: p[$0] ?? "-") }.joined(separator: "|")
        }
    }

    @Test func sameSeedGivesTheSamePeopleAndAnotherSeedDoesNot() async throws {
        let a = try await firstPage(PortalOptions(users: 150, seed: 7))
        let b = try await firstPage(PortalOptions(users: 150, seed: 7))
        let c = try await firstPage(PortalOptions(users: 150, seed: 8))
        #expect(a.count == 100)
        #expect(keyFields(a) == keyFields(b))
        #expect(keyFields(a) != keyFields(c))
    }

    @Test func demoDataNeverContainsJohnDoe() async throws {
        for seed: UInt64 in [1, 2, 3] {
            try await PortalHarness.run(PortalOptions(users: 2_000, seed: seed)) { h in
                #expect(await h.portal.snapshot(email: "john.doe@example.com") == nil)
                let r = try await h.client.get(
                    "/api/2.0/people/filter?filterValue=john.doe@example.com&count=10", token: h.ownerToken)
                #expect(r.object["total"] as? Int == 0)
            }
        }
    }

    @Test func directoryHasEveryKindOfPerson() async throws {
        try await PortalHarness.run(PortalOptions(users: 500)) { h in
            func total(_ query: String) async throws -> Int {
                try #require(
                    try await h.client.get("/api/2.0/people/filter?count=1&\(query)", token: h.ownerToken).object[
                        "total"] as? Int)
            }
            #expect(try await total("") == 500)
            #expect(try await total("isAdministrator=true") >= 3)
            #expect(try await total("employeeType=RoomAdmin") > 20)
            #expect(try await total("employeeType=User") > 50)
            #expect(try await total("employeeType=Guest") > 20)
            #expect(try await total("employeeStatus=Pending") > 5)
            #expect(try await total("employeeStatus=Terminated") > 5)
            #expect(try await total("accountLoginType=LDAP") == 2)
            #expect(await h.portal.snapshot(email: "yamada.taro@example.com")?.firstName == "太郎")
            #expect(await h.portal.snapshot(email: "mohammed.alali@example.com")?.lastName == "العلي")
            #expect(await h.portal.snapshot(email: "ivan.petrov@example.com")?.lastName == "Петров")
            #expect(await h.portal.snapshot(email: "kim.minjun@example.org")?.firstName == "민준")
            let emails = try await h.client.get("/api/2.0/people/simple/filter?count=1", token: h.ownerToken)
            #expect(emails.status == 200)
        }
    }

    @Test func emailsAreUniqueAndLowerCase() async throws {
        try await PortalHarness.run(PortalOptions(users: 3_000, seed: 5)) { h in
            var emails: [String] = []
            var start = 0
            while start < 3_000 {
                let r = try await h.client.get(
                    "/api/2.0/people/filter?count=100&startIndex=\(start)&fields=email", token: h.ownerToken)
                emails += r.people.compactMap { $0["email"] as? String }
                start += 100
            }
            #expect(emails.count == 3_000)
            #expect(Set(emails).count == 3_000)
            #expect(emails.allSatisfy { $0 == $0.lowercased() && $0.contains("@") })
        }
    }

    @Test func hundredThousandPeopleBuildAndPage() async throws {
        try await PortalHarness.run(PortalOptions(users: 100_000)) { h in
            #expect(await h.portal.peopleCount() == 100_000)
            let first = try await h.client.get(
                "/api/2.0/people/filter?count=100&sortBy=displayName", token: h.ownerToken)
            #expect(first.people.count == 100)
            #expect(first.object["total"] as? Int == 100_000)
            let deep = try await h.client.get(
                "/api/2.0/people/filter?count=100&startIndex=99950&sortBy=displayName", token: h.ownerToken)
            #expect(deep.people.count == 50)
            let text = try await h.client.get(
                "/api/2.0/people/filter?count=10&filterValue=smith&sortBy=displayName&sortOrder=descending",
                token: h.ownerToken)
            #expect((text.object["total"] as? Int ?? 0) > 0)
            #expect(
                text.people.allSatisfy { p in
                    [p["firstName"], p["lastName"], p["email"]].compactMap { $0 as? String }.contains {
                        $0.lowercased().contains("smith")
                    }
                })
        }
    }
}
