/// What an endpoint produced: the payload to wrap in the success envelope, plus headers
/// (the login's `Set-Cookie`).
struct EndpointResult: Sendable {
    var payload: Envelope.Payload
    var headers: [(String, String)] = []
    /// `NoContent()`: the response wrapper leaves it alone, so 204 with no body at all.
    var isNoContent = false

    static func value(_ json: JSON) -> EndpointResult { EndpointResult(payload: .value(json)) }
    static func list(_ items: [JSON]) -> EndpointResult { EndpointResult(payload: .list(items)) }
    static func stream(_ items: [JSON]) -> EndpointResult { EndpointResult(payload: .stream(items)) }
    static func page(_ items: [JSON], total: Int) -> EndpointResult {
        EndpointResult(payload: .page(items, total: total))
    }
    static let void = EndpointResult(payload: .void)
    static let noContent = EndpointResult(payload: .void, isNoContent: true)
}
