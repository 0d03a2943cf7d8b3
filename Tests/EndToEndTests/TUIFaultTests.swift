import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The TUI against a stand-in portal that is slow, fails, loses answers or stops accepting
/// the session, with faults switched on at run time (`PUT /__standin/faults`).
@Suite("TUI: a slow or failing portal, end to end", .serialized, .enabled(if: HardeningTmux.isAvailable))
struct TUIFaultTests {
    let server: DemoServerProcess
    let home: String
    static let statusRoute = "PUT /api/2.0/people/status/*"

    init() throws {
        server = try DemoServerProcess(users: 40, seed: 7)
        home = NSTemporaryDirectory() + "tui-faults-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    /// Wide enough that a failure and the server's words fit on the status line.
    func start(environment: [String: String]? = nil, arguments: [String] = []) throws -> HardeningTmux {
        let tui = try HardeningTmux(
            width: 160, height: 30, arguments: arguments,
            environment: environment ?? server.environment(home: home))
        try tui.waitFor("the first page") { $0.contains("of 40") && $0.contains("● Active") }
        return tui
    }

    /// The e-mail of an active, ordinary user (not the owner), from the CLI.
    func activeUser() throws -> String {
        let result = try runBinary(
            ["list", "--status", "active", "--type", "user", "--json"],
            environment: server.environment(home: home))
        let people = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let email = people.compactMap { $0["email"] as? String }.first { $0 != "owner@example.com" }
        return try #require(email)
    }

    /// Narrows the list to one person by a server search, so the cursor is on them.
    func select(_ email: String, in tui: HardeningTmux) throws {
        try tui.press("/")
        try tui.type(email)
        try tui.press("Enter")
        try tui.waitFor("the search result") { $0.contains("Search: \(email)") && $0.contains("1–1 of 1") }
    }

    func statusOnServer(_ email: String) throws -> String? {
        let result = try runBinary(["show", email], environment: server.environment(home: home))
        guard result.status == 0 else { return nil }
        // "● Active", "⊘ Disabled since …": the word after the symbol.
        return result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Status") }
            .flatMap { $0.dropFirst("Status".count).split(separator: " ").dropFirst().first.map(String.init) }
    }

    /// The status line's spinner is turning: something is being waited for.
    static func showsSpinner(_ screen: String) -> Bool {
        let status = screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
        return status.contains { "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏".contains($0) }
    }

    /// The list row that shows this e-mail.
    func row(_ email: String, in screen: String) -> String? {
        screen.components(separatedBy: "\n").dropFirst(2).first { $0.contains(email) }
    }

    /// How many status changes reached the stand-in (its request statistics).
    func statusChangesSent() async throws -> Int {
        let (data, _) = try await URLSession.shared.data(from: URL(string: server.baseURL + "/__standin/stats")!)
        let stats = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let routes = stats?["perRoute"] as? [String: Int] ?? [:]
        return routes.filter { $0.key.hasPrefix("PUT") && $0.key.contains("status") }.values.reduce(0, +)
    }

    @Test("A listing that hangs: keys still move the cursor, a spinner counts, Esc stops waiting")
    func latencyOnListing() async throws {
        let tui = try start()
        try await StandInFaults.set(["GET /api/2.0/people/filter: latency=20000"], on: server)
        try tui.press("r")
        try tui.waitFor("the spinner") { Self.showsSpinner($0) && $0.contains("loading") }
        try tui.press("G")
        // The key moved the view while the listing still hangs: both on one screen.
        let both = try tui.waitFor("the cursor at the end while loading") {
            $0.contains("–40 of 40") && Self.showsSpinner($0)
        }
        #expect(both.contains("● Active"), "the rows stay on screen")
        try tui.waitFor("the seconds and the Esc hint") {
            $0.contains("loading 1 s · Esc stops") || $0.contains("loading 2 s · Esc stops")
        }
        try tui.press("Escape")
        let stopped = try tui.waitFor("Stopped loading: r reloads")

        #expect(!stopped.contains("loading 1 s"))
        try await StandInFaults.set([], on: server)
        try tui.press("r")
        try tui.waitFor("the reload") { $0.contains("–40 of 40") && !Self.showsSpinner($0) }
        try tui.press("q")
        #expect(try tui.waitForExit().isRestored)
    }

    @Test("A 503 on terminate: the status line says what failed, the row and the server are unchanged")
    func unavailableOnTerminate() async throws {
        let tui = try start()
        let email = try activeUser()
        try select(email, in: tui)
        try await StandInFaults.set(["\(Self.statusRoute): status=503"], on: server)
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("y")
        let screen = try tui.waitFor("✗ Terminate failed for")
        #expect(screen.contains("The portal failed to handle the request (503)"), "\(screen)")
        #expect(row(email, in: screen)?.contains("● Active") == true)
        #expect(try statusOnServer(email) == "Active")
        #expect(try await statusChangesSent() == 1)
    }

    @Test("A dropped connection on terminate: the person is re-read and the real state shown; nothing resent")
    func droppedOnTerminate() async throws {
        let tui = try start()
        let email = try activeUser()
        try select(email, in: tui)
        try await StandInFaults.set(["\(Self.statusRoute): drop"], on: server)
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("y")
        // The results dialog spells out what the re-read found.
        let screen = try tui.waitFor("the re-read's finding") {
            HardeningTmux.dialogText($0).contains("a re-read shows them still Active; not sent again")
        }
        // Reported at once as dropped, not after the timeout.
        #expect(
            HardeningTmux.dialogText(screen).contains("no clear answer (The connection to the portal was dropped"),
            "\(screen)")
        try tui.press("Enter")
        let closed = try tui.waitFor("the dialog to close") { !$0.contains("Results:") }
        #expect(row(email, in: closed)?.contains("● Active") == true)
        #expect(try statusOnServer(email) == "Active")
        #expect(try await statusChangesSent() == 1, "the change went out once")
    }

    @Test("An answer cut off after the portal acted: the re-read shows it done, and only then is it reported")
    func truncatedOnTerminate() async throws {
        let tui = try start()
        let email = try activeUser()
        try select(email, in: tui)
        try await StandInFaults.set(["\(Self.statusRoute): truncated"], on: server)
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("y")
        let screen = try tui.waitFor("the outcome") { $0.contains("✓ Terminated") || $0.contains("✗ Terminate failed") }
        #expect(screen.contains("(the answer was lost; a re-read confirms it)"), "\(screen)")
        #expect(row(email, in: screen)?.contains("⊘ Disabled") == true)
        #expect(try statusOnServer(email) == "Disabled")
        #expect(try await statusChangesSent() == 1)
    }

    @Test("A 401 midway with an API key: the dialog says how to sign in; Esc keeps the view")
    func expiredWithApiKey() async throws {
        let tui = try start()
        try await StandInFaults.set(["GET /api/2.0/people/filter: expired-token times=1"], on: server)
        try tui.press("r")
        let dialog = try tui.waitFor("Sign in again (401)")
        #expect(dialog.contains("docspace-people login"))
        #expect(dialog.contains("● Active"), "the list stays behind the dialog")
        try tui.press("Escape")
        try tui.waitFor("the dialog to close") { !$0.contains("Sign in again (401)") && $0.contains("1–26 of 40") }
        try tui.press("r")
        try tui.waitFor("the list again") { $0.contains("1–26 of 40") && !Self.showsSpinner($0) }
    }

    @Test("A 401 midway in a password session: sign in again in the dialog, the read is retried, the token saved")
    func expiredWithPassword() async throws {
        // A password session: `login` saves a token; the TUI then runs on that token alone.
        var environment = server.environment(home: home)
        environment.removeValue(forKey: "DOCSPACE_TOKEN")
        let login = try runBinary(
            ["login", "--user", "owner@example.com", "--password-stdin"],
            environment: environment, input: "owner-pass-1\n")
        #expect(login.status == 0, "\(login.stderr)")
        let tokenPath = FileManager.default.enumerator(atPath: home)?
            .compactMap { $0 as? String }.first { $0.contains("tokens/") }
        let tokenFile = home + "/" + (try #require(tokenPath))
        let oldToken = try String(contentsOfFile: tokenFile, encoding: .utf8)

        let tui = try start(environment: environment)
        try await StandInFaults.set(["GET /api/2.0/people/filter: expired-token times=1"], on: server)
        try tui.press("j", "j")
        try tui.press("r")
        let dialog = try tui.waitFor("Sign in again (401)")
        #expect(dialog.contains("E-mail:   owner@example.com"))
        try tui.type("owner-pass-1")
        let masked = try tui.waitFor("Password: ••••••••••••")
        #expect(!masked.contains("owner-pass-1"), "the password is never on screen")
        try tui.press("Enter")
        let after = try tui.waitFor("Signed in again; reloading")
        #expect(after.contains("1–26 of 40"), "the view is as it was")
        #expect(!after.contains("Sign in again (401)"))
        let newToken = try String(contentsOfFile: tokenFile, encoding: .utf8)
        #expect(newToken != oldToken, "the new token replaced the old one in its file")
        var info = stat()
        #expect(stat(tokenFile, &info) == 0 && info.st_mode & 0o777 == 0o600)
        try tui.press("q")
        #expect(try tui.waitForExit().isRestored)
    }
}
