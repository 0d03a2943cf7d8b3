import Foundation

/// `import` of many generated people, started in the background against a stand-in, for the
/// tests that cut one short part-way (Ctrl-C, an expired session): the file, the process with
/// its standard error piped, and the results file it writes.
struct BackgroundImport {
    let count: Int
    let results: String
    let process: Process
    private let standardError: Pipe
    private let server: DemoServerProcess

    /// Writes `count` lines (`PREFIX.N@example.com,FIRST`) into `home` and starts the import.
    init(
        on server: DemoServerProcess, home: String, count: Int = 3_000, prefix: String, firstName: String
    ) throws {
        self.server = server
        self.count = count
        var csv = "email,first name\r\n"
        for index in 0..<count { csv += "\(prefix).\(index)@example.com,\(firstName)\r\n" }
        let path = home + "/people.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        results = home + "/results.csv"
        process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["import", path, "--results", results]
        process.environment = ProcessInfo.processInfo.environment.merging(server.environment(home: home)) { _, new in
            new
        }
        standardError = Pipe()
        process.standardOutput = Pipe()
        process.standardError = standardError
        try process.run()
    }

    /// How many people the stand-in has created (`POST people`, its request statistics).
    func creations() throws -> Int {
        let stats = URL(string: server.baseURL + "/__standin/stats")!
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: stats)) as? [String: Any]
        return (object?["perRoute"] as? [String: Int])?["POST /api/2.0/people"] ?? 0
    }

    /// Waits (at most 60 s, polling) until the stand-in has created at least `wanted`; the
    /// number created then.
    func waitForCreations(_ wanted: Int) throws -> Int {
        let deadline = Date().addingTimeInterval(60)
        var created = 0
        while Date() < deadline, created < wanted {
            created = (try? creations()) ?? 0
            if created < wanted { usleep(20_000) }
        }
        return created
    }

    /// Standard error, once the process has ended.
    func waitForExit() -> String {
        let text = String(decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    /// The results file's rows, the header left out.
    func resultRows() throws -> [String] {
        Array(
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: results)), as: UTF8.self)
                .components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst())
    }
}
