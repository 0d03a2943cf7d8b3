import Foundation

/// One answer as the transport received it.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    /// Looked up case-insensitively.
    public var headers: HTTPHeaders
    public var body: Data

    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
