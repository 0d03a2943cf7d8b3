import Foundation
import Testing

/// Screens that say the right thing, on the real binary in tmux: the action bar at 80×24, the
/// header after a first load that failed, the bulk-delete dialog's names scrolling at 60×15,
/// `:messages`, and an export to a folder that is not there.
@Suite(
    "TUI screens in tmux: the bar, stale states, scrolling names, file messages", .serialized,
    .enabled(if: TUITmux.isAvailable))
struct TUIScreensTmux {
    static let listing = "GET /api/2.0/people/filter"

    /// The last non-empty rows of the pane: the action bar, then the status line.
    static func bottomRows(_ screen: String) -> (bar: String, status: String) {
        let rows = screen.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return (rows.dropLast().last ?? "", rows.last ?? "")
    }

    @Test("80×24: the bar keeps search, the status filter, help and quit; :messages shows a message whole")
    func barAndMessages() throws {
        let tui = try ViewsTmux(arguments: ["--demo"])
        let first = try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("@example") }
        let bar = Self.bottomRows(first).bar
        for item in ["/ search", "f status", "t terminate", "? help", "q quit"] {
            #expect(bar.contains(item), "\(item) is missing: \(bar)")
        }
        #expect(!bar.contains("terminate first (t)"), "\(bar)")
        let name = "frobnicate-every-account-of-the-portal-now"
        try tui.press(":")
        try tui.type(name)
        try tui.press("Enter")
        let cut = try tui.waitFor("Unknown command")
        let status = Self.bottomRows(cut).status
        #expect(status.contains("…") && !status.contains("lists the keys)"), "cut at a word: \(status)")
        try tui.press(":")
        try tui.type("messages")
        try tui.press("Enter")
        let whole = try tui.waitFor("Messages, newest first")
        #expect(whole.contains("Unknown command: " + name), "\(whole)")
        #expect(whole.contains("lists the keys)"), "\(whole)")
        try tui.press("Escape")
        try tui.waitFor("the list again") { !$0.contains("Messages, newest first") && $0.contains("/ search") }
        try tui.press("q")
    }

    @Test("A first load that fails (503): the header says not loaded, not loading…; after r the error is gone")
    func failedFirstLoad() async throws {
        let server = try DemoServerProcess(users: 40, seed: 7)
        let home = NSTemporaryDirectory() + "tui-screens-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try await StandInFaults.set(["\(Self.listing): status=503"], on: server)
        let tui = try ViewsTmux(arguments: [], environment: server.environment(home: home))
        let failed = try tui.waitFor("the failed first load") {
            $0.contains("Could not load people") && $0.contains("not loaded")
        }
        #expect(!failed.components(separatedBy: "\n")[0].contains("loading…"), "\(failed)")
        try await StandInFaults.set([], on: server)
        try tui.press("r")
        let loaded = try tui.waitFor("the reload") { $0.contains("of 40") && $0.contains("● Active") }
        #expect(!loaded.contains("Could not load people"), "the old error is gone:\n\(loaded)")
        try tui.press("q")
    }

    @Test(
        "60×15: the bulk-delete dialog's names (a dozen or more) scroll with ↓; every name can be read; nothing is deleted"
    )
    func bulkDeleteScrolls() async throws {
        let server = try DemoServerProcess(users: 40, seed: 7)
        let home = NSTemporaryDirectory() + "tui-screens-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let env = server.environment(home: home)
        let listed = try runBinary(["list", "--status", "active", "--type", "user", "--json"], environment: env)
        let people = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        let active = Array(people.compactMap { $0["email"] as? String }.filter { $0 != "owner@example.com" }.prefix(12))
        // The stand-in may refuse one of them (its own rules); the disabled people are read back.
        _ = try runBinary(["terminate"] + active, environment: env)
        let disabled = try runBinary(["list", "--status", "disabled", "--json"], environment: env)
        let emails = (try JSONSerialization.jsonObject(with: Data(disabled.stdout.utf8)) as? [[String: Any]] ?? [])
            .compactMap { $0["email"] as? String }
        try #require(emails.count >= 10, "\(emails)")
        let tui = try ViewsTmux(arguments: [], environment: env, width: 60, height: 15)
        try tui.waitFor("the first page") { $0.contains("of 40") }
        try tui.press(":")
        try tui.type("status disabled")
        try tui.press("Enter")
        try tui.waitFor("the disabled people") { $0.contains("Status: Disabled") && $0.contains("of ") }
        try tui.press("*")
        try tui.waitFor("everyone marked") { $0.contains("marked") }
        try tui.press("d")
        var screen = try tui.waitFor("the typed delete") { $0.contains("Type DELETE") }
        #expect(screen.contains("more (↓ PgDn scroll)"), "\(screen)")
        // The names as drawn ("• Name <e-mail>", cut at the box's edge), gathered while scrolling.
        func names(_ screen: String) -> [String] {
            screen.components(separatedBy: "\n").compactMap { row in
                row.range(of: "• ").map {
                    String(row[$0.upperBound...]).components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        let title = try #require(screen.firstMatch(of: /Delete (\d+) people\?/))
        let count = try #require(Int(title.1))
        #expect(count >= 10)
        var seen = Set(names(screen))
        for _ in 0..<(count + 5) {
            if screen.contains("↑") && !screen.contains("more (↓") { break }
            let before = screen
            try tui.press("Down")
            screen = try tui.waitFor("the names to move") { $0 != before }
            seen.formUnion(names(screen))
        }
        #expect(seen.count == count, "every name was shown: \(seen.count) of \(count): \(seen.sorted())")
        #expect(screen.contains("above"), "\(screen)")
        try tui.press("PPage")
        try tui.waitFor("PgUp scrolls back") { $0.contains("Type DELETE") }
        #expect(try tui.screen().contains("Type DELETE"), "still asking: the keys never answered")
        try tui.press("Escape")
        try tui.waitFor("Cancelled")
        let after = try runBinary(["list", "--status", "disabled", "--json"], environment: env)
        let still = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(Set(still.compactMap { $0["email"] as? String }).isSuperset(of: emails), "nobody was deleted")
        try tui.press("q")
    }

    @Test("Export to a folder that is not there: the dialog stays, naming the folder; then Saved to an absolute path")
    func exportFailureNamesTheFolder() throws {
        let tui = try ViewsTmux(arguments: ["--demo"], width: 100, height: 30)
        try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("@example") }
        try tui.press("e")
        try tui.waitFor("Export the view")
        try tui.press("C-u")
        try tui.type("/nonexistent-folder/people.csv")
        try tui.press("Enter")
        let failed = try tui.waitFor("the failure in the dialog") { $0.contains("cannot create people.csv in") }
        #expect(failed.contains("/nonexistent-folder"), "\(failed)")
        #expect(failed.contains("No such"), "\(failed)")
        #expect(
            failed.contains("Export the view") && failed.contains("Enter exports"), "the dialog stays open:\n\(failed)")
        try tui.press("C-u")
        try tui.type("people.csv")
        try tui.press("Enter")
        let saved = try tui.waitFor("Saved to")
        #expect(saved.contains("Saved to " + tui.workingDirectory + "/people.csv"), "\(saved)")
        #expect(FileManager.default.fileExists(atPath: tui.workingDirectory + "/people.csv"))
        #expect(!saved.contains("Export the view"))
        try tui.press("q")
    }
}
