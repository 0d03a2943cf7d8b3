import CCurl
import Foundation

/// `HTTPTransport` over libcurl, driven by an I/O thread of its own that sleeps while it
/// waits (`CurlWorker`).
///
/// It keeps nothing between requests but open connections: curl's cookie engine is never
/// switched on (the login answer sets an `asc_auth_key` cookie, and the server prefers a
/// cookie over the `Authorization` header — a stale cookie would silently act as another
/// user), and there is no cache and no credential store. Redirects are followed only within
/// the portal's origin (`RedirectPolicy`), so the token never travels to another host.
/// Certificate checks are the system's and are never relaxed. Proxies come from the
/// environment as curl reads it (`PlainHTTPProxy` in the CLI removes every one that would
/// carry plain http).
///
/// Nothing a portal sends can hold the client longer than the request's `timeout` (curl's
/// total timeout, body included) or make it keep more than `maxAnswerBytes` (counted after
/// decompression). A connection the portal drops fails at once, in curl's words.
public final class CurlTransport: HTTPTransport {
    /// The largest answer body read, decompressed; a larger one fails as `.decoding`.
    public let maxAnswerBytes: Int
    private let worker = CurlWorker()

    /// 64 MB: a page of 100 people is a few hundred kilobytes, and the largest answer, the
    /// list of pending invitations, stays far below this for any real portal.
    public static let defaultMaxAnswerBytes = 64 << 20

    /// Connections to one portal at once (`CurlWorker` holds every request to it).
    public static let maxConnectionsPerHost = CurlWorker.maxConnectionsPerHost

    /// How many redirects within the portal are followed before the 3xx is the answer.
    static let maxRedirects = 5

    public init(maxAnswerBytes: Int = CurlTransport.defaultMaxAnswerBytes) {
        self.maxAnswerBytes = max(1, maxAnswerBytes)
    }

    deinit { worker.shutDown() }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var current = request
        for _ in 0...Self.maxRedirects {
            let response = try await exchange(current)
            guard let next = Self.redirect(of: current, answeredBy: response) else { return response }
            current = next
        }
        return try await exchange(current)
    }

    /// The request to send next when `response` is a redirect this transport follows.
    static func redirect(of request: HTTPRequest, answeredBy response: HTTPResponse) -> HTTPRequest? {
        guard [301, 302, 303, 307, 308].contains(response.status), let location = response.headers["Location"],
            let target = URL(string: location, relativeTo: request.url)?.absoluteURL,
            RedirectPolicy.allows(from: request.url, to: target)
        else { return nil }
        var next = request
        next.url = target
        // As browsers do: 303 always, and 301/302 after a POST, go on as a GET without body.
        if response.status == 303 || (request.method == .post && [301, 302].contains(response.status)) {
            next.method = .get
            next.body = nil
            next.headers["Content-Type"] = nil
        }
        return next
    }

    private func exchange(_ request: HTTPRequest) async throws -> HTTPResponse {
        if Task.isCancelled { throw DocSpaceError.cancelled }
        guard let transfer = CurlTransfer(request, maxBytes: maxAnswerBytes) else {
            throw DocSpaceError.transport(message: "libcurl could not start a request")
        }
        worker.start(transfer)
        do {
            let answer = try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    transfer.install(continuation)
                }
            } onCancel: { [worker] in
                transfer.resolve(.failure(CancellationError()))
                worker.stop(transfer)
            }
            if Task.isCancelled { throw DocSpaceError.cancelled }
            return HTTPResponse(status: answer.status, headers: answer.headers, body: answer.body)
        } catch is CancellationError {
            throw DocSpaceError.cancelled
        } catch CurlTransfer.Failure.tooLarge {
            throw DocSpaceError.decoding(
                context:
                    "the answer is larger than \(Self.megabytes(maxAnswerBytes)), the most this tool reads; stopped reading it"
            )
        } catch CurlTransfer.Failure.curl(let code, let words) {
            if Task.isCancelled { throw DocSpaceError.cancelled }
            throw Self.error(code: code, words: words, request: request)
        }
    }

    /// curl's result as the client's error; the words are curl's, which name the host and
    /// port, and are scrubbed of whatever the request carried as credentials.
    static func error(code: UInt32, words: String, request: HTTPRequest) -> DocSpaceError {
        switch CURLcode(code) {
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout(seconds: request.timeout)
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
            return .dropped(message: scrubber(for: request.headers).scrub(words))
        default:
            return .transport(message: scrubber(for: request.headers).scrub(words))
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

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
