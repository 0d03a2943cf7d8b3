import Foundation

/// The real binary in a private tmux server: keys in with `send-keys`, the screen out with
/// `capture-pane`, and every wait a condition with a deadline, never a fixed sleep.
final class TUITmux: @unchecked Sendable {
    /// Whether tmux is installed; the TUI tests are skipped without it.
    static var isAvailable: Bool { TmuxCommand.executable != nil }

    /// Marks the end of the app in the pane, followed by the exit status and `stty -a`.
    static let exitMarker = "__TUI_EXIT="

    let socket = "dsp-tui-" + UUID().uuidString.prefix(8).lowercased()
    private let environment: [String: String]

    typealias Timeout = ScreenWait.Timeout

    /// Starts `docspace-people` in a new pane of `width`×`height`. Secrets travel in the
    /// environment of the tmux server (inherited by the pane), never in an argument list.
    /// `directory`: the app's working directory (where it saves files named without a folder).
    /// `jobControl`: the pane's shell is `bash` with job control (`set -m`), so Ctrl-Z stops
    /// the app as in a login shell and the script goes on as when it ends (status 148). Under
    /// `sh -c` the app's process group is orphaned and the system discards SIGTSTP.
    /// `appLocale`: the app runs under `LANG=<it>` with `LC_ALL` and `LC_CTYPE` unset, as over a
    /// plain SSH login (tmux itself keeps a UTF-8 locale, so the capture is faithful).
    convenience init(
        width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String],
        term: String = "tmux-256color", directory: String? = nil, appLocale: String? = nil,
        jobControl: Bool = false
    ) throws {
        let locale = appLocale.map { ["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "LANG=\($0)"] } ?? []
        try self.init(
            command: locale + [Binary.path] + arguments, width: width, height: height,
            environment: environment, term: term, directory: directory, jobControl: jobControl)
    }

    /// Starts any command (e.g. `ssh -t host docspace-people`) in the pane the same way.
    init(
        command: [String], width: Int = 80, height: Int = 24, environment: [String: String],
        term: String = "tmux-256color", directory: String? = nil, jobControl: Bool = false
    ) throws {
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
        let script =
            "TERM=\(term) \(command.map(TmuxCommand.quote).joined(separator: " ")); echo \(Self.exitMarker)$?; stty -a; sleep 120"
        try tmux(
            capture: false,
            ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height)]
                + (directory.map { ["-c", $0] } ?? [])
                + (jobControl ? ["bash", "-c", "set -m; " + script] : ["sh", "-c", script]))
    }

    deinit {
        _ = try? tmux(capture: false, ["kill-server"])
        // tmux leaves the socket file behind when killed; tidy /tmp.
        let folder = (environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/"
        unlink(folder + socket)
    }

    /// The pane's text, one line per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// The pane with SGR colour codes, for checking colours and for screenshots.
    func screenWithColours() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", "main"])
    }

    /// Sends keys by tmux name (`Enter`, `Escape`, `Down`, `C-c`) or as single characters.
    func press(_ keys: String...) throws {
        try tmux(capture: false, ["send-keys", "-t", "main"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(capture: false, ["send-keys", "-t", "main", "-l", text])
    }

    /// Pastes text as a terminal does: `bracketed` wraps it in ESC[200~ … ESC[201~ when the
    /// app asked for bracketed paste (`paste-buffer -p`); otherwise the bytes arrive as if
    /// typed, line breaks as Enter.
    func paste(_ text: String, bracketed: Bool) throws {
        try tmux(capture: false, ["set-buffer", "--", text])
        try tmux(capture: false, ["paste-buffer", "-t", "main"] + (bracketed ? ["-p"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(capture: false, ["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `condition` holds on a settled frame, or throws with the last screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        try ScreenWait.until(what, timeout: timeout, capture: screen, condition)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The app's process id (the child of the pane's shell).
    func appPID() throws -> Int32 {
        let shell = try tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw Timeout(what: "the app's process", screen: try screen())
        }
        return pid
    }

    /// After the app ended: its exit status and whether the terminal is sane again (echo and
    /// canonical mode back on).
    func waitForExit(timeout: TimeInterval = 15) throws -> (status: Int32, echo: Bool, icanon: Bool) {
        let screen = try waitFor("the app to exit", timeout: timeout) { text in
            text.contains(Self.exitMarker) && text.contains("icanon")
        }
        let after = screen.components(separatedBy: Self.exitMarker).last ?? ""
        let status = Int32(after.prefix { $0.isNumber }) ?? -1
        let words = Set(after.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        return (
            status, words.contains("echo") && !words.contains("-echo"),
            words.contains("icanon") && !words.contains("-icanon")
        )
    }

    /// Where the terminal's cursor is in the pane (hidden or not), as tmux tracks it.
    func cursor() throws -> (x: Int, y: Int) {
        let words = try tmux(["display-message", "-p", "-t", "main", "#{cursor_x} #{cursor_y}"])
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return words.count == 2 ? (words[0], words[1]) : (-1, -1)
    }

    @discardableResult
    private func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
        try TmuxCommand.run(socket: socket, environment: environment, capture: capture, arguments)
    }

}
