import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One tmux client command against a private server, for the tmux test harnesses
/// (`TUITmux`, `HardeningTmux`, `ViewsTmux`, the release check).
///
/// `posix_spawn` and `waitpid` rather than `Process`: Foundation's `waitUntilExit` never
/// noticed the exit of the `new-session` client (it forks the tmux server and leaves), and a
/// command that starts the server must not get a pipe either, or the daemon keeps it open and
/// reading it never ends. The child gets a clean signal mask and default handlers: the calling
/// thread may be a libdispatch worker with most signals blocked, and SIGHUP from kill-server
/// and SIGTERM must reach the tmux server and the app it starts.
enum TmuxCommand {
    /// Where tmux is installed; the tmux tests are skipped without it.
    static let executable: String? = {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"]
        where FileManager.default.isExecutableFile(atPath: folder + "/tmux") {
            return folder + "/tmux"
        }
        return nil
    }()

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), looked up at run
    /// time because the Glibc module does not export it to Swift.
    private static let addCloseFrom:
        (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
            else { return nil }
            return unsafeBitCast(
                symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }()

    struct SpawnError: Error {
        var arguments: [String]
        var code: Int32
    }

    /// Quotes a word for `sh -c`.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs `tmux -L socket -u arguments…` and waits for it; returns its standard output when
    /// `capture` (only capture-pane, list-panes and the like print).
    @discardableResult
    static func run(
        socket: String, environment: [String: String], capture: Bool = true,
        _ arguments: [String]
    ) throws -> String {
        guard let executable = Self.executable else { return "" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var fds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&fds) == 0 else { throw SpawnError(arguments: arguments, code: errno) }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        // Nothing else of this process goes to the child: tests run in parallel, and a tmux
        // server started now would otherwise keep another command's capture pipe (whose read
        // would then never end) or a stand-in's socket open for as long as it lives.
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        let argv: [UnsafeMutablePointer<CChar>?] =
            ([executable, "-L", socket, "-u"] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The calling thread may be a libdispatch worker with most signals blocked; the child
        // (and the tmux server and app it starts) must get a clean mask and default handlers,
        // or SIGHUP from kill-server, and SIGTERM, never reach them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGUSR1, SIGUSR2, SIGALRM] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        if capture { close(fds[1]) }
        guard spawned == 0 else {
            if capture { close(fds[0]) }
            throw SpawnError(arguments: arguments, code: spawned)
        }
        var output: [UInt8] = []
        if capture {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(fds[0], &chunk, chunk.count)
                if n > 0 { output += chunk[0..<n] } else if n == 0 || errno != EINTR { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }
}
