import StandInPortal

/// The faults the soak switches on, each on a share of every route's requests, drawn from
/// seeded generators so a run repeats (with one worker exactly; with several, which call
/// meets which fault depends on timing, the mix does not).
///
/// Rules are tried in order and at most one fires per request, so the shares below are of
/// the requests the earlier rules left alone.
enum SoakFaults {
    struct Fault: Sendable {
        /// The word `DOCSPACE_SOAK_FAULTS` selects it by.
        var key: String
        var name: String
        var rule: FaultRule
    }

    /// The faults `selection` names: `all` (the default), `none`, or keys separated by commas
    /// (`drop,503,timeout`), for finding which fault a problem comes with.
    static func mix(seed: UInt64, selection: String = "all") -> [Fault] {
        func fault(_ key: String, _ name: String, _ effect: FaultEffect, p: Double, latency: Int = 0, _ salt: UInt64)
            -> Fault
        {
            Fault(
                key: key, name: name,
                rule: FaultRule(
                    route: .any, effect: effect, latencyMilliseconds: latency,
                    probability: p, seed: seed &* 31 &+ salt))
        }
        let all = [
            fault("drop", "dropped connection", .dropConnection, p: 0.02, 1),
            fault("503", "503 (HTML)", .status(503), p: 0.03, latency: 3, 2),
            fault("429", "429 Retry-After 1", .tooManyRequests(retryAfterSeconds: 1), p: 0.03, 3),
            fault(
                "429-long", "429 Retry-After 120 (beyond the client's patience)",
                .tooManyRequests(retryAfterSeconds: 120), p: 0.005, 4),
            fault("502", "502 (HTML)", .status(502), p: 0.03, 5),
            fault("500", "500 (error envelope)", .status(500), p: 0.01, 6),
            fault("malformed", "malformed JSON", .malformedJSON, p: 0.02, 7),
            fault("truncated", "truncated body", .truncatedBody, p: 0.02, 8),
            fault("error-body", "2xx with an error body", .errorInSuccess, p: 0.02, 9),
            fault("timeout", "timeout (1.2 s against a 1 s client)", .none, p: 0.002, latency: 1_200, 10),
            fault("latency", "latency 2–20 ms", .none, p: 0.06, latency: Int(2 + seed % 19), 11),
        ]
        switch selection {
        case "all": return all
        case "none": return []
        default:
            let keys = selection.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return all.filter { keys.contains($0.key) }
        }
    }
}
