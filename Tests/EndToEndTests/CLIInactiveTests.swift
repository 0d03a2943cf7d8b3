import Foundation
import Testing

/// `list --inactive 90d` and `--never-signed-in` end to end: the real binary against
/// `demo-server`, whose login history comes from its demo data; and a portal whose plan has no
/// Audit feature, where the command must fail naming why, never print a list.
@Suite("CLI inactive people end to end", .serialized)
struct CLIInactiveTests {
    private func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func inactiveAndNeverSignedInCarryTheLastSignIn() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-inactive").path)

        let everyone = try json(try runBinary(["list", "--all", "--json"], environment: env).stdout)
        let inactive = try runBinary(["list", "--inactive", "90d", "--json"], environment: env)
        #expect(inactive.status == 0, "\(inactive.stderr)")
        let rows = try json(inactive.stdout)
        #expect(!rows.isEmpty && rows.count < everyone.count, "some people signed in lately, some not")
        let cutoff = Date().addingTimeInterval(-90 * 86_400)
        let formatter = ISO8601DateFormatter()
        for row in rows {
            #expect(row["keptDays"] as? Int == 180)
            if let text = row["lastSignIn"] as? String {
                let date = try #require(formatter.date(from: text))
                #expect(date < cutoff, "listed as inactive for 90 days but signed in \(text)")
            }
        }

        let never = try json(try runBinary(["list", "--never-signed-in", "--json"], environment: env).stdout)
        #expect(!never.isEmpty)
        #expect(never.allSatisfy { $0["lastSignIn"] == nil })
        let neverIDs = Set(never.compactMap { $0["id"] as? String })
        #expect(neverIDs.isSubset(of: Set(rows.compactMap { $0["id"] as? String })))

        let table = try runBinary(["list", "--never-signed-in"], environment: env)
        #expect(table.stdout.split(separator: "\n").first?.contains("LAST SIGN-IN") == true)
        #expect(table.stdout.contains("none in 180 days"))
        #expect(table.stderr.contains("180 days of login history"))

        let csv = try runBinary(["list", "--inactive", "90d", "--csv"], environment: env)
        #expect(csv.stdout.hasPrefix("id,displayName,email,type,status,lastSignIn,keptDays\n"))
        #expect(csv.stdout.split(separator: "\n").count == rows.count + 1)

        let tooLong = try runBinary(["list", "--inactive", "200d"], environment: env)
        #expect(tooLong.status != 0)
        #expect(tooLong.stdout.isEmpty)
        #expect(tooLong.stderr.contains("keeps 180 days"))
    }

    @Test func aPlanWithoutAuditIsAnErrorNamingWhyNeverAList() throws {
        let server = try DemoServerProcess(extra: ["--no-audit"])
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-inactive-noaudit").path)
        for arguments in [["list", "--inactive", "90d"], ["list", "--never-signed-in", "--json"]] {
            let result = try runBinary(arguments, environment: env)
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty, "no list when the portal cannot say")
            #expect(result.stderr.contains("no audit feature"))
        }
    }
}
