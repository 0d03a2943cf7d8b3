import ArgumentParser
import Foundation
import PeopleCLI

/// The unpacked release archive under test: `DOCSPACE_PEOPLE_RELEASE_DIR`, set by
/// scripts/test-release after scripts/release; without it the archive's tests are skipped.
enum ReleaseArchive {
    static var folder: String? {
        ProcessInfo.processInfo.environment["DOCSPACE_PEOPLE_RELEASE_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func file(_ name: String) throws -> String {
        guard let folder else { throw ReleaseCheckError("DOCSPACE_PEOPLE_RELEASE_DIR is not set") }
        return (folder as NSString).appendingPathComponent(name)
    }

    static var binary: String { get throws { try file("docspace-people") } }
}

/// The names of the root command's subcommands, read from its configuration, so the checks
/// follow the commands as they are added.
enum CommandNames {
    static var subcommands: [String] {
        DocSpacePeople.configuration.subcommands.map { $0._commandName }
    }

    /// The subcommands that `text` never mentions as a whole word (`list` in `list-all` or
    /// `--list` does not count).
    static func missing(in text: String) -> [String] {
        subcommands.filter { name in
            let word = "(^|[^A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: name) + "([^A-Za-z0-9_-]|$)"
            return text.range(of: word, options: .regularExpression) == nil
        }
    }
}

/// The package's source folder and, when it is a git checkout, the commit it is at.
enum SourceCheckout {
    static let root: String = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
        {
            folder.deleteLastPathComponent()
        }
        return folder.path
    }()

    /// `git rev-parse --short=12 HEAD`, or nil outside a git checkout (or without git).
    static var head: String? {
        guard FileManager.default.fileExists(atPath: root + "/.git"),
            let result = try? runProcess("/usr/bin/env", ["git", "-C", root, "rev-parse", "--short=12", "HEAD"]),
            result.status == 0
        else { return nil }
        let hash = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return hash.isEmpty ? nil : hash
    }
}

/// Runs the release binary the way an admin host without Swift would: `LD_LIBRARY_PATH`
/// cleared and the toolchain's library folder hidden behind an empty folder in a private
/// mount namespace (`unshare --mount`, which needs root or user namespaces). Where that is not
/// allowed, `hidesToolchain` is false and the checks fall back on `ldd` (see `ReleaseArchiveTests`).
struct ToolchainFreeLauncher: Sendable {
    /// The folder the running test process loaded `libswiftCore.so` from: the toolchain's.
    let toolchainLibraries: String
    let emptyFolder: String
    let hidesToolchain: Bool

    static let shared: ToolchainFreeLauncher = {
        let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
        let core = maps.split(separator: "\n").lazy
            .compactMap { line in line.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) }
            .first { $0.hasSuffix("/libswiftCore.so") }
        let libraries = core.map { ($0 as NSString).deletingLastPathComponent } ?? "/opt/swift/usr/lib/swift/linux"
        // One empty folder for every run (only ever a mount source); the probe below fails,
        // and the checks fall back on ldd, if anything was put in it.
        let empty = NSTemporaryDirectory() + "dsp-no-toolchain-\(getuid())"
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        var launcher = ToolchainFreeLauncher(toolchainLibraries: libraries, emptyFolder: empty, hidesToolchain: true)
        // Probe: the namespace works and the folder really looks empty inside it.
        let probe = try? runProcess(launcher.executable, launcher.arguments(["/bin/ls", "-A", libraries]))
        launcher = ToolchainFreeLauncher(
            toolchainLibraries: libraries, emptyFolder: empty,
            hidesToolchain: probe?.status == 0 && probe?.stdout.isEmpty == true)
        return launcher
    }()

    var executable: String { hidesToolchain ? "/usr/bin/unshare" : "/usr/bin/env" }

    /// The argument list that runs `command` (an executable and its arguments) without the
    /// toolchain.
    func arguments(_ command: [String]) -> [String] {
        guard hidesToolchain else { return ["-u", "LD_LIBRARY_PATH"] + command }
        return [
            "--mount", "--propagation", "private", "/bin/sh", "-c",
            #"mount --bind "$0" "$1" && shift && exec env -u LD_LIBRARY_PATH "$@""#,
            emptyFolder, toolchainLibraries,
        ] + command
    }

    /// The same as one line for `sh -c` (in a tmux pane).
    func shellCommand(_ command: [String]) -> String {
        ([executable] + arguments(command)).map(TmuxCommand.quote).joined(separator: " ")
    }

    func run(_ command: [String], environment: [String: String] = [:]) throws -> RunResult {
        try runProcess(executable, arguments(command), environment: environment)
    }
}

struct ReleaseCheckError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs any executable to completion, with the test's environment less the connection
/// variables, plus `environment`; standard input is empty.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in ["DOCSPACE_URL", "DOCSPACE_TOKEN", "DOCSPACE_PROFILE", "DOCSPACE_TOKEN_FILE", "DOCSPACE_CONFIG"] {
        env.removeValue(forKey: key)
    }
    env.merge(environment) { _, new in new }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Both pipes are read to the end before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
        outData = out.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    group.wait()
    process.waitUntilExit()
    return RunResult(
        status: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}
