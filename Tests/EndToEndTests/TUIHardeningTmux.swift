import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server for the hardening tests (faults, hostile text, signals). Like
/// `TUITmux` it drives the real binary with keys and reads the pane with a deadline, never a
/// fixed sleep; on top it can read tmux's own view of the pane (title, cursor, alternate
/// screen, paste buffers), record every byte the pane received, open a second terminal and
/// run the app with its input from there.
///
/// The pane runs `sh -c`: wait for the go signal (so recording starts before anything is
/// written), print a line and set a title of its own, run the app, then print the exit status
/// and `stty -a`. tmux starts with `set-clipboard on`, so an OSC 52 from the app would
/// really create a paste buffer.
final class HardeningTmux: @unchecked Sendable {
    static let exitMarker = "__TUI_EXIT="
    /// Printed by the shell before the app starts: after a clean exit the pane shows it again
    /// (the alternate screen was left).
    static let beforeMarker = "__BEFORE_THE_APP__"
    /// The pane's title set by the shell before the app: a profile must not change it.
    static let shellTitle = "shell-title-before"

    static var isAvailable: Bool { TmuxCommand.executable != nil }

    let socket = "dsp-hard-" + UUID().uuidString.prefix(8).lowercased()
    let folder: String
    let width: Int
    let height: Int
    private let environment: [String: String]

    typealias Timeout = ScreenWait.Timeout

    /// - Parameters:
    ///   - arguments: the app's arguments.
    ///   - inputFromSecondTerminal: the app reads its keys from a second terminal (window 1)
    ///     while it draws on the first; `closeSecondTerminal` then ends its input.
    ///   - record: every byte written to the pane is appended to `recording`.
    ///   - shellCommand: runs this instead of the app (for control experiments that show a
    ///     check can fail).
    init(
        width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String],
        inputFromSecondTerminal: Bool = false, record: Bool = false, shellCommand: String? = nil
    ) throws {
        self.width = width
        self.height = height
        folder = NSTemporaryDirectory() + socket
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "set -g set-clipboard on\nset -g history-limit 2000\n".write(
            toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
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
        self.environment = env
        let input = inputFromSecondTerminal ? " < \"$(cat \(TmuxCommand.quote(folder + "/second-tty")))\"" : ""
        let command =
            shellCommand ?? (([Binary.path] + arguments).map(TmuxCommand.quote).joined(separator: " ") + input)
        let script = """
            trap 'true' INT; tmux wait-for go; printf '\\033]2;\(Self.shellTitle)\\033\\\\'; echo \(Self.beforeMarker); \
            TERM=tmux-256color \(command); echo \(Self.exitMarker)$?; stty -a; sleep 120
            """
        try tmux(
            capture: false,
            [
                "-f", folder + "/tmux.conf", "new-session", "-d", "-s", "main", "-x", String(width),
                "-y", String(height), "sh", "-c", script,
            ])
        if inputFromSecondTerminal {
            try tmux(capture: false, ["new-window", "-d", "-t", "main:1", "sleep 600"])
            let tty = try format("#{pane_tty}", window: "main:1")
            try tty.write(toFile: folder + "/second-tty", atomically: true, encoding: .utf8)
        }
        if record {
            try tmux(capture: false, ["pipe-pane", "-o", "-t", "main:0", "cat >> " + TmuxCommand.quote(recording)])
        }
        try tmux(capture: false, ["wait-for", "-S", "go"])
    }

    deinit {
        _ = try? tmux(capture: false, ["kill-server"])
        unlink((environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/" + socket)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Where `record` puts the pane's output.
    var recording: String { folder + "/pane-output" }

    // MARK: Reading the pane

    /// The pane's text, one line per row, trailing spaces kept (`-N`), so widths can be checked.
    func screen(window: String = "main:0") throws -> String {
        try tmux(["capture-pane", "-p", "-N", "-t", window])
    }

    /// A tmux format for the app's pane: `#{pane_title}`, `#{cursor_flag}`, `#{alternate_on}`.
    func format(_ format: String, window: String = "main:0") throws -> String {
        try tmux(["display-message", "-p", "-t", window, format]).trimmingCharacters(in: .newlines)
    }

    var paneTitle: String { get throws { try format("#{pane_title}") } }
    var cursorVisible: Bool { get throws { try format("#{cursor_flag}") == "1" } }
    var alternateScreenOn: Bool { get throws { try format("#{alternate_on}") == "1" } }

    /// tmux's paste buffers, one line each: an OSC 52 with `set-clipboard on` would add one.
    func buffers() throws -> [String] {
        try tmux(["list-buffers", "-F", "#{buffer_name}: #{buffer_sample}"])
            .split(separator: "\n").map(String.init)
    }

    /// The text inside the open dialog's box (from its `┌` line to its `└` line), one line
    /// per row joined with single spaces: only what lies between the box's two `│`, so the
    /// pane beside the dialog (a detail line that wraps beside it) never reads as part of it.
    static func dialogText(_ screen: String) -> String {
        var inside = false
        var rows: [String] = []
        for line in screen.components(separatedBy: "\n") {
            if line.contains("┌") {
                inside = true
                continue
            }
            if line.contains("└") { break }
            guard inside else { continue }
            let parts = line.components(separatedBy: "│")
            if parts.count >= 3 { rows.append(parts[1]) }
        }
        return rows.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The screen's text with box edges and runs of spaces folded, so a sentence a dialog
    /// wrapped over several rows can be found whole.
    static func flattened(_ screen: String) -> String {
        screen.components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
            .joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    // MARK: Input

    func press(_ keys: String...) throws {
        try tmux(capture: false, ["send-keys", "-t", "main:0"] + keys)
    }

    func type(_ text: String) throws {
        try tmux(capture: false, ["send-keys", "-t", "main:0", "-l", text])
    }

    // MARK: Waiting

    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 30, _ condition: (String) throws -> Bool) throws -> String {
        try ScreenWait.until(what, timeout: timeout, capture: { try screen() }, condition)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The app's process id (the child of the pane's shell).
    func appPID() throws -> Int32 {
        let shell = try format("#{pane_pid}")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ Int32($0) }) {
                let name = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                if name.hasPrefix("docspace-people") { return child }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(what: "the app's process", screen: try screen())
    }

    /// How the terminal was left after the app ended.
    struct Exit {
        var status: Int32
        var echo: Bool
        var icanon: Bool
        var cursorVisible: Bool
        var alternateScreenOn: Bool
        /// The shell's line from before the app is on screen again.
        var shellLinesBack: Bool
        var screen: String

        /// Echo and canonical mode on, cursor visible, alternate screen left.
        var isRestored: Bool { echo && icanon && cursorVisible && !alternateScreenOn && shellLinesBack }
    }

    func waitForExit(timeout: TimeInterval = 30) throws -> Exit {
        let screen = try waitFor("the app to exit", timeout: timeout) { text in
            text.contains(Self.exitMarker) && text.contains("icanon")
        }
        let after = screen.components(separatedBy: Self.exitMarker).last ?? ""
        let status = Int32(after.prefix { $0.isNumber }) ?? -1
        let words = Set(after.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        return Exit(
            status: status,
            echo: words.contains("echo") && !words.contains("-echo"),
            icanon: words.contains("icanon") && !words.contains("-icanon"),
            cursorVisible: try cursorVisible, alternateScreenOn: try alternateScreenOn,
            shellLinesBack: screen.contains(Self.beforeMarker), screen: screen)
    }

    // MARK: A second terminal

    /// Closes the second terminal: whoever reads from it sees the end of input.
    func closeSecondTerminal() throws {
        try tmux(capture: false, ["kill-window", "-t", "main:1"])
    }

    // MARK: Cells

    /// Cells a line takes on screen, as tmux counts them for the text our data holds:
    /// combining marks 0, East Asian wide characters and emoji 2, the rest 1.
    static func cells(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return total
            default: break
            }
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
                || (0x20000...0x3FFFD).contains(v)
            return total + (wide ? 2 : 1)
        }
    }

    // MARK: tmux

    @discardableResult
    private func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
        try TmuxCommand.run(socket: socket, environment: environment, capture: capture, arguments)
    }

}

/// Steers a running `demo-server`'s faults over its control route (`PUT /__standin/faults`).
enum StandInFaults {
    static func set(_ rules: [String], on server: DemoServerProcess) async throws {
        var request = URLRequest(url: URL(string: server.baseURL + "/__standin/faults")!)
        request.httpMethod = "PUT"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["rules": rules])
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw StandInError(description: "the stand-in refused the fault rules \(rules)")
        }
    }

    struct StandInError: Error, CustomStringConvertible {
        var description: String
    }
}
