import DocSpaceAPI

/// Words for a failed call, for the status line and the results dialog. The server's own
/// message wins when it sent one; secrets never appear (the client already scrubbed them).
enum ErrorText {
    static func explain(_ error: DocSpaceError) -> String {
        switch error {
        case .unauthorized(let message):
            return message ?? "not signed in (401): the token or API key is wrong or expired"
        case .forbidden(let message):
            return message ?? "access denied (403)"
        case .notFound(let message):
            return message ?? "not found (404)"
        case .badRequest(let message, let fieldErrors):
            if let message { return message }
            let fields = fieldErrors.sorted { $0.key < $1.key }
                .map { "\($0.key): \($0.value.joined(separator: ", "))" }
            return fields.isEmpty ? "bad request (400)" : fields.joined(separator: "; ")
        case .paymentRequired(let message):
            return message ?? "no free seat or tariff limit (402)"
        case .rateLimited(let retryAfter):
            if let retryAfter { return "too many requests (429): retry in \(Int(retryAfter.rounded(.up))) s" }
            return "too many requests (429)"
        case .server(let status, let message):
            return message.map { "\($0) (\(status))" } ?? "server error (\(status))"
        case .transport(let message):
            return "cannot reach the portal: \(message)"
        case .timeout(let seconds):
            return "no answer within \(Int(seconds)) s"
        case .decoding(let context):
            return "unexpected answer from the server (\(context))"
        case .cancelled:
            return "cancelled"
        }
    }
}
