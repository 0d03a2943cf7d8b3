/// How long to wait before repeating a read, or `nil` to give up.
///
/// Exponential from `base` (0.2, 0.4, 0.8 s…) capped at `cap`, with "equal jitter" (half
/// fixed, half random) so that parallel page fetches do not retry in lockstep. A server's
/// `Retry-After` wins over the formula; one longer than `maxRetryAfter` means give up.
struct RetryBackoff: Sendable {
    var base: Double
    var cap: Double
    var maxRetryAfter: Double

    func delay(afterAttempt attempt: Int, retryAfter: Double?) -> Double? {
        if let retryAfter {
            return retryAfter <= maxRetryAfter ? retryAfter : nil
        }
        let exponential = min(cap, base * Double(1 << min(attempt, 20)))
        return exponential / 2 + Double.random(in: 0...(exponential / 2))
    }
}
