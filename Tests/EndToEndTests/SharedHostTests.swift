import Foundation
import Testing

/// The real binary on a shared admin host: root with another user's HOME (`sudo -E`), a
/// umask of 000, core dumps, and Ctrl-C at `login`'s password prompt.
@Suite("Shared host end to end", .serialized)
struct SharedHostTests {
    static let nobody: uid_t = 65534
    static var isRoot: Bool { geteuid() == 0 }

    /// Every path under `folder` with its owner and mode, to compare before and after.
    private func listing(_ folder: String) -> [String] {
        let paths = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        return paths.sorted().map { path in
            var info = stat()
            lstat(folder + "/" + path, &info)
            return "\(path) uid=\(info.st_uid) mode=\(String(info.st_mode & 0o7777, radix: 8))"
        }
    }

    @Test(
        "sudo -E: root with a HOME another user owns neither reads nor creates anything there",
        .enabled(if: isRoot))
    func sudoMinusE() throws {
        let server = try DemoServerProcess(users: 5)
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "sudo-e-" + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: home + "/.config/docspace-people/tokens", withIntermediateDirectories: true)
        // The user's own files: a config whose default profile is read-only, and a token.
        try "default_profile = \"mine\"\n[profiles.mine]\nurl = \"\(server.baseURL)\"\nread_only = true\n"
            .write(toFile: home + "/.config/docspace-people/config.toml", atomically: false, encoding: .utf8)
        try "\(server.apiKey)\n".write(
            toFile: home + "/.config/docspace-people/tokens/mine.token", atomically: false, encoding: .utf8)
        chmod(home + "/.config/docspace-people/tokens/mine.token", 0o600)
        for path in [
            "", "/.config", "/.config/docspace-people", "/.config/docspace-people/tokens",
            "/.config/docspace-people/config.toml", "/.config/docspace-people/tokens/mine.token",
        ] {
            chown(home + path, Self.nobody, Self.nobody)
        }
        let before = listing(home)
        let env = [
            "HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": "", "XDG_CACHE_HOME": "", "XDG_DATA_HOME": "",
        ]

        let refused = try runBinary(["whoami"], environment: env)
        #expect(refused.status == 64, "\(refused.stderr)")
        #expect(refused.stderr.contains("belongs to nobody (uid 65534)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--trust-foreign-home"))
        #expect(listing(home) == before, "nothing was created in the user's home")

        // Told loudly: their config and token are read (the profile is theirs, read-only)…
        let trusted = try runBinary(["whoami", "--trust-foreign-home"], environment: env)
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(trusted.stdout.contains("on mine ("), "\(trusted.stdout)")
        // …and still nothing is created there: no ~/.cache, ~/.local, log or folder of root's.
        #expect(listing(home) == before, "\(listing(home))")
        try? FileManager.default.removeItem(atPath: home)
    }

    @Test("Under umask 000 the folders made are 0700 and the log 0600; Foundation makes no ~/.cache or ~/.local/share")
    func umaskZero() throws {
        let server = try DemoServerProcess(users: 5)
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "umask-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var env = server.environment(home: home)
        env["XDG_CACHE_HOME"] = ""
        env["XDG_DATA_HOME"] = ""
        let command = "umask 000; exec \(TmuxCommand.quote(Binary.path)) whoami"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ProcessInfo.processInfo.environment.merging(env) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            listing(home) == [
                ".local uid=\(geteuid()) mode=700",
                ".local/state uid=\(geteuid()) mode=700",
                ".local/state/docspace-people uid=\(geteuid()) mode=700",
                ".local/state/docspace-people/activity.log uid=\(geteuid()) mode=600",
            ])
        try? FileManager.default.removeItem(atPath: home)
    }

    @Test("Core dumps are off from the start, whatever limit the process was given", .enabled(if: isRoot))
    func coreDumpsOff() throws {
        // The child inherits this process's limit: raise it for the moment the child starts.
        var saved = rlimit()
        getrlimit(Int32(RLIMIT_CORE.rawValue), &saved)
        var unlimited = rlimit(rlim_cur: rlim_t.max, rlim_max: rlim_t.max)  // RLIM_INFINITY
        setrlimit(Int32(RLIMIT_CORE.rawValue), &unlimited)
        let server = try DemoServerProcess(users: 5)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &saved)
        defer { server.stop() }
        let limits = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/limits", encoding: .utf8)
        let line = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        let words = line.split(separator: " ")
        #expect(words.dropFirst(4).first == "0", "\(line)")
    }

    @Test("Ctrl-C at login's password prompt gives echo back", .enabled(if: TUITmux.isAvailable))
    func controlCAtThePasswordPrompt() throws {
        let server = try DemoServerProcess(users: 5)
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "login-ctrl-c-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let pane = try PromptPane(
            ["login", "--url", server.baseURL, "--user", "owner@example.com"],
            environment: ["HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""])
        try pane.waitFor("the prompt") { $0.contains("Password for owner@example.com") }
        try pane.run(["send-keys", "-t", "main", "-l", "half-typed"])
        try pane.run(["send-keys", "-t", "main", "C-c"])
        let after = try pane.waitFor("the shell after the app") { $0.contains("__EXIT=") && $0.contains("icanon") }
        let stty = after.components(separatedBy: "__EXIT=").last ?? ""
        #expect(stty.hasPrefix("130"), "ended by SIGINT: \(stty.prefix(4))")
        let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"), "echo is back:\n\(after)")
        #expect(!after.contains("half-typed"), "the password was never echoed")
    }
}

/// A tmux pane running the binary from a shell that survives Ctrl-C (`trap : INT`): the
/// Ctrl-C reaches the whole foreground group, and a shell that died of it could not report
/// the app's exit status and `stty -a` afterwards.
private final class PromptPane {
    let socket = "dsp-prompt-" + UUID().uuidString.prefix(8).lowercased()
    let environment: [String: String]

    init(_ arguments: [String], environment: [String: String]) throws {
        var env = ProcessInfo.processInfo.environment
        for key in [
            "DOCSPACE_URL", "DOCSPACE_TOKEN", "DOCSPACE_PROFILE", "DOCSPACE_TOKEN_FILE", "DOCSPACE_CONFIG", "TMUX",
        ] {
            env.removeValue(forKey: key)
        }
        env.merge(environment) { _, new in new }
        self.environment = env
        let command = ([Binary.path] + arguments).map(TmuxCommand.quote).joined(separator: " ")
        let script = "trap : INT; \(command); echo __EXIT=$?; stty -a; sleep 120"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "100", "-y", "30", "sh", "-c", script])
    }

    deinit { _ = try? run(["kill-server"]) }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try TmuxCommand.run(
            socket: socket, environment: environment, capture: arguments.first == "capture-pane", arguments)
    }

    @discardableResult
    func waitFor(_ what: String, _ condition: (String) -> Bool) throws -> String {
        try ScreenWait.until(
            what, timeout: 15, capture: { try self.run(["capture-pane", "-p", "-t", "main"]) }, condition)
    }
}
