import Foundation
import Testing

@testable import DocSpaceAPI

/// The filters of `people/filter` beyond status and type: `accountLoginType` and `payments`,
/// sent as the server's numbers (`AccountLoginType`: SSO 0, LDAP 1, Standart 2; `Payments`:
/// Paid 0, Free 1).
@Suite("Filter requests")
struct FilterRequestTests {
    private func sent(_ query: PeopleQuery) async throws -> [String] {
        let transport = ScriptedTransport(.ok("[]", total: 0))
        _ = try await TestClient.make(transport).people(query)
        let request = try #require(await transport.lastRequest)
        let query = request.pathAndQuery.split(separator: "?", maxSplits: 1).last ?? ""
        return query.split(separator: "&").map(String.init)
    }

    @Test(
        "accountLoginType goes as the server's number",
        arguments: [(AccountLoginType.sso, "0"), (.ldap, "1"), (.standard, "2")])
    func accountLoginType(_ login: AccountLoginType, number: String) async throws {
        var query = PeopleQuery(count: 10)
        query.accountLoginType = login
        let items = try await sent(query)
        #expect(items.filter { $0.hasPrefix("accountLoginType=") } == ["accountLoginType=\(number)"])
    }

    @Test("payments: paid 0, free 1; with the other filters, each once")
    func payments() async throws {
        var query = PeopleQuery(status: .active, count: 10)
        query.payments = .paid
        query.quota = .custom
        query.accountLoginType = .ldap
        let paid = try await sent(query)
        #expect(paid.contains("payments=0"))
        #expect(paid.contains("quotaFilter=2"))
        #expect(paid.contains("accountLoginType=1"))
        #expect(paid.contains("employeeStatus=1"))
        query.payments = .free
        let free = try await sent(query)
        #expect(free.filter { $0.hasPrefix("payments=") } == ["payments=1"])
    }

    @Test("no filter set: none of the three is sent")
    func absentWhenUnset() async throws {
        let items = try await sent(PeopleQuery(count: 10))
        #expect(!items.contains { $0.hasPrefix("payments=") || $0.hasPrefix("accountLoginType=") })
        #expect(!items.contains { $0.hasPrefix("quotaFilter=") })
    }

    @Test("account types parse from the words people type and the server's spelling")
    func parsing() {
        #expect(AccountLoginType(parsing: "SSO") == .sso)
        #expect(AccountLoginType(parsing: "ldap") == .ldap)
        #expect(AccountLoginType(parsing: "Standart") == .standard)
        #expect(AccountLoginType(parsing: "standard") == .standard)
        #expect(AccountLoginType(parsing: "saml") == nil)
    }

    @Test("a person's isSSO and isLDAP decode as the account type's source")
    func personFlags() throws {
        let data = Data(#"[{"id":"a","isSSO":true,"isLDAP":false},{"id":"b","isLDAP":true}]"#.utf8)
        let people = try JSONDecoder().decode([Person].self, from: data)
        #expect(people.map(\.isSSO) == [true, false])
        #expect(people.map(\.isLDAP) == [false, true])
    }
}
