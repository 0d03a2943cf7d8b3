import Foundation

/// Reads one HTTP answer of the People API: either the decoded payload or the
/// `DocSpaceError` the answer means.
///
/// The HTTP status is not trusted alone: a 2xx whose body has an `error` object or
/// `status: 1` is a failure (the official client does the same), and a 400 may carry its
/// reason in `response` (validation) rather than in `error`. Bodies that are not JSON
/// (empty 401/403/429, a proxy's HTML 502) are judged by the status alone.
struct ResponseReader: Sendable {
    /// `"GET /api/2.0/people/filter"`, for decoding contexts.
    var route: String
    var scrubber: SecretScrubber

    func read<Response: Decodable>(_ type: Response.Type, from answer: HTTPResponse) throws -> Payload<Response> {
        // Pages of people: one pass over the bytes instead of two Codable decodes. Anything
        // the fast path is not sure about comes back nil and takes the general path below.
        if Response.self == PeopleList.self, (200..<300).contains(answer.status),
            let payload = PeopleListScanner.payload(from: answer.body) as? Payload<Response>
        {
            return payload
        }
        let head = answer.body.isEmpty ? nil : try? JSONDecoder().decode(EnvelopeHead.self, from: answer.body)
        let isSuccessStatus = (200..<300).contains(answer.status)

        guard isSuccessStatus else {
            throw scrubber.scrub(Self.failure(status: answer.status, head: head, headers: answer.headers))
        }
        if let head, head.reportsFailure {
            // Trust the envelope's own statusCode when it names a failure.
            let status = head.statusCode.flatMap { $0 >= 400 ? $0 : nil } ?? answer.status
            throw scrubber.scrub(Self.failure(status: status, head: head, headers: answer.headers))
        }
        if answer.body.isEmpty { return try decode(type, from: Data("{}".utf8)) }
        guard head != nil else {
            // Scrubbed too: a header is the portal's text, and it may echo the credentials.
            throw scrubber.scrub(DocSpaceError.decoding(context: "\(route): body: not JSON\(Self.contentType(answer))"))
        }
        return try decode(type, from: answer.body)
    }

    private func decode<Response: Decodable>(_ type: Response.Type, from body: Data) throws -> Payload<Response> {
        do {
            return try JSONDecoder().decode(Payload<Response>.self, from: body)
        } catch {
            throw scrubber.scrub(DocSpaceError.decoding(context: DecodingContext.describe(error, route: route)))
        }
    }

    /// The payload itself, or a decoding error naming `response` when the server left it out.
    func required<Response>(_ payload: Payload<Response>) throws -> Response {
        guard let response = payload.response else {
            throw DocSpaceError.decoding(context: "\(route): response: missing")
        }
        return response
    }

    static func failure(status: Int, head: EnvelopeHead?, headers: HTTPHeaders) -> DocSpaceError {
        let message = head?.message
        switch status {
        case 400: return .badRequest(message: message, fieldErrors: head?.fieldErrors ?? [:])
        case 401: return .unauthorized(message: message)
        case 402: return .paymentRequired(message: message)
        case 403: return .forbidden(message: message)
        case 404: return .notFound(message: message)
        case 429: return .rateLimited(retryAfter: RetryAfter.seconds(from: headers["Retry-After"]))
        case 300..<400:
            // Only a redirect the transport refused to follow (to another origin) gets here.
            guard let location = headers["Location"] else { return .server(status: status, message: message) }
            return .server(
                status: status,
                message: "The portal redirects to \(location), which was not followed "
                    + "so that the credentials stay with the configured portal; use that address instead")
        default: return .server(status: status, message: message)
        }
    }

    private static func contentType(_ answer: HTTPResponse) -> String {
        guard let type = answer.headers["Content-Type"] else { return "" }
        return " (\(type))"
    }
}
