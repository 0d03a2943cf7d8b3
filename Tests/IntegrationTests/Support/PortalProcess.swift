import DocSpaceAPI
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The stand-in as its own process (`docspace-people demo-server`), steered over its HTTP
/// control routes (`/__standin/faults`, `/__standin/stats`).
///
/// The soak measures the memory of the client, so the server must not share its process:
/// FlyingFox keeps a little per connection for a while, and that would be counted as our
/// leak. The binary is the one built next to the test bundle (`swift build --build-tests`
/// builds it), or `DOCSPACE_PEOPLE_BINARY`.
final class PortalProcess: @unchecked Sendable {
    let url: URL
    let apiKey: String
    private let process = Process()
    private let output = Pipe()

    static var binaryPath: String {
        if let override = ProcessInfo.processInfo.environment["DOCSPACE_PEOPLE_BINARY"] { return override }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("docspace-people").path
    }

    enum StartError: Error, CustomStringConvertible {
        case noBinary(String)
        case noURL(String)
        var description: String {
            switch self {
            case .noBinary(let path): "no docspace-people binary at \(path): run `swift build --build-tests` first"
            case .noURL(let line): "demo-server did not print its URL; it printed: \(line)"
            }
        }
    }

    init(users: Int, seed: UInt64 = 1) throws {
        let path = Self.binaryPath
        guard FileManager.default.isExecutableFile(atPath: path) else { throw StartError.noBinary(path) }
        apiKey = "sk-soak-" + UUID().uuidString.lowercased()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "demo-server", "--port", "0", "--users", String(users), "--seed", String(seed),
            "--api-key", apiKey,
        ]
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
        guard let range = text.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression),
            let url = URL(string: String(text[range]))
        else {
            process.terminate()
            throw StartError.noURL(text)
        }
        self.url = url
    }

    /// A client signed in with the owner's API key.
    func client(timeout: Double = 60) -> DocSpaceClient {
        DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: url, credentials: .apiKey(apiKey), timeout: timeout, userAgent: "docspace-people-soak-setup"))
    }

    /// Replaces the fault rules (spec strings, as `FaultRule.description` writes them).
    func setFaults(_ specs: [String]) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["rules": specs])
        _ = try await control("PUT", "faults", body: body)
    }

    /// How often each rule fired, in rule order.
    func firedCounts() async throws -> [Int] {
        let object = try await control("GET", "faults")
        return (object["fired"] as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } ?? []
    }

    func clearFaults() async throws { _ = try await control("DELETE", "faults") }
    func resetStats() async throws { _ = try await control("DELETE", "stats") }

    /// Requests served since the last reset.
    func servedTotal() async throws -> Int {
        let object = try await control("GET", "stats")
        return (object["total"] as? NSNumber)?.intValue ?? -1
    }

    private func control(_ method: String, _ resource: String, body: Data? = nil) async throws -> [String: Any] {
        var request = URLRequest(url: url.appendingPathComponent("__standin").appendingPathComponent(resource))
        request.httpMethod = method
        request.httpBody = body
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw DocSpaceError.transport(
                message: "control route \(method) \(resource) failed: \(String(decoding: data, as: UTF8.self))")
        }
        if data.isEmpty { return [:] }
        return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// Stops the server (SIGTERM) and waits for it.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}
