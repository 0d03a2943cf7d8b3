import Foundation

/// Where the portal is, who the client is, and how patient it is.
public struct ClientConfiguration: Sendable {
    /// The portal, e.g. `https://example.onlyoffice.com` (a path prefix is kept).
    public var baseURL: URL
    public var credentials: Credentials
    /// Seconds to wait for each answer.
    public var timeout: Double
    /// How often a failed GET is repeated (429, 502/503/504, connection trouble). Never
    /// applies to POST/PUT/DELETE.
    public var maxReadRetries: Int
    public var userAgent: String
    /// The first retry's delay in seconds; it doubles per retry, with jitter.
    public var retryBaseDelay: Double
    /// The longest backoff between retries, in seconds.
    public var retryMaxDelay: Double
    /// The longest `Retry-After` the client waits out; a longer one fails at once with
    /// `rateLimited`, so a person at a terminal is not left staring at a frozen screen.
    public var maxRetryAfter: Double
    /// How the client waits between retries; tests pass a recorder so nothing really sleeps.
    /// Throws when cancelled.
    public var sleep: @Sendable (_ seconds: Double) async throws -> Void
    /// Told about every request after it ends (an activity log); nil for none.
    public var observer: (@Sendable (RequestEvent) -> Void)?

    public static let defaultUserAgent = "docspace-people/1.0"

    public init(
        baseURL: URL, credentials: Credentials, timeout: Double = 30, maxReadRetries: Int = 3,
        userAgent: String = ClientConfiguration.defaultUserAgent, retryBaseDelay: Double = 0.2,
        retryMaxDelay: Double = 5, maxRetryAfter: Double = 30,
        sleep: @escaping @Sendable (_ seconds: Double) async throws -> Void = ClientConfiguration.taskSleep,
        observer: (@Sendable (RequestEvent) -> Void)? = nil
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.timeout = timeout
        self.maxReadRetries = maxReadRetries
        self.userAgent = userAgent
        self.retryBaseDelay = retryBaseDelay
        self.retryMaxDelay = retryMaxDelay
        self.maxRetryAfter = maxRetryAfter
        self.sleep = sleep
        self.observer = observer
    }

    /// `Task.sleep`, which throws `CancellationError` when the task is cancelled.
    public static let taskSleep: @Sendable (_ seconds: Double) async throws -> Void = { seconds in
        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }
}
