import Foundation

/// The real shapes the fuzzer starts from: every fixture body (ONLYOFFICE's own mocks), every
/// example of the API reference, and the shapes those leave out (a list of many people,
/// an invitation answer, a boolean answer, a task with an error, 2xx with an error).
struct FuzzCorpus: Sendable {
    struct Seed: Sendable {
        var name: String
        var document: FuzzJSON
        /// The status the shape is served with.
        var status: Int
        var shape: FuzzShape
    }

    let seeds: [Seed]
    /// Every node of every seed, to splice one shape's parts into another.
    let donors: [FuzzJSON]

    static func load() throws -> FuzzCorpus {
        var seeds: [Seed] = []
        func add(_ name: String, _ text: String, status: Int = 200, _ shape: FuzzShape) throws {
            seeds.append(Seed(name: name, document: try FuzzJSON.parse(text), status: status, shape: shape))
        }

        try add("doc: single", DocExamples.single, .person)
        try add("doc: paged", DocExamples.paged, .people)
        try add("doc: void", DocExamples.void, .void)
        try add("doc: error 404", DocExamples.error404, status: 404, .error)
        try add("doc: validation 400", DocExamples.validation400, status: 400, .error)
        try add("doc: auth", DocExamples.auth, .auth)
        try add("doc: login failed", DocExamples.loginFailed, status: 401, .error)
        try add("doc: task progress", DocExamples.taskProgress, .task)
        try add("doc: full person", DocExamples.fullPerson, .person)
        try add("doc: invitee", #"{"response":\#(DocExamples.invitee),"count":1,"status":0,"statusCode":200}"#, .person)

        let person = try FuzzJSON.parse(DocExamples.fullPerson).member("response") ?? .null
        let invitee = try FuzzJSON.parse(DocExamples.invitee)
        let many = FuzzJSON.object([
            .init(key: "response", value: .array(Array(repeating: person, count: 25) + [invitee])),
            .init(key: "count", value: .number("26")), .init(key: "total", value: .number("1234")),
            .init(key: "status", value: .number("0")), .init(key: "statusCode", value: .number("200")),
        ])
        seeds.append(Seed(name: "made: 26 people", document: many, status: 200, shape: .people))
        try add(
            "made: invitation answer",
            #"""
            {"response":[{"id":"8a1f0000-0000-4000-8000-000000000001","displayName":"new.person@example.com","avatar":"/a.png","profileUrl":"https://portal.example.com/p","hasAvatar":false},{"id":"8a1f0000-0000-4000-8000-000000000002","displayName":"O&#39;Brien"}],"count":2,"status":0,"statusCode":200}
            """#, .summaries)
        try add("made: boolean", #"{"response":true,"count":1,"status":0,"statusCode":200}"#, .bool)
        try add(
            "made: task failed",
            #"""
            {"response":{"id":"0e5f0c1e-0000-4000-8000-000000000000","error":"Reassign failed: room owner not found","percentage":37,"isCompleted":true,"status":4},"count":1,"status":0,"statusCode":200}
            """#, .task)
        try add(
            "made: 2xx with error",
            #"""
            {"error":{"message":"Simulated failure reported with HTTP 200","type":"System.Exception","stack":null,"hresult":-2146233088},"status":1,"statusCode":200}
            """#, .error)
        try add(
            "made: 403 envelope",
            #"{"error":{"message":"Access denied","type":"System.Security.SecurityException"},"status":1,"statusCode":403}"#,
            status: 403, .error)
        try add(
            "made: 402 quota",
            #"{"error":{"message":"The number of paid users has exceeded the limit"},"status":1,"statusCode":402}"#,
            status: 402, .error)
        try add(
            "made: statuses of two people",
            #"{"response":[\#(DocExamples.invitee),{"id":"b","displayName":"B","status":2,"terminated":"2026-01-01T00:00:00Z"}],"count":2,"status":0,"statusCode":200}"#,
            .persons)

        for file in try fixtureFiles() {
            let status =
                file.contains("error-400") ? 400 : file.contains("error-404") ? 404 : file.contains("403") ? 403 : 200
            let shape: FuzzShape =
                if status != 200 {
                    .error
                } else if ["list", "users-success.json", "get-people"].contains(where: file.contains) {
                    .people
                } else if ["theme", "providers", "added/"].contains(where: file.contains) { .other } else { .person }
            try add("fixture: \(file)", try Fixtures.text(file), status: status, shape)
        }

        var donors: [FuzzJSON] = []
        for seed in seeds {
            for path in seed.document.paths { donors.append(seed.document[path]) }
        }
        return FuzzCorpus(seeds: seeds, donors: donors)
    }

    /// Every JSON fixture except the manifest, in a fixed order.
    private static func fixtureFiles() throws -> [String] {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw Fixtures.FixtureError.missing("Fixtures")
        }
        let rootPath = root.standardizedFileURL.path
        var files: [String] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            let path = url.standardizedFileURL.path
            guard path.hasSuffix(".json"), !path.hasSuffix("manifest.json"), path.hasPrefix(rootPath) else { continue }
            files.append(String(path.dropFirst(rootPath.count + 1)))
        }
        return files.sorted()
    }

    /// The seeds whose shape the operation expects (its own answers), else all.
    func seeds(for operation: FuzzOperation) -> [Seed] {
        let own = seeds.filter { operation.expectedShapes.contains($0.shape) }
        return own.isEmpty ? seeds : own
    }
}

/// What a seed body carries.
enum FuzzShape: Sendable, Hashable {
    case person, people, persons, summaries, task, bool, auth, void, error
    /// Not an answer of any call the client makes (a theme, providers, a bare person): only
    /// material to splice from.
    case other
}
