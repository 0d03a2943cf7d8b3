import Foundation
import Testing

/// A saved view's columns and inviter on the command line, end to end: the real binary against
/// `demo-server` — `list --view NAME` prints the view's columns in its order (the terminal UI's
/// words), `--columns` wins over them, JSON stays whole people, an unknown column is a usage
/// error naming the known ones, and a view's `inviter` narrows the list as `--inviter` does.
@Suite("CLI view columns and inviter end to end", .serialized)
struct CLIViewColumnsTests {
    static let config = """
        [views.ivans]
        guests = true
        inviter = "ivan.petrov@example.com"
        columns = ["email", "inviter", "name", "registered"]

        [views.plain]
        status = "active"
        """

    /// The config file in the home's config folder (owner only, as the CLI wants it).
    static func home(_ text: String) throws -> DemoHome {
        let home = try DemoHome("dsp-viewcols")
        let folder = home.path + "/.config/docspace-people"
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try text.write(toFile: folder + "/config.toml", atomically: false, encoding: .utf8)
        chmod(folder + "/config.toml", 0o600)
        return home
    }

    /// The table's lines, each split into its cells (runs of two spaces or more between them).
    static func cells(_ stdout: String) -> [[String]] {
        stdout.split(separator: "\n").map { line in
            line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test func viewColumnsAndInviter() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try Self.home(Self.config)
        let env = server.environment(home: home.path)

        let json = try runBinary(["list", "--view", "ivans", "--json"], environment: env)
        #expect(json.status == 0, "\(json.stderr)")
        let people = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], "\(json.stdout)")
        let expected = Set(people.compactMap { $0["email"] as? String })
        #expect(expected == ["kim.minjun@example.org", "contact@smithandsons.example.com"], "the view's inviter")
        let inviter = try #require((people.first?["createdBy"] as? [String: Any])?["displayName"] as? String)

        let table = try runBinary(["list", "--view", "ivans"], environment: env)
        #expect(table.status == 0, "\(table.stderr)")
        let rows = Self.cells(table.stdout)
        #expect(rows.first == ["E-MAIL", "INVITED BY", "NAME", "REGISTERED"], "\(table.stdout)")
        #expect(Set(rows.dropFirst().map { $0[0] }) == expected)
        for row in rows.dropFirst() {
            #expect(row.count == 4 && row[1] == inviter, "\(row)")
            #expect(row[3].wholeMatch(of: /\d{4}-\d\d-\d\d/) != nil, "\(row)")
        }

        let chosen = try runBinary(["list", "--view", "ivans", "--columns", "name,last-sign-in"], environment: env)
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let chosenRows = Self.cells(chosen.stdout)
        #expect(chosenRows.first == ["NAME", "SIGNED IN"], "\(chosen.stdout)")
        #expect(chosenRows.count == expected.count + 1)
        for row in chosenRows.dropFirst() {
            let signIn = try #require(row.last)
            #expect(signIn.wholeMatch(of: /\d{4}-\d\d-\d\d|none 180d/) != nil, "\(row)")
        }
        #expect(chosen.stderr.contains("180 days of login history"), "\(chosen.stderr)")

        let inactive = try runBinary(
            ["list", "--inactive", "90d", "--columns", "last-sign-in,email"], environment: env)
        #expect(inactive.status == 0, "\(inactive.stderr)")
        let inactiveRows = Self.cells(inactive.stdout)
        #expect(inactiveRows.first == ["SIGNED IN", "E-MAIL"], "\(inactive.stdout)")
        #expect(inactiveRows.count > 1 && inactiveRows.dropFirst().allSatisfy { $0.first != "—" })

        // A view without columns keeps the default table, byte for byte that of its flags.
        let plain = try runBinary(["list", "--view", "plain"], environment: env)
        let flags = try runBinary(["list", "--status", "active"], environment: env)
        #expect(plain.status == 0 && plain.stdout == flags.stdout, "\(plain.stderr)")
        #expect(Self.cells(plain.stdout).first == ["NAME", "E-MAIL", "TYPE", "STATUS", "ID"])

        let unknown = try runBinary(["list", "--columns", "name,shoe"], environment: env)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown column \"shoe\""), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("name, email, type, status, group"), "\(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
    }

    @Test func aPortalWithoutLoginHistorySaysUnknownNeverADate() throws {
        let server = try DemoServerProcess(extra: ["--no-audit"])
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-viewcols-noaudit").path)
        let run = try runBinary(["list", "--columns", "name,last-sign-in", "--limit", "5"], environment: env)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = Self.cells(run.stdout)
        #expect(rows.count == 6 && rows.dropFirst().allSatisfy { $0.last == "unknown" }, "\(run.stdout)")
        #expect(
            run.stderr.contains("Signed in: unknown, because the portal's plan has no audit feature"), "\(run.stderr)")
    }

    @Test func aBadInviterNamesTheFileAndLine() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try Self.home("[views.mine]\nguests = true\ninviter = \"me\"\n")
        let env = server.environment(home: home.path)
        let run = try runBinary(["list", "--view", "mine"], environment: env)
        #expect(run.status == 64)
        #expect(run.stderr.contains("config.toml, line 3: inviter takes an id"), "\(run.stderr)")
        #expect(run.stderr.contains("invited_by_me = true"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
