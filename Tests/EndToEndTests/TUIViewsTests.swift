import Foundation
import Testing

/// The views end to end: the real binary in tmux, started in a folder of its own (exports
/// land in the working directory), with `set-clipboard on` so that an OSC 52 from the app
/// becomes a tmux paste buffer the test can read.
final class ViewsTmux: @unchecked Sendable {
    let socket = "dsp-views-" + UUID().uuidString.prefix(8).lowercased()
    let folder: String
    private let environment: [String: String]

    init(arguments: [String], environment: [String: String] = [:], width: Int = 80, height: Int = 24) throws {
        folder = NSTemporaryDirectory() + socket
        try FileManager.default.createDirectory(atPath: folder + "/work", withIntermediateDirectories: true)
        try "set -g set-clipboard on\n".write(toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        for key in [
            "DOCSPACE_URL", "DOCSPACE_TOKEN", "DOCSPACE_PROFILE", "DOCSPACE_TOKEN_FILE",
            "DOCSPACE_CONFIG", "TMUX", "NO_COLOR", "ESCDELAY",
        ] {
            env.removeValue(forKey: key)
        }
        env.merge(environment) { _, new in new }
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env["HOME"] = folder
        env["XDG_STATE_HOME"] = folder + "/state"
        env["XDG_CONFIG_HOME"] = folder + "/config"
        self.environment = env
        let command = ([Binary.path] + arguments).map(TmuxCommand.quote).joined(separator: " ")
        let script = "TERM=tmux-256color \(command); echo __VIEWS_EXIT=$?; sleep 120"
        try tmux(
            capture: false,
            [
                "-f", folder + "/tmux.conf", "new-session", "-d", "-s", "main", "-c", folder + "/work",
                "-x", String(width), "-y", String(height), "sh", "-c", script,
            ])
    }

    deinit {
        _ = try? tmux(capture: false, ["kill-server"])
        unlink((environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/" + socket)
    }

    /// Where the app runs: exports without a folder land here.
    var workingDirectory: String { folder + "/work" }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    func press(_ keys: String...) throws { try tmux(capture: false, ["send-keys", "-t", "main"] + keys) }

    func type(_ text: String) throws { try tmux(capture: false, ["send-keys", "-t", "main", "-l", text]) }

    /// The newest tmux paste buffer (an OSC 52 from the app with `set-clipboard on`).
    func newestBuffer() throws -> String? {
        let names = try tmux(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n")
        guard let name = names.first else { return nil }
        return try tmux(["show-buffer", "-b", String(name)])
    }

    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 60, _ condition: (String) throws -> Bool) throws -> String {
        try ScreenWait.until(what, timeout: timeout, capture: screen, condition)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 60) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The one file the export wrote in the working directory.
    func exportedFile(extension ext: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: workingDirectory)
            .filter { $0.hasPrefix("docspace-people-") && $0.hasSuffix("." + ext) }
        guard names.count == 1 else {
            throw TUITmux.Timeout(what: "one export file, found \(names)", screen: try screen())
        }
        return workingDirectory + "/" + names[0]
    }

    @discardableResult
    private func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
        try TmuxCommand.run(socket: socket, environment: environment, capture: capture, arguments)
    }
}

@Suite("TUI views in tmux: export, copy", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIViewsTests {
    /// "1–20 of 201" → 201.
    static func total(in screen: String) -> Int? {
        guard let range = screen.range(of: #"of [0-9,]+"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst(3).replacingOccurrences(of: ",", with: ""))
    }

    @Test("--demo: e, Enter on the default path, \"Saved to\"; the file has every person of the view, mode 0600")
    func exportInDemo() throws {
        let tui = try ViewsTmux(arguments: ["--demo"])
        let first = try tui.waitFor("the first page") { Self.total(in: $0) != nil && $0.contains("@example") }
        let total = try #require(Self.total(in: first))
        try tui.press("e")
        let dialog = try tui.waitFor("the export dialog with its default path") {
            $0.contains("Export the view") && $0.contains("docspace-people-demo-")
        }
        #expect(dialog.contains("CSV") && dialog.contains("JSON"), "the format choice is shown:\n\(dialog)")
        try tui.press("Enter")
        let saved = try tui.waitFor("Saved to")
        // An absolute path; at 80 columns the status line keeps its end ("Saved to …/work/…").
        #expect(saved.contains("/work/docspace-people-demo-"), "an absolute path: \(saved)")
        let path = try tui.exportedFile(extension: "csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            rows.first
                == "id,displayName,firstName,lastName,email,userName,type,status,activationStatus,department,location,registrationDate"
        )
        #expect(rows.last == "", "the file ends with a line break")
        #expect(rows.count - 2 == total, "a row per person of the view: \(rows.count - 2) of \(total)")
        let ids = rows.dropFirst().dropLast().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(Set(ids).count == ids.count, "each person once")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try tui.press("q")
        try tui.waitFor("__VIEWS_EXIT=0")
    }

    @Test("The TUI's JSON export of a filtered view is the bytes `list --all --json` prints for it")
    func exportEqualsTheBinary() throws {
        let server = try DemoServerProcess(users: 230, seed: 11)
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "views-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let environment = server.environment(home: home)
        let tui = try ViewsTmux(
            arguments: [],
            environment: [
                "DOCSPACE_URL": environment["DOCSPACE_URL"]!,
                "DOCSPACE_TOKEN": environment["DOCSPACE_TOKEN"]!,
            ])
        try tui.waitFor("the first page") { Self.total(in: $0) != nil && $0.contains("● Active") }
        try tui.press("f")
        try tui.waitFor("the active filter") { $0.contains("Status: Active") && Self.total(in: $0) != nil }
        try tui.press("e")
        try tui.waitFor("Export the view")
        try tui.press("Tab")
        try tui.waitFor("CSV  [JSON]")
        try tui.press("Enter")
        try tui.waitFor("Saved to")
        let exported = try String(contentsOfFile: try tui.exportedFile(extension: "json"), encoding: .utf8)
        let printed = try runBinary(["list", "--all", "--json", "--status", "active"], environment: environment)
        #expect(printed.status == 0)
        #expect(exported == printed.stdout)
        #expect(exported.contains("\"email\""))
    }

    @Test("c puts the selected e-mail on the clipboard through OSC 52 (a tmux buffer with set-clipboard on); C the id")
    func copyInTmux() throws {
        let tui = try ViewsTmux(arguments: ["--demo"])
        try tui.waitFor("the first page") { Self.total(in: $0) != nil && $0.contains("@example") }
        try tui.press("j")
        try tui.press("c")
        let screen = try tui.waitFor("Copied e-mail of")
        let buffer = try tui.waitFor("a paste buffer") { _ in (try tui.newestBuffer())?.contains("@") == true }
        _ = buffer
        let email = try #require(try tui.newestBuffer())
        #expect(screen.contains(email), "the status line names the address copied: \(email)")
        try tui.press("C")
        try tui.waitFor("Copied id of")
        try tui.waitFor("the id's buffer") { _ in
            guard let id = try tui.newestBuffer() else { return false }
            return id != email && !id.contains("@") && !id.isEmpty
        }
    }
}
