/// The numbers of the cloud's rate limiter (`RateLimiterSettings`, applied in
/// `BaseStartup.ConfigureServices`), per user (or per address before sign-in).
public struct RateLimits: Sendable, Hashable {
    /// Requests in any sliding minute (`SlidingWindowLimit`).
    public var requestsPerMinute: Int
    /// GETs in flight at once (`ConcurrentGetLimit`).
    public var parallelGets: Int
    /// Other requests in flight at once (`DefaultConcurrencyWriteRequests`).
    public var parallelOthers: Int
    /// POSTs and PUTs per fixed day (`DailyWriteLimit`).
    public var writesPerDay: Int
    /// Calls per user and path of a `SensitiveApi` route in a sliding window
    /// (`SensitiveApiLimit`, `SensitiveApiWindowMinutes`).
    public var sensitiveCalls: Int
    public var sensitiveWindow: Duration

    /// The defaults of `RateLimiterSettings`: 1,500 a minute, 50 parallel GETs, 15 parallel
    /// others, 10,000 POST/PUT a day, 5 sensitive calls per 15 minutes.
    public static let cloud = RateLimits(
        requestsPerMinute: 1_500, parallelGets: 50, parallelOthers: 15,
        writesPerDay: 10_000, sensitiveCalls: 5, sensitiveWindow: .seconds(15 * 60))

    public init(
        requestsPerMinute: Int, parallelGets: Int, parallelOthers: Int, writesPerDay: Int,
        sensitiveCalls: Int, sensitiveWindow: Duration
    ) {
        self.requestsPerMinute = requestsPerMinute
        self.parallelGets = parallelGets
        self.parallelOthers = parallelOthers
        self.writesPerDay = writesPerDay
        self.sensitiveCalls = sensitiveCalls
        self.sensitiveWindow = sensitiveWindow
    }
}
