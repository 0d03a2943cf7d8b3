import Foundation
import Testing

/// The TUI as an admin reaches it: through a real SSH login (a private `sshd` on loopback),
/// inside tmux, with the environment a plain login gives — no LANG, so the locale is POSIX.
/// Enabled wherever sshd is installed, and always under CI (`.ci/run` installs it), so a
/// missing sshd fails there instead of skipping.
@Suite(
    "The TUI over a real SSH login", .serialized,
    .enabled(if: TUITmux.isAvailable && (SSHServer.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil)))
struct SSHLoginTests {
    let server: DemoServerProcess
    let sshd: SSHServer
    let home: String
    /// Put in the app's environment so the test can find it behind sshd.
    let marker = "DSP_SSH_TEST=" + UUID().uuidString

    init() throws {
        server = try DemoServerProcess(users: 40, seed: 7)
        sshd = try SSHServer()
        home = NSTemporaryDirectory() + "ssh-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        // The API key reaches the remote app in a 0600 file, never on a command line.
        let tokenFile = home + "/portal.token"
        try #require(
            FileManager.default.createFile(
                atPath: tokenFile, contents: Data(server.apiKey.utf8),
                attributes: [.posixPermissions: 0o600]))
    }

    /// `ssh -t` to the loopback sshd, running the app there with only what it needs set:
    /// where the portal is, the token file, a throwaway HOME, and the marker. The login's
    /// locale is left alone (no LANG, LC_ALL or LC_CTYPE).
    func startOverSSH() throws -> TUITmux {
        let settings = [
            "-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE", marker, "HOME=\(home)", "XDG_CONFIG_HOME=",
            "XDG_STATE_HOME=", "DOCSPACE_URL=\(server.baseURL)", "DOCSPACE_TOKEN_FILE=\(home)/portal.token",
        ]
        let remote =
            "cd \(TmuxCommand.quote(home)) && exec env "
            + (settings + [Binary.path]).map(TmuxCommand.quote).joined(separator: " ")
        let tui = try TUITmux(command: sshd.command(remote), environment: [:])
        do {
            try tui.waitFor("the first page", timeout: 60) { $0.contains("of 40") && $0.contains("● Active") }
        } catch {
            Issue.record("sshd said: \(sshd.log)")
            throw error
        }
        return tui
    }

    /// An active person other than the owner whose name is not plain ASCII, read with the CLI.
    func activePersonWithAccent() throws -> (name: String, email: String) {
        let result = try runBinary(["list", "--all", "--json"], environment: server.environment(home: home))
        let people = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        for person in people {
            guard person["status"] as? Int == 1, person["isOwner"] as? Bool == false,
                let name = person["displayName"] as? String, let email = person["email"] as? String,
                !name.allSatisfy(\.isASCII), name.unicodeScalars.allSatisfy({ $0.value < 0x300 })
            else { continue }
            return (name, email)
        }
        throw TUITmux.Timeout(what: "an active person with an accented name", screen: result.stdout)
    }

    /// The person's status word as the CLI shows it ("Active", "Disabled").
    func statusOnServer(_ email: String) throws -> String? {
        let result = try runBinary(["show", email], environment: server.environment(home: home))
        guard result.status == 0 else { return nil }
        let line = result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Status") }
        return line?.dropFirst("Status".count).split(separator: " ").dropFirst().first.map(String.init)
    }

    @Test("List, search and terminate with confirmation over ssh -t; q gives the terminal back")
    func searchTerminateQuit() throws {
        let person = try activePersonWithAccent()
        let tui = try startOverSSH()
        try tui.press("/")
        try tui.type(person.email)
        try tui.press("Enter")
        // The accented name as the portal has it, though the login's locale is POSIX.
        let found = try tui.waitFor("the search result") { $0.contains("1–1 of 1") && $0.contains(person.email) }
        #expect(found.contains(person.name))
        try tui.press("t")
        let dialog = try tui.waitFor("Terminate 1 person?")
        #expect(dialog.contains(person.email))
        #expect(try statusOnServer(person.email) == "Active", "nothing is sent before y")
        try tui.press("y")
        try tui.waitFor("✓ Terminated")
        #expect(try statusOnServer(person.email) == "Disabled")
        try tui.press("q")
        let exit = try tui.waitForExit(timeout: 30)
        #expect(exit.status == 0, "ssh passes the app's exit status on")
        #expect(exit.echo && exit.icanon, "the terminal is sane after the session")
        try waitUntilGone()
    }

    @Test("Killing the ssh client leaves no app process behind")
    func clientKilled() throws {
        let tui = try startOverSSH()
        #expect(!processes(withEnvironment: marker).isEmpty, "the app runs behind sshd")
        let client = try tui.appPID()
        #expect(kill(client, SIGKILL) == 0)
        try waitUntilGone()
        // The killed client cannot give its own terminal back (that is ssh's, not the app's,
        // and is left raw); what matters is that the remote side ended with it.
    }

    /// Waits until no process holds the marker (sshd hangs up the session; the app must end).
    private func waitUntilGone() throws {
        let deadline = Date().addingTimeInterval(20)
        while !processes(withEnvironment: marker).isEmpty {
            if Date() > deadline {
                throw TUITmux.Timeout(
                    what: "the app behind sshd to exit (still: \(processes(withEnvironment: marker)))",
                    screen: sshd.log)
            }
            usleep(50_000)
        }
    }
}
