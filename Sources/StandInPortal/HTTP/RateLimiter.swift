import Foundation

/// The cloud's rate limiter (`BaseStartup`: `PartitionedRateLimiter.CreateChained` plus
/// the `SensitiveApi` policy), per partition — the signed-in user, or the address before
/// sign-in: a sliding minute of `requestsPerMinute`; `parallelGets` GETs and
/// `parallelOthers` other requests in flight; a fixed day of `writesPerDay` POSTs and PUTs;
/// and for the `SensitiveApi` routes a sliding window of `sensitiveCalls` per partition
/// and path. A refused request is answered 429 with no body and `Retry-After`,
/// `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset`
/// (`RateLimitMetadata.OnRejected`), and counts against nothing.
actor RateLimiter {
    let limits: RateLimits
    private let clock = ContinuousClock()
    private var recent: [String: [ContinuousClock.Instant]] = [:]
    private var sensitive: [String: [ContinuousClock.Instant]] = [:]
    private var inFlight: [String: Int] = [:]
    private var writes: [String: (started: ContinuousClock.Instant, count: Int)] = [:]

    /// What `admit` decided.
    enum Decision: Sendable {
        /// Go on; give the slot back with `release` when the answer is written.
        case admitted(slot: String)
        case rejected(APIResponse)
    }

    init(limits: RateLimits) {
        self.limits = limits
    }

    func admit(partition: String, method: String, path: String, isSensitive: Bool) -> Decision {
        let now = clock.now
        let minute = Duration.seconds(60)
        let window = (recent[partition] ?? []).filter { now - $0 < minute }
        recent[partition] = window
        if window.count >= limits.requestsPerMinute {
            return .rejected(Self.tooMany(limit: limits.requestsPerMinute, retryAfter: window[0] + minute - now))
        }
        let isGet = method == "GET"
        let slot = (isGet ? "read:" : "write:") + partition
        let parallel = isGet ? limits.parallelGets : limits.parallelOthers
        if inFlight[slot, default: 0] >= parallel {
            // A concurrency lease has no retry time; a second is what a client should wait.
            return .rejected(Self.tooMany(limit: parallel, retryAfter: .seconds(1)))
        }
        let isWrite = method == "POST" || method == "PUT"
        let day = Duration.seconds(86_400)
        var written = writes[partition].flatMap { now - $0.started < day ? $0 : nil } ?? (started: now, count: 0)
        if isWrite, written.count >= limits.writesPerDay {
            return .rejected(Self.tooMany(limit: limits.writesPerDay, retryAfter: written.started + day - now))
        }
        let sensitiveKey = partition + "|" + path
        let sensitiveWindow = (sensitive[sensitiveKey] ?? []).filter { now - $0 < limits.sensitiveWindow }
        if isSensitive, sensitiveWindow.count >= limits.sensitiveCalls {
            return .rejected(
                Self.tooMany(
                    limit: limits.sensitiveCalls,
                    retryAfter: sensitiveWindow[0] + limits.sensitiveWindow - now))
        }
        recent[partition] = window + [now]
        inFlight[slot, default: 0] += 1
        if isWrite {
            written.count += 1
            writes[partition] = written
        }
        if isSensitive { sensitive[sensitiveKey] = sensitiveWindow + [now] }
        return .admitted(slot: slot)
    }

    func release(slot: String) {
        inFlight[slot, default: 1] -= 1
    }

    /// The bare 429 of `RedisRateLimiting.AspNetCore`, its wait rounded up to whole seconds.
    private static func tooMany(limit: Int, retryAfter wait: Duration) -> APIResponse {
        let seconds = max(
            1, Int((Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18).rounded(.up)))
        var response = APIResponse.empty(429)
        response.addHeader("Retry-After", String(seconds))
        response.addHeader("X-RateLimit-Limit", String(limit))
        response.addHeader("X-RateLimit-Remaining", "0")
        response.addHeader("X-RateLimit-Reset", String(Int(Date().timeIntervalSince1970) + seconds))
        return response
    }
}
