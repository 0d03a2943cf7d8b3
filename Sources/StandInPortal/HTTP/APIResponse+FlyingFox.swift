import FlyingFox
import Foundation

extension APIResponse {
    /// The FlyingFox response that delivers this answer (or fails to, on purpose).
    var httpResponse: HTTPResponse {
        var httpHeaders = HTTPHeaders()
        for (name, value) in headers { httpHeaders.addValue(value, for: HTTPHeader(name)) }
        let status = HTTPStatusCode(status, phrase: Self.reasonPhrase(for: status))
        switch delivery {
        case .normal:
            return HTTPResponse(statusCode: status, headers: httpHeaders, body: Data(body))
        case .dropConnection:
            return HTTPResponse(webSocket: ConnectionDropper())
        case .truncate(let sentBytes):
            let sequence = HTTPBodySequence(
                from: TruncatedBytes(bytes: Array(body.prefix(sentBytes))), count: body.count)
            return HTTPResponse(statusCode: status, headers: httpHeaders, body: sequence)
        }
    }
}
