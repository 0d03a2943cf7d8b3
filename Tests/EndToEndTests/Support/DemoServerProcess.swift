import Foundation

/// `docspace-people demo-server` as a child process on a free port, stopped with SIGTERM.
final class DemoServerProcess: @unchecked Sendable {
    let process = Process()
    let baseURL: String
    let apiKey: String
    private let output = Pipe()

    init(users: Int = 40, seed: UInt64 = 7, extra: [String] = []) throws {
        apiKey = "sk-e2e-" + UUID().uuidString.lowercased()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments =
            [
                "demo-server", "--port", "0", "--users", String(users), "--seed", String(seed),
                "--api-key", apiKey, "--owner-password", "owner-pass-1",
            ] + extra
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the URL; reading it waits exactly until the server listens.
        var line = Data()
        let handle = output.fileHandleForReading
        while true {
            let byte = handle.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) else {
            process.terminate()
            throw DemoServerError.noURL(text)
        }
        baseURL = String(text[range])
    }

    enum DemoServerError: Error { case noURL(String) }

    /// Environment that points the CLI at this server with the owner's API key.
    func environment(home: String) -> [String: String] {
        ["DOCSPACE_URL": baseURL, "DOCSPACE_TOKEN": apiKey, "HOME": home, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""]
    }

    /// Stops the server with SIGTERM and returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }
}
