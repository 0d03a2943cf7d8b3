import Foundation

/// One fault to inject: which requests, what happens, and how often.
///
/// Rules are tried in order; the first one that matches and is still armed applies. `times`
/// limits a rule to its first N firings; `probability` makes each matching request fire with
/// that chance, drawn from a generator seeded with `seed` so a run is repeatable.
public struct FaultRule: Sendable, Hashable, CustomStringConvertible {
    public var route: FaultRoute
    public var effect: FaultEffect
    /// Added before the answer (or the fault), in milliseconds.
    public var latencyMilliseconds: Int
    /// Fire only for the first N matching requests; `nil` = always.
    public var times: Int?
    /// Fire for this fraction (0…1) of matching requests; `nil` = every one.
    public var probability: Double?
    public var seed: UInt64

    public init(
        route: FaultRoute = .any, effect: FaultEffect = .none, latencyMilliseconds: Int = 0,
        times: Int? = nil, probability: Double? = nil, seed: UInt64 = 1
    ) {
        self.route = route
        self.effect = effect
        self.latencyMilliseconds = latencyMilliseconds
        self.times = times
        self.probability = probability
        self.seed = seed
    }

    /// The rule as a spec string that `parse` reads back.
    public var description: String {
        var words = effect.specWords
        if latencyMilliseconds > 0 { words.append("latency=\(latencyMilliseconds)") }
        if let times { words.append("times=\(times)") }
        if let probability { words.append("probability=\(probability)") }
        if probability != nil || seed != 1 { words.append("seed=\(seed)") }
        return "\(route): \(words.joined(separator: " "))"
    }

    /// Reads a rule from a spec such as `GET /api/2.0/people/filter: status=503 times=2`.
    ///
    /// Format: `<route>: <word> <word>…` where the route is `*`, `METHOD`, `METHOD <path>`,
    /// `* <path>` or `<path>` (see `FaultRoute`) and the words, separated by spaces or commas,
    /// are `status=CODE`, `retry-after=SECONDS`, `latency=MS` (or `latency=MSms`),
    /// `times=N`, `probability=P` (or `p=P`), `seed=N`, and the bare effects `drop`,
    /// `malformed`, `truncated`, `error-body`, `expired-token` (also as `fault=<effect>`).
    public static func parse(_ spec: String) throws -> FaultRule {
        func fail(_ reason: String) -> FaultSpecError { FaultSpecError(spec: spec, reason: reason) }
        guard let colon = spec.firstIndex(of: ":") else { throw fail("missing ':' between the route and the fault") }
        let routeText = spec[..<colon].trimmingCharacters(in: .whitespaces)
        guard !routeText.isEmpty else { throw fail("missing route before ':' (use * for every request)") }
        let routeWords = routeText.split(separator: " ")
        guard routeWords.count <= 2 else { throw fail("the route \"\(routeText)\" has more than a method and a path") }
        if routeWords.count == 2 {
            guard routeWords[0] == "*" || routeWords[0].allSatisfy(\.isLetter) else {
                throw fail("\"\(routeWords[0])\" is not an HTTP method")
            }
            guard routeWords[1] == "*" || routeWords[1].hasPrefix("/") else {
                throw fail("the path must start with '/'")
            }
        } else {
            let only = routeWords[0]
            guard only == "*" || only.hasPrefix("/") || only.allSatisfy(\.isLetter) else {
                throw fail("\"\(only)\" is neither a method nor a path")
            }
        }

        var rule = FaultRule(route: FaultRoute(routeText))
        var status: Int?
        var retryAfter: Int?
        var effects: [FaultEffect] = []
        let words = spec[spec.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        guard !words.isEmpty else { throw fail("no fault after ':'") }
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0].lowercased()
            let value = parts.count > 1 ? parts[1] : nil
            func integer(_ range: ClosedRange<Int>) throws -> Int {
                guard let value, let number = Int(value.lowercased().replacingOccurrences(of: "ms", with: "")) else {
                    throw fail("\(key) needs a whole number, got \"\(value ?? "")\"")
                }
                guard range.contains(number) else {
                    throw fail("\(key)=\(number) is outside \(range.lowerBound)…\(range.upperBound)")
                }
                return number
            }
            switch key {
            case "status":
                status = try integer(100...599)
            case "retry-after", "retryafter":
                retryAfter = try integer(0...86_400)
            case "latency", "delay":
                rule.latencyMilliseconds = try integer(0...600_000)
            case "times", "count":
                rule.times = try integer(0...Int(Int32.max))
            case "probability", "p":
                guard let value, let p = Double(value), (0...1).contains(p) else {
                    throw fail("probability needs a number between 0 and 1, got \"\(value ?? "")\"")
                }
                rule.probability = p
            case "seed":
                guard let value, let seed = UInt64(value) else {
                    throw fail("seed needs a whole number, got \"\(value ?? "")\"")
                }
                rule.seed = seed
            case "fault", "kind":
                guard let value, let effect = Self.namedEffect(value.lowercased()) else {
                    throw fail("unknown fault \"\(value ?? "")\"")
                }
                effects.append(effect)
            default:
                guard value == nil, let effect = Self.namedEffect(key) else { throw fail("unknown word \"\(word)\"") }
                effects.append(effect)
            }
        }
        if let status {
            effects.append(status == 429 ? .tooManyRequests(retryAfterSeconds: retryAfter ?? 1) : .status(status))
        } else if retryAfter != nil {
            throw fail("retry-after needs status=429")
        }
        guard effects.count <= 1 else { throw fail("more than one fault in one rule; write one rule per fault") }
        rule.effect = effects.first ?? .none
        if rule.effect == .none, rule.latencyMilliseconds == 0 { throw fail("no fault and no latency") }
        return rule
    }

    private static func namedEffect(_ name: String) -> FaultEffect? {
        switch name {
        case "drop", "dropped", "drop-connection", "close": .dropConnection
        case "malformed", "malformed-json", "bad-json": .malformedJSON
        case "truncated", "truncate", "truncated-body": .truncatedBody
        case "error-body", "error-in-success", "2xx-error": .errorInSuccess
        case "expired-token", "expired", "unauthorized": .expiredToken
        default: nil
        }
    }
}
