import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `HTTPTransport` over URLSession (libcurl on Linux).
///
/// Each instance owns a session that keeps nothing: no cookie jar, because the login answer
/// sets an `asc_auth_key` cookie and the server prefers a cookie over the `Authorization`
/// header — a stale cookie would silently act as another user. No cache and no credential
/// store either. It starts from `.default` with all three removed, not from `.ephemeral`: on
/// Linux every `.ephemeral` makes a new URL cache whose disk folder
/// (`~/.cache/org.swift.foundation.URLCache/…`) is created even with a disk capacity of 0 —
/// root's, in the user's home, under `sudo -E`. Redirects
/// are followed only within the portal's origin (`RedirectPolicy`), so the token never travels
/// to another host. Certificate checks are the system's and are never relaxed.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Connections to the portal at once: the client's own bound on requests in flight
    /// (`allPeople`'s `maxConcurrent`, the bulk actions' 8). URLSession's default of 6 held
    /// `list --all` to 6 pages at a time whatever the client asked for.
    public static let maxConnectionsPerHost = 8

    /// - Parameter timeout: the session's `timeoutIntervalForRequest`; each request's own
    ///   `timeout` applies as well.
    public init(timeout: Double = 30) {
        let configuration = URLSessionConfiguration.default
        configuration.urlCredentialStorage = nil
        configuration.timeoutIntervalForRequest = Self.effectiveTimeout(timeout)
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = Self.maxConnectionsPerHost
        session = URLSession(configuration: configuration, delegate: RedirectGuard(), delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if Task.isCancelled { throw DocSpaceError.cancelled }
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData,
                                    timeoutInterval: Self.effectiveTimeout(request.timeout))
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headers { urlRequest.setValue(field.value, forHTTPHeaderField: field.name) }
        urlRequest.httpBody = request.body
        do {
            let (data, response) = try await Self.abandoningOnCancel { [session, urlRequest] in
                try await session.data(for: urlRequest)
            }
            if Task.isCancelled { throw DocSpaceError.cancelled }
            guard let http = response as? HTTPURLResponse else {
                throw DocSpaceError.transport(message: "The answer was not an HTTP response")
            }
            var headers = HTTPHeaders()
            for (name, value) in http.allHeaderFields {
                if let name = name as? String { headers[name] = "\(value)" }
            }
            return HTTPResponse(status: http.statusCode, headers: headers, body: data)
        } catch let error as DocSpaceError {
            throw error
        } catch is CancellationError {
            throw DocSpaceError.cancelled
        } catch let error as URLError {
            throw Self.map(error, timeout: request.timeout, scrubbing: request.headers)
        } catch {
            if Task.isCancelled { throw DocSpaceError.cancelled }
            throw DocSpaceError.transport(message: Self.scrubber(for: request.headers).scrub(error.localizedDescription))
        }
    }

    /// Runs a URLSession call so that cancelling the caller *abandons* it instead of cancelling
    /// it: on Linux (Swift 6.3.1), cancelling an async `data(for:)` at the moment it completes
    /// can deadlock inside FoundationNetworking (seen in gdb when a fast `j j j` superseded
    /// detail loads). The caller gets `CancellationError` at once; the abandoned request ends
    /// by itself, bounded by its timeout, and its answer is dropped.
    static func abandoningOnCancel<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = OneShot<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.install(continuation)
                Task.detached {
                    do { outcome.resolve(.success(try await operation())) } catch { outcome.resolve(.failure(error)) }
                }
            }
        } onCancel: {
            outcome.resolve(.failure(CancellationError()))
        }
    }

    /// corelibs FoundationNetworking hands curl whole seconds: 1.5 s acts as 1 s and 0.5 s as
    /// 0 — an immediate timeout (measured on Swift 6.3.1). Round up to whole seconds, at least 1.
    static func effectiveTimeout(_ seconds: Double) -> Double {
        #if canImport(FoundationNetworking)
        return max(1, seconds.rounded(.up))
        #else
        return seconds
        #endif
    }

    static func map(_ error: URLError, timeout: Double, scrubbing headers: HTTPHeaders) -> DocSpaceError {
        switch error.code {
        case .timedOut: return .timeout(seconds: timeout)
        case .cancelled: return .cancelled
        default:
            if Task.isCancelled { return .cancelled }
            return .transport(message: scrubber(for: headers).scrub(describe(error)))
        }
    }

    /// curl's own words when present (they say which host and port failed), else Foundation's.
    private static func describe(_ error: URLError) -> String {
        let underlying = (error.userInfo[NSUnderlyingErrorKey] as? any Error)?.localizedDescription
        let text = error.localizedDescription
        if let underlying, !underlying.isEmpty, underlying != text { return "\(text) (\(underlying))" }
        return text
    }

    /// Whatever the request carried as credentials must not come back in an error message.
    private static func scrubber(for headers: HTTPHeaders) -> SecretScrubber {
        var secrets: [String] = []
        if let authorization = headers["Authorization"] {
            secrets.append(authorization)
            if authorization.hasPrefix("Bearer ") { secrets.append(String(authorization.dropFirst(7))) }
        }
        if let cookie = headers["Cookie"] { secrets.append(cookie) }
        return SecretScrubber(secrets: secrets)
    }
}

/// A continuation resumed exactly once, by whichever comes first: the answer or the
/// cancellation (which may even come before the continuation exists).
private final class OneShot<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var early: Result<T, any Error>?
    private var done = false

    func install(_ continuation: CheckedContinuation<T, any Error>) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func resolve(_ result: Result<T, any Error>) {
        lock.lock()
        guard !done else { lock.unlock(); return }
        done = true
        guard let continuation else {
            early = result
            lock.unlock()
            return
        }
        self.continuation = nil
        lock.unlock()
        continuation.resume(with: result)
    }
}
