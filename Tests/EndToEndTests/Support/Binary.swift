import Foundation

/// The built `docspace-people` binary, next to the test bundle in the build folder
/// (`DOCSPACE_PEOPLE_BINARY` overrides, e.g. to test a release build).
enum Binary {
    static var path: String {
        if let override = ProcessInfo.processInfo.environment["DOCSPACE_PEOPLE_BINARY"] { return override }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner is `<build>/debug/<package>PackageTests.xctest`.
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("docspace-people").path
    }
}

/// The result of running the binary to completion.
struct RunResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// This process's environment without the connection it may carry, plus `environment`.
func binaryEnvironment(_ environment: [String: String]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    for key in ["DOCSPACE_URL", "DOCSPACE_TOKEN", "DOCSPACE_PROFILE", "DOCSPACE_TOKEN_FILE", "DOCSPACE_CONFIG"] {
        env.removeValue(forKey: key)
    }
    env.merge(environment) { _, new in new }
    return env
}

/// A new empty folder to be the binary's home.
func makeTemporaryHome() -> String {
    let path = NSTemporaryDirectory() + "dsp-e2e-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Runs the binary with arguments, environment and standard input; waits for it to exit.
func runBinary(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Binary.path)
    process.arguments = arguments
    process.environment = binaryEnvironment(environment)
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
    try inp.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
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
