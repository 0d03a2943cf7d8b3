/// The stand-in's own routes, for tests and benchmarks in another process. They need **no
/// authentication**: the stand-in is a loopback test server, and these routes exist to
/// steer it. They are not counted in the statistics and cannot be faulted.
///
/// - `GET /__standin/stats` → `{total, inFlight, maxInFlight, perRoute: {route: n}}`
/// - `DELETE /__standin/stats` → zero the counters
/// - `GET /__standin/faults` → `{rules: ["<spec>"…], fired: [n…]}`
/// - `PUT /__standin/faults` → replace the rules; `POST` → append; `DELETE` → clear.
///   The body is `{"rules": [...]}` or a bare array; each rule is a spec string
///   (`"GET /api/2.0/people/filter: status=503 times=2"`) or an object
///   `{"route": "GET /api/2.0/people/filter", "status": 503, "times": 2, "latency": 100,
///   "retryAfter": 3, "probability": 0.5, "seed": 7, "fault": "drop"}`.
struct ControlEndpoints {
    let faults: FaultInjector
    let recorder: StatsRecorder

    func respond(to request: APIRequest) async -> APIResponse {
        let resource = request.segments.dropFirst().first?.lowercased() ?? ""
        switch (request.method, resource) {
        case ("GET", "stats"):
            return .json(await recorder.current.json)
        case ("DELETE", "stats"):
            await recorder.reset()
            return .json(await recorder.current.json)
        case ("GET", "faults"):
            return await faultsAnswer()
        case ("DELETE", "faults"):
            await faults.clear()
            return await faultsAnswer()
        case ("PUT", "faults"), ("POST", "faults"):
            do {
                let rules = try Self.rules(from: request.body)
                if request.method == "PUT" {
                    await faults.set(rules)
                } else {
                    for rule in rules { await faults.add(rule) }
                }
                return await faultsAnswer()
            } catch {
                return .json(.object(JSONObject([("error", .string(String(describing: error)))])), status: 400)
            }
        case (_, "stats"), (_, "faults"):
            return .empty(405)
        default:
            return .empty(404)
        }
    }

    private func faultsAnswer() async -> APIResponse {
        let rules = await faults.rules
        let fired = await faults.firedCounts
        return .json(
            .object(
                JSONObject([
                    ("rules", .array(rules.map { .string($0.description) })),
                    ("fired", .array(fired.map { .int($0) })),
                ])))
    }

    struct BadRequest: Error, CustomStringConvertible {
        var description: String
    }

    static func rules(from body: [UInt8]) throws -> [FaultRule] {
        let json: JSON
        do {
            json = try JSONParser.parse(body)
        } catch {
            throw BadRequest(description: "the body is not JSON (at byte \(error.bytePosition))")
        }
        let items: [JSON]
        if let array = json.arrayValue {
            items = array
        } else if let object = json.objectValue, let array = object.value(ignoringCase: "rules")?.arrayValue {
            items = array
        } else if let object = json.objectValue {
            items = [.object(object)]
        } else {
            throw BadRequest(description: "expected {\"rules\": [...]} or an array of rules")
        }
        return try items.map { item in
            if let spec = item.stringValue { return try FaultRule.parse(spec) }
            guard let object = item.objectValue else {
                throw BadRequest(description: "a rule must be a spec string or an object")
            }
            return try FaultRule.parse(spec(from: object))
        }
    }

    /// Writes a rule object as a spec string, so both forms share one reader and its errors.
    private static func spec(from object: JSONObject) throws -> String {
        if let spec = object.value(ignoringCase: "spec")?.stringValue { return spec }
        let route = object.value(ignoringCase: "route")?.stringValue ?? "*"
        var words: [String] = []
        let keys = [
            ("status", "status"), ("retryAfter", "retry-after"), ("latency", "latency"), ("latencyMs", "latency"),
            ("times", "times"), ("probability", "probability"), ("seed", "seed"), ("fault", "fault"), ("kind", "fault"),
        ]
        for (key, word) in keys {
            guard let value = object.value(ignoringCase: key) else { continue }
            switch value {
            case .int(let i): words.append("\(word)=\(i)")
            case .double(let d): words.append("\(word)=\(d)")
            case .string(let s): words.append("\(word)=\(s)")
            default: throw BadRequest(description: "\(key) must be a number or a string")
            }
        }
        return "\(route): \(words.joined(separator: " "))"
    }
}
