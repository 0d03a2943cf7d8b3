import Foundation

/// One request as it went over the wire, for an activity log: what was asked and how it
/// ended. It holds no header and no body, so no token, key or password can leak through it.
public struct RequestEvent: Sendable {
    public var method: String
    /// The path and query as sent, percent-encoded, never decoded: e.g.
    /// `/api/2.0/people/filter?count=100&startIndex=0`, `/api/2.0/people/a%0Ab`.
    public var target: String
    /// The HTTP status, when an answer arrived.
    public var status: Int?
    /// What went wrong before an answer arrived (scrubbed of secrets).
    public var failure: DocSpaceError?
    public var duration: Double
    /// 0 for the first try, 1… for retries of a read.
    public var attempt: Int
}
