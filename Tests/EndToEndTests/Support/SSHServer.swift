import Foundation

/// A private `sshd` on a loopback port, for driving the app through a real SSH login as an
/// admin does: its own host key, one authorised user key and its own folder, all made in a
/// temporary directory and removed with it. No password logins, no PAM, no environment
/// accepted from the client, so the session gets exactly what a plain login gets (no LANG).
final class SSHServer: @unchecked Sendable {
    /// Whether `sshd` and the client tools are installed. `.ci/run` installs them, so CI runs
    /// these tests whatever this says (see `SSHLoginTests`).
    static var isAvailable: Bool {
        ["/usr/sbin/sshd", "/usr/bin/ssh", "/usr/bin/ssh-keygen"].allSatisfy {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    let folder: String
    let port: Int

    init() throws {
        folder = NSTemporaryDirectory() + "dsp-sshd-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for key in ["host_key", "user_key"] {
            try Self.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", "\(folder)/\(key)"])
        }
        try FileManager.default.copyItem(atPath: "\(folder)/user_key.pub", toPath: "\(folder)/authorized_keys")
        port = try Self.freePort()
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder)/host_key
            AuthorizedKeysFile \(folder)/authorized_keys
            PidFile \(folder)/sshd.pid
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            """
        try config.write(toFile: "\(folder)/sshd_config", atomically: true, encoding: .utf8)
        let hostKey = try String(contentsOfFile: "\(folder)/host_key.pub", encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")
        try "[127.0.0.1]:\(port) \(hostKey)\n".write(toFile: "\(folder)/known_hosts", atomically: true, encoding: .utf8)
        // sshd refuses to start without its privilege-separation folder.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)

        // sshd runs as a daemon (no -D) and is stopped by the pid in its PidFile. Not as a child
        // kept by Foundation's Process: sshd closes every inherited descriptor at start,
        // Foundation takes that for the child's exit and blocks in waitpid on it, and from then
        // on no other child of the test process is reaped.
        try Self.run("/usr/sbin/sshd", ["-f", "\(folder)/sshd_config", "-E", "\(folder)/sshd.log"])
        try waitUntilListening()
    }

    deinit {
        if let text = try? String(contentsOfFile: "\(folder)/sshd.pid", encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGTERM)
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The `ssh` command that runs `remoteCommand` on this server with a terminal (`-t`), as the
    /// user running the tests. `-F /dev/null`: no system client config, so nothing such as
    /// `SendEnv LANG` is sent along.
    func command(_ remoteCommand: String) -> [String] {
        [
            "/usr/bin/ssh", "-F", "/dev/null", "-t", "-p", String(port), "-i", "\(folder)/user_key",
            "-o", "UserKnownHostsFile=\(folder)/known_hosts", "-o", "StrictHostKeyChecking=yes",
            "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "\(NSUserName())@127.0.0.1", remoteCommand,
        ]
    }

    /// What sshd logged (for failure messages).
    var log: String { (try? String(contentsOfFile: "\(folder)/sshd.log", encoding: .utf8)) ?? "" }

    /// sshd says "Server listening on 127.0.0.1 port N." once it accepts connections.
    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if log.contains("Server listening on 127.0.0.1 port \(port)") { return }
            usleep(20_000)
        }
        throw SSHServerError.notListening(log)
    }

    enum SSHServerError: Error {
        case notListening(String)
        case failed(String)
    }

    /// A port the kernel has just handed out (sshd cannot be given port 0).
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw SSHServerError.failed("no free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SSHServerError.failed(
                "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}

/// The processes whose environment holds `marker` (a `NAME=value` the test gave the app), found
/// in /proc: how a test knows that a process it started far away (behind sshd) is still there.
func processes(withEnvironment marker: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> Int32? in
        guard let pid = Int32(entry),
            let environment = FileManager.default.contents(atPath: "/proc/\(entry)/environ")
        else { return nil }
        let variables = environment.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return variables.contains(marker) ? pid : nil
    }
}
