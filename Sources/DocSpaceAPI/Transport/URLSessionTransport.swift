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
///
/// Nothing a portal sends can hold the client longer than the request's `timeout` or make it
/// keep more than `maxAnswerBytes`. curl's own timeout is only an idle timeout (a portal
/// sending a byte every 2 s never trips it, measured), so the deadline is enforced here and
/// covers the whole exchange, body included; the body is counted as it arrives, after curl
/// has decompressed it, and the transfer is stopped at the cap.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let delegate = TransportDelegate()
    /// The largest answer body read, decompressed; a larger one fails as `.decoding`.
    public let maxAnswerBytes: Int

    /// 64 MB: a page of 100 people is a few hundred kilobytes, and the largest answer, the
    /// list of pending invitations, stays far below this for any real portal.
    public static let defaultMaxAnswerBytes = 64 << 20

    /// Connections to the portal at once: the client's own bound on requests in flight
    /// (`allPeople`'s `maxConcurrent`, the bulk actions' 8). URLSession's default of 6 held
    /// `list --all` to 6 pages at a time whatever the client asked for.
    public static let maxConnectionsPerHost = 8

    /// - Parameter timeout: the session's `timeoutIntervalForRequest`; each request's own
    ///   `timeout` applies as well.
    public init(timeout: Double = 30, maxAnswerBytes: Int = URLSessionTransport.defaultMaxAnswerBytes) {
        self.maxAnswerBytes = max(1, maxAnswerBytes)
        let configuration = URLSessionConfiguration.default
        configuration.urlCredentialStorage = nil
        configuration.timeoutIntervalForRequest = Self.effectiveTimeout(timeout)
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = Self.maxConnectionsPerHost
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if Task.isCancelled { throw DocSpaceError.cancelled }
        var urlRequest = URLRequest(
            url: request.url, cachePolicy: .reloadIgnoringLocalCacheData,
            timeoutInterval: Self.effectiveTimeout(request.timeout))
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headers { urlRequest.setValue(field.value, forHTTPHeaderField: field.name) }
        urlRequest.httpBody = request.body
        do {
            let (response, data) = try await exchange(urlRequest, deadline: request.timeout)
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
            throw DocSpaceError.transport(
                message: Self.scrubber(for: request.headers).scrub(error.localizedDescription))
        }
    }

    /// Runs one data task under a deadline. The deadline ends the answer with `.timeout` and
    /// stops the transfer. Cancelling the caller *abandons* the task instead of cancelling
    /// it: on Linux (Swift 6.3.1), cancelling a URLSession request at the moment it completes
    /// can deadlock inside FoundationNetworking (seen in gdb when a fast `j j j` superseded
    /// detail loads). The caller gets `CancellationError` at once; the abandoned task ends
    /// by itself, at the latest at its deadline, and its answer is dropped.
    private func exchange(_ urlRequest: URLRequest, deadline seconds: Double) async throws -> AnswerCollector.Answer {
        let collector = AnswerCollector(maxBytes: maxAnswerBytes)
        let task = session.dataTask(with: urlRequest)
        delegate.register(collector, for: task)
        // A Dispatch timer rather than a sleeping task: the deadline must hold even while the
        // cooperative pool (two threads on a two-core host) is busy with other work.
        let timer = DispatchWorkItem { [collector, task] in
            guard !collector.isDone else { return }
            collector.resolve(.failure(DocSpaceError.timeout(seconds: seconds)))
            task.cancel()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Self.nanoseconds(seconds)), execute: timer)
        defer { timer.cancel() }
        task.resume()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                collector.install(continuation)
            }
        } onCancel: {
            collector.resolve(.failure(CancellationError()))
        }
    }

    static func nanoseconds(_ seconds: Double) -> Int {
        // A deadline beyond a year is as good as none, and keeps the conversion in range.
        guard seconds > 0 else { return 0 }
        return Int(min(seconds, 365 * 86_400) * 1_000_000_000)
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
