import Foundation
import Testing

/// Your keys on the real binary: a config file's `[keys]` moves terminate to `x` and help to
/// F2; the action bar says so, `x` opens the confirmation (which still answers only to y), and
/// a bad binding stops the app before the terminal is touched, naming the file and the line.
@Suite("TUI in tmux: your keys from the config file", .serialized, .enabled(if: TUITmux.isAvailable))
struct TUIKeysTmux {
    static func config(_ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "dsp-keys-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/config.toml"
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        return path
    }

    @Test("terminate = \"x\": the bar shows x terminate, x opens the confirmation, Enter cancels it, F2 is help")
    func terminateOnX() throws {
        let config = try Self.config("[keys]\nterminate = \"x\"\nhelp = \"F2\"\n")
        let listed = try runBinary(["keys", "--config", config])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("* x ") && $0.contains(" terminate ") }, "\(listed.stdout)")
        #expect(lines.contains { $0.hasPrefix("  q ") && $0.contains(" quit ") }, "a default, unmarked")
        let tui = try ViewsTmux(arguments: ["--demo", "--config", config], width: 100, height: 24)
        let first = try tui.waitFor("the first page") { TUIViewsTests.total(in: $0) != nil && $0.contains("@example") }
        let bar = TUIScreensTmux.bottomRows(first).bar
        #expect(bar.contains("x terminate"), "\(bar)")
        #expect(bar.contains("F2 help"), "\(bar)")
        #expect(!bar.contains("t terminate") && !bar.contains("? help"), "\(bar)")
        try tui.press("x")
        let question = try tui.waitFor("the confirmation") { $0.contains("Terminate 1 person?") }
        #expect(question.contains("[y] Yes"), "\(question)")
        try tui.press("Enter")
        try tui.waitFor("the question closed") { !$0.contains("Terminate 1 person?") && $0.contains("x terminate") }
        try tui.press("F2")
        let help = try tui.waitFor("the help") { $0.contains("Keys (↑↓") }
        let row = help.components(separatedBy: "\n").first { $0.contains("Terminate (disable)") }
        #expect(row?.hasPrefix("│ x ") == true, "the help lists x for terminate: \(help)")
        try tui.press("Escape")
        try tui.waitFor("the list again") { !$0.contains("Keys (↑↓") && $0.contains("x terminate") }
        try tui.press("q")
        try tui.waitFor("the app to end") { $0.contains("__VIEWS_EXIT=0") }
    }

    @Test("A bad binding: the app does not start; the message names the file, the line and the fix")
    func badBindingRefused() throws {
        let config = try Self.config("[keys]\nterminate = \"x\"\nsort = \"x\"\n")
        let result = try runBinary(["--demo", "--config", config])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("config file \(config), line 3"), "\(result.stderr)")
        #expect(result.stderr.contains("give one of them another key"), "\(result.stderr)")
        let keys = try runBinary(["keys", "--config", config])
        #expect(keys.status == 64, "\(keys.stderr)")
    }
}
