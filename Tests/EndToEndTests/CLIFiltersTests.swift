import Foundation
import Testing

/// `list --account sso|ldap|standard` and `--paid`/`--free` end to end: the real binary
/// against `demo-server`, the portal doing the filtering (`accountLoginType`, `payments`).
@Suite("CLI filters end to end", .serialized)
struct CLIFiltersTests {
    private func people(_ arguments: [String], _ env: [String: String]) throws -> [[String: Any]] {
        let run = try runBinary(["list", "--all", "--json"] + arguments, environment: env)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]], "\(run.stderr)")
    }

    private func emails(_ people: [[String: Any]]) -> Set<String> {
        Set(people.compactMap { $0["email"] as? String })
    }

    @Test func accountTypeAndPaidOrFree() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try DemoHome("dsp-filters")
        let env = server.environment(home: home.path)
        let everyone = try people([], env)

        let ldap = try people(["--account", "ldap"], env)
        let sso = try people(["--account", "SSO"], env)
        let standard = try people(["--account", "standard"], env)
        #expect(!ldap.isEmpty && ldap.allSatisfy { $0["isLDAP"] as? Bool == true })
        #expect(!sso.isEmpty && sso.allSatisfy { $0["isSSO"] as? Bool == true })
        #expect(standard.allSatisfy { $0["isLDAP"] as? Bool != true && $0["isSSO"] as? Bool != true })
        #expect(emails(ldap).union(emails(sso)).union(emails(standard)) == emails(everyone))

        let paid = try people(["--paid"], env)
        let free = try people(["--free"], env)
        #expect(!paid.isEmpty && !free.isEmpty)
        #expect(paid.allSatisfy { $0["isVisitor"] as? Bool != true && $0["isCollaborator"] as? Bool != true })
        #expect(free.allSatisfy { $0["isVisitor"] as? Bool == true || $0["isCollaborator"] as? Bool == true })
        #expect(emails(paid).union(emails(free)) == emails(everyone))
        #expect(emails(paid).isDisjoint(with: emails(free)))

        let freeLDAP = try people(["--free", "--account", "ldap"], env)
        #expect(emails(freeLDAP) == emails(free).intersection(emails(ldap)), "the filters combine")

        let both = try runBinary(["list", "--paid", "--free"], environment: env)
        #expect(both.status == 64)
        #expect(both.stderr.contains("choose one of --paid and --free"), "\(both.stderr)")
        let unknown = try runBinary(["list", "--account", "kerberos"], environment: env)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("use sso, ldap or standard"), "\(unknown.stderr)")

        let help = try runBinary(["list", "--help"], environment: env)
        #expect(help.stdout.contains("--account"), "\(help.stdout)")
        #expect(help.stdout.contains("Only the paid seats"), "\(help.stdout)")
        #expect(help.stdout.contains("Only the free seats"), "\(help.stdout)")
    }
}
