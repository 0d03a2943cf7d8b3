/// Sends one HTTP request and returns the answer, whatever its status.
///
/// The client talks to the network only through this, so tests can script answers (and
/// failures) without a socket. Implementations throw `DocSpaceError.timeout`, `.cancelled`
/// or `.transport` when no answer arrived; any HTTP status, 4xx and 5xx included, is an answer.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
