import Foundation
import PeopleCLI
import Testing

/// The unpacked release archive (scripts/release, checked by scripts/test-release): the
/// binary starts and works without the Swift toolchain, the archive holds a man page and
/// completions that are current and mention every subcommand, and `install` puts them where
/// `man` and the shells find them.
@Suite(
    "Release archive",
    .enabled(if: ReleaseArchive.folder != nil, "needs DOCSPACE_PEOPLE_RELEASE_DIR (scripts/test-release)"))
struct ReleaseArchiveTests {
    let launcher = ToolchainFreeLauncher.shared

    /// The harness hides what it claims to: a binary that needs the toolchain's libraries
    /// (the debug build) cannot start through the launcher.
    @Test(
        .enabled(
            if: ToolchainFreeLauncher.shared.hidesToolchain, "unshare --mount is not allowed here: ldd is the check"))
    func theLauncherReallyHidesTheToolchain() throws {
        let debugBuild = try runProcess("/usr/bin/ldd", [Binary.path])
        try #require(
            debugBuild.stdout.contains(launcher.toolchainLibraries),
            "the debug build does not use \(launcher.toolchainLibraries)")
        let result = try launcher.run([Binary.path, "--version"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("error while loading shared libraries"), "\(result.stderr)")
    }

    @Test func theBinaryNeedsOnlySystemLibraries() throws {
        let ldd = try runProcess("/usr/bin/ldd", [try ReleaseArchive.binary])
        #expect(ldd.status == 0)
        #expect(!ldd.stdout.contains("not found"), "\(ldd.stdout)")
        #expect(!ldd.stdout.contains(launcher.toolchainLibraries), "\(ldd.stdout)")
        #expect(
            ldd.stdout.range(of: #"libswift|libFoundation|libdispatch|libBlocksRuntime"#, options: .regularExpression)
                == nil,
            "\(ldd.stdout)")
        let file = try runProcess("/usr/bin/env", ["file", try ReleaseArchive.binary])
        if file.status == 0 {
            #expect(file.stdout.contains("stripped") && !file.stdout.contains("not stripped"), "\(file.stdout)")
        }
    }

    @Test func versionWithoutTheToolchain() throws {
        let result = try launcher.run([try ReleaseArchive.binary, "--version"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.range(of: ReleaseVersionTests.versionLine, options: .regularExpression) != nil, "\(line)")
        #expect(line.hasPrefix(AppVersion.current.number + " "))
        if let head = SourceCheckout.head {
            #expect(line.contains("(commit \(head)"), "the archive says \(line), the checkout is at \(head)")
        }
    }

    @Test func helpWithoutTheToolchain() throws {
        let result = try launcher.run([try ReleaseArchive.binary, "--help"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("USAGE: docspace-people"))
        #expect(CommandNames.missing(in: result.stdout) == [])
    }

    @Test func listAsJSONAgainstTheStandInWithoutTheToolchain() throws {
        let server = try DemoServerProcess(users: 25)
        defer { server.stop() }
        let home = NSTemporaryDirectory() + "dsp-release-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let result = try launcher.run(
            [try ReleaseArchive.binary, "list", "--all", "--json"],
            environment: server.environment(home: home))
        #expect(result.status == 0, "\(result.stderr)")
        let people = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(people.count == 25)
        #expect(people.allSatisfy { ($0["email"] as? String)?.contains("@") == true })
    }

    /// `--demo` in an 80×24 tmux pane: the list of the built-in stand-in's people appears.
    @Test(.enabled(if: TmuxCommand.executable != nil, "needs tmux"))
    func demoStartsInTmuxWithoutTheToolchain() throws {
        let socket = "dsp-release-" + UUID().uuidString.prefix(8).lowercased()
        let home = NSTemporaryDirectory() + "dsp-release-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        for key in [
            "DOCSPACE_URL", "DOCSPACE_TOKEN", "DOCSPACE_PROFILE", "DOCSPACE_TOKEN_FILE", "DOCSPACE_CONFIG", "TMUX",
        ] {
            environment.removeValue(forKey: key)
        }
        environment.merge([
            "HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": "", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        ]) { _, new in new }
        defer {
            _ = try? TmuxCommand.run(socket: socket, environment: environment, capture: false, ["kill-server"])
            unlink((environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/" + socket)
            try? FileManager.default.removeItem(atPath: home)
        }
        let command =
            "TERM=tmux-256color " + launcher.shellCommand([try ReleaseArchive.binary, "--demo"])
            + "; echo __RELEASE_EXIT=$?; sleep 120"
        try TmuxCommand.run(
            socket: socket, environment: environment, capture: false,
            ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "80", "-y", "24", "sh", "-c", command])
        let screen = try ScreenWait.until(
            "the first frame or the app's end", timeout: 30,
            capture: {
                try TmuxCommand.run(socket: socket, environment: environment, ["capture-pane", "-p", "-t", "main"])
            },
            { screen in
                screen.contains("DocSpace People")
                    && screen.range(of: #"1–\d+ of \d+"#, options: .regularExpression) != nil
                    || screen.contains("__RELEASE_EXIT=")
            })
        #expect(!screen.contains("__RELEASE_EXIT="), "the app ended:\n\(screen)")
        #expect(screen.contains("DocSpace People"), "\(screen)")
        #expect(screen.range(of: #"1–\d+ of \d+"#, options: .regularExpression) != nil, "\(screen)")
        #expect(screen.contains("demo (127.0.0.1:"), "\(screen)")
        #expect(screen.components(separatedBy: "@example.").count > 10, "people's rows:\n\(screen)")
    }

    /// The archive's completions are what the shipped binary generates now, and cover every
    /// subcommand.
    @Test(arguments: [
        ("bash", "completions/docspace-people.bash"), ("zsh", "completions/_docspace-people"),
        ("fish", "completions/docspace-people.fish"),
    ])
    func completionsAreCurrentAndComplete(shell: String, file: String) throws {
        let shipped = try String(contentsOfFile: try ReleaseArchive.file(file), encoding: .utf8)
        let fresh = try runProcess(try ReleaseArchive.binary, ["--generate-completion-script", shell])
        #expect(fresh.status == 0)
        #expect(shipped == fresh.stdout, "\(file) differs from the binary's \(shell) completion")
        #expect(CommandNames.missing(in: shipped) == [])
    }

    /// The man page has every subcommand, its options, and formats without errors.
    @Test func manualPageMentionsEverySubcommand() throws {
        let page = try ReleaseArchive.file("docspace-people.1")
        let source = try String(contentsOfFile: page, encoding: .utf8)
        #expect(CommandNames.missing(in: source) == [])
        #expect(source.contains("--demo"))
        let rendered = try runProcess(
            "/usr/bin/env", ["man", "-l", page], environment: ["MANPAGER": "cat", "MANWIDTH": "100"])
        if rendered.status == 127 { return }  // no man on this machine: the source check above stands
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stderr.isEmpty, "\(rendered.stderr)")
        #expect(rendered.stdout.contains("docspace-people"))
        #expect(CommandNames.missing(in: rendered.stdout) == [])
    }

    /// `install --prefix` puts every file in the per-user places, and bash picks up the
    /// completion from there.
    @Test func installIntoAPrefix() throws {
        let prefix = NSTemporaryDirectory() + "dsp-prefix-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let install = try runProcess(try ReleaseArchive.file("install"), ["--prefix", prefix])
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        let files = [
            "bin/docspace-people", "share/man/man1/docspace-people.1",
            "share/bash-completion/completions/docspace-people",
            "share/zsh/site-functions/_docspace-people",
            "share/fish/vendor_completions.d/docspace-people.fish",
        ]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file) not installed")
        }
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/docspace-people"))
        let installed = try launcher.run([prefix + "/bin/docspace-people", "--version"])
        #expect(installed.stdout.hasPrefix(AppVersion.current.number + " "))

        let bash = try runProcess(
            "/bin/bash",
            [
                "-c", "source \"$0\" && complete -p docspace-people",
                prefix + "/share/bash-completion/completions/docspace-people",
            ])
        #expect(bash.status == 0, "\(bash.stderr)")
        #expect(bash.stdout.contains("docspace-people"))

        // man finds the page by the prefix's bin folder on PATH, as on an admin host.
        let man = try runProcess(
            "/usr/bin/env", ["-u", "MANPATH", "man", "-w", "docspace-people"],
            environment: ["PATH": prefix + "/bin:/usr/bin:/bin"])
        if man.status != 127 {
            #expect(
                man.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == prefix
                    + "/share/man/man1/docspace-people.1",
                "\(man.stdout)\(man.stderr)")
        }

        // Installing again (an upgrade) replaces the files and succeeds.
        let again = try runProcess(try ReleaseArchive.file("install"), ["--prefix", prefix])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// With no `--prefix`: everything under `~/.local`, and bash-completion (where installed)
    /// loads the completion on first use from there, as in an admin's login shell.
    @Test func installForTheUserAndBashCompletesOnDemand() throws {
        let home = NSTemporaryDirectory() + "dsp-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let user = ["HOME": home, "XDG_DATA_HOME": "", "XDG_DATA_DIRS": "", "PATH": home + "/.local/bin:/usr/bin:/bin"]
        let install = try runProcess(try ReleaseArchive.file("install"), [], environment: user)
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        #expect(FileManager.default.isExecutableFile(atPath: home + "/.local/bin/docspace-people"))
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/man/man1/docspace-people.1"))
        #expect(!install.stdout.contains("add \(home)/.local/bin to PATH"), "it is on PATH already")

        let loader = "/usr/share/bash-completion/bash_completion"
        guard FileManager.default.fileExists(atPath: loader) else { return }  // no bash-completion here
        let bash = try runProcess(
            "/usr/bin/env",
            [
                "-u", "BASH_COMPLETION_USER_DIR", "-u", "XDG_DATA_HOME", "-u", "XDG_DATA_DIRS", "/bin/bash", "-c",
                "source \"$0\"; __load_completion docspace-people && complete -p docspace-people", loader,
            ],
            environment: user)
        #expect(bash.status == 0, "\(bash.stderr)")
        #expect(bash.stdout.contains("docspace-people"), "\(bash.stdout)")
    }
}
