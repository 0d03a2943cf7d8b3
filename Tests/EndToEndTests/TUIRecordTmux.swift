import Foundation
import Testing

/// Confirmations and the record, end to end, against `demo-server`: `u` is confirmed like
/// any change, `T` starts on the safe type, more than twenty people take their number typed,
/// and a change cut short by SIGINT or SIGHUP leaves `sent` and `outcome unknown` in the
/// audit log.
@Suite("TUI: undo, safe defaults, scale and the record in tmux", .serialized, .enabled(if: HardeningTmux.isAvailable))
struct TUIRecordTmux {
    let server: DemoServerProcess
    let home: String

    /// Status changes hang for 20 s: long enough to signal the app while one is on its way.
    static let slowTerminate = "PUT /api/2.0/people/status/Terminated: latency=20000"

    init() throws {
        server = try DemoServerProcess(users: 150, seed: 7)
        home = NSTemporaryDirectory() + "tui-record-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func start() throws -> HardeningTmux {
        let tui = try HardeningTmux(width: 120, height: 30, environment: server.environment(home: home))
        try tui.waitFor("the first page") { $0.contains("of 150") && $0.contains("● Active") }
        return tui
    }

    /// The audit log's lines, as JSON objects.
    var auditEntries: [[String: Any]] {
        let text =
            (try? String(contentsOfFile: home + "/.local/state/docspace-people/audit.jsonl", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    static func targets(_ entry: [String: Any]) -> [[String: Any]] { entry["targets"] as? [[String: Any]] ?? [] }

    /// People of one status and type, by e-mail, from the CLI (not through the TUI).
    func people(status: String, type: String) throws -> [String] {
        let result = try runBinary(
            ["list", "--status", status, "--type", type, "--json"],
            environment: server.environment(home: home))
        let people = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return people.compactMap { $0["email"] as? String }.filter { $0 != "owner@example.com" }
    }

    func statusOnServer(_ email: String) throws -> String? {
        let result = try runBinary(["show", email], environment: server.environment(home: home))
        guard result.status == 0 else { return nil }
        return result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Status") }
            .flatMap { $0.dropFirst("Status".count).split(separator: " ").dropFirst().first.map(String.init) }
    }

    /// Shows only active users (`f` to Active, `F` to User): every row can be terminated.
    func showActiveUsers(_ tui: HardeningTmux) throws {
        try tui.press("f")
        try tui.waitFor("Status: Active")
        for _ in 0..<3 { try tui.press("F") }
        try tui.waitFor("the active users") { $0.contains("Type: User") && !$0.contains("loading") }
    }

    /// Narrows the list to one person by a server search, so the cursor is on them.
    func select(_ email: String, in tui: HardeningTmux) throws {
        try tui.press("/")
        try tui.type(email)
        try tui.press("Enter")
        try tui.waitFor("the search result") { $0.contains("Search: \(email)") && $0.contains("1–1 of 1") }
    }

    @Test("u after a bulk terminate asks first, naming them; nothing changes until y")
    func undoAsks() throws {
        let tui = try start()
        try showActiveUsers(tui)
        try tui.press("Space", "Space", "Space")
        try tui.waitFor("3 marked")
        try tui.press("t")
        try tui.waitFor("Terminate 3 people?")
        try tui.press("y")
        try tui.waitFor("the results", timeout: 30) { $0.contains("Results: Terminated 3 people") }
        let terminated = Self.targets(try #require(auditEntries.last)).compactMap { $0["email"] as? String }
        #expect(terminated.count == 3)
        try tui.press("Escape")
        let bar = try tui.waitFor("the undo offer in the action bar") { $0.contains("u re-activate 3 · ") }
        #expect(!bar.contains("u undo "), "the bar says what u does, not just undo: \(bar)")
        try tui.press("u")
        let dialog = try tui.waitFor("Undo: re-activate 3 people?")
        for email in terminated { #expect(dialog.contains(email), "the dialog names \(email)") }
        #expect(dialog.contains("PUT /api/2.0/people/status/Active"))
        // u again, a stray key, then Enter: nothing is sent, the offer stays.
        try tui.press("u", "x", "Enter")
        try tui.waitFor("Cancelled: nothing was changed")
        for email in terminated { #expect(try statusOnServer(email) == "Disabled") }
        #expect(!auditEntries.contains { $0["action"] as? String == "undo" })
        try tui.press("u")
        try tui.waitFor("Undo: re-activate 3 people?")
        try tui.press("y")
        try tui.waitFor("the undo's results", timeout: 30) { $0.contains("Undone: re-activated 3 people") }
        for email in terminated { #expect(try statusOnServer(email) == "Active") }
        // Esc and q apart: an Esc with a key in the same burst is Alt+key, which does nothing.
        try tui.press("Escape")
        try tui.waitFor("the results closed") { !$0.contains("Results:") }
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }

    @Test("T Enter on a guest proposes User, never DocSpace admin")
    func typeDefaultOnGuest() throws {
        let tui = try start()
        let guest = try #require(try people(status: "active", type: "guest").first)
        try select(guest, in: tui)
        try tui.press("T")
        try tui.waitFor("Change the type of 1 person")
        try tui.press("Enter")
        let confirmation = try tui.waitFor("Change 1 person to User?")
        #expect(confirmation.contains("Guest → User"))
        #expect(!confirmation.contains("DocSpace admin?"))
        try tui.press("Escape")
        try tui.waitFor("Cancelled: nothing was changed")
        let show = try runBinary(["show", guest], environment: server.environment(home: home))
        #expect(show.stdout.contains("Guest"), "\(show.stdout)")
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }

    @Test("Terminating more than twenty takes their number typed: y alone does nothing")
    func scaleNeedsTheNumber() throws {
        let tui = try start()
        try showActiveUsers(tui)
        // Twenty-two marked: the demo's LDAP user among them is left out, which leaves 21.
        try tui.press("V")
        try tui.waitFor("1 marked")
        for _ in 0..<21 { try tui.press("j") }
        try tui.press("V")
        try tui.waitFor("22 marked")
        try tui.press("t")
        let dialog = try tui.waitFor("the terminate dialog") { $0.contains("Terminate 2") && $0.contains("people?") }
        let count = try #require(
            dialog.components(separatedBy: "Terminate ").dropFirst()
                .compactMap { Int($0.prefix { $0.isNumber }) }.first)
        #expect(count > 20, "\(dialog)")
        #expect(dialog.contains("Type \(count), the number of people,"), "\(dialog)")
        #expect(!dialog.contains("[y] Yes"))
        try tui.press("y")
        try tui.waitFor("> y")
        try tui.press("Enter")
        try tui.waitFor("type \(count) exactly, or Esc to cancel")
        #expect(!auditEntries.contains { $0["action"] as? String == "terminate" }, "nothing was sent")
        try tui.press("C-u")
        try tui.type(String(count))
        try tui.press("Enter")
        try tui.waitFor("the results", timeout: 30) { $0.contains("Results: Terminated \(count) people") }
        // Esc and q apart: an Esc with a key in the same burst is Alt+key, which does nothing.
        try tui.press("Escape")
        try tui.waitFor("the results closed") { !$0.contains("Results:") }
        try tui.press("q")
        #expect(try tui.waitForExit().status == 0)
    }

    /// `t y` on one person while the portal is slow; waits until the request is on its way.
    func terminateSlowly(_ tui: HardeningTmux) async throws -> String {
        let email = try #require(try people(status: "active", type: "user").first)
        try select(email, in: tui)
        try await StandInFaults.set([Self.slowTerminate], on: server)
        try tui.press("t")
        try tui.waitFor("Terminate 1 person?")
        try tui.press("y")
        try tui.waitFor("sending change")
        let sent = try #require(auditEntries.last)
        #expect(sent["stage"] as? String == "sent")
        #expect(sent["action"] as? String == "terminate")
        #expect(sent["request"] as? String == "PUT /api/2.0/people/status/Terminated")
        #expect(Self.targets(sent).first?["email"] as? String == email)
        return email
    }

    func expectOutcomeUnknown(for email: String, on screen: String) throws {
        let entries = auditEntries.filter { $0["action"] as? String == "terminate" }
        #expect(entries.map { $0["stage"] as? String } == ["sent", "outcome unknown"])
        let unknown = try #require(entries.last)
        let target = try #require(Self.targets(unknown).first)
        #expect(target["email"] as? String == email)
        #expect(target["detail"] as? String == "sent; outcome not known — check the portal")
        #expect(screen.contains("outcome not known — check the portal"), "standard error says it: \(screen)")
        #expect(screen.contains(email))
    }

    @Test(
        "Ctrl-C while a terminate is on its way asks first; a second Ctrl-C quits and the audit log says outcome unknown"
    )
    func interruptDuringChange() async throws {
        let tui = try start()
        let email = try await terminateSlowly(tui)
        try tui.press("C-c")
        let asked = try tui.waitFor("Quit?")
        #expect(asked.contains("Ctrl-C again quits"))
        try tui.press("C-c")
        let exit = try tui.waitForExit()
        #expect(exit.status == 130)
        try expectOutcomeUnknown(for: email, on: exit.screen)
        try await StandInFaults.set([], on: server)
    }

    @Test("SIGHUP while a terminate is on its way: the audit log says sent, then outcome unknown")
    func hangUpDuringChange() async throws {
        let tui = try start()
        let email = try await terminateSlowly(tui)
        #expect(kill(try tui.appPID(), SIGHUP) == 0)
        let exit = try tui.waitForExit()
        #expect(exit.status == 129)
        try expectOutcomeUnknown(for: email, on: exit.screen)
        try await StandInFaults.set([], on: server)
    }
}
