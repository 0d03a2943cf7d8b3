/// The parts of any People API body that say whether the call failed, read leniently from
/// every shape the server (or a proxy, or ONLYOFFICE's own mocks) produces:
///
/// - success `{response, count, total?, links, status: 0, statusCode}` (or a bare `{response}`);
/// - error `{error: {message, type?, stack?, hresult?}, status: 1, statusCode}`;
/// - validation 400 `{response: {title, errors: {field: [messages]}}, status: 1, statusCode: 400}`.
///
/// Nothing here throws: an odd field is simply absent.
struct EnvelopeHead: Decodable {
    /// `error.message` (or `error` itself when a portal sends a plain string).
    var errorMessage: String?
    var hasError: Bool
    var status: Int?
    var statusCode: Int?
    var validationTitle: String?
    var fieldErrors: [String: [String]]

    private enum Key: String, CodingKey { case error, status, statusCode, response }
    private enum ErrorKey: String, CodingKey { case message }
    private enum ProblemKey: String, CodingKey { case title, errors, data }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        status = c.lenientInt(.status)
        statusCode = c.lenientInt(.statusCode)

        if let error = try? c.nestedContainer(keyedBy: ErrorKey.self, forKey: .error) {
            hasError = true
            errorMessage = error.lenientString(.message)
        } else if let text = c.lenientString(.error) {
            hasError = true
            errorMessage = text
        } else {
            hasError = false
        }

        validationTitle = nil
        fieldErrors = [:]
        if let problem = try? c.nestedContainer(keyedBy: ProblemKey.self, forKey: .response) {
            validationTitle = problem.lenientString(.title)
            fieldErrors = Self.fieldErrors(in: problem)
            // ONLYOFFICE's web mocks nest an axios error: response.data.error.message.
            if errorMessage == nil,
                let data = try? problem.nestedContainer(keyedBy: Key.self, forKey: .data),
                let error = try? data.nestedContainer(keyedBy: ErrorKey.self, forKey: .error)
            {
                errorMessage = error.lenientString(.message)
            }
        }
    }

    /// `errors` as `{field: [messages]}`; a single message string per field is accepted too.
    private static func fieldErrors(in problem: KeyedDecodingContainer<ProblemKey>) -> [String: [String]] {
        if let errors = try? problem.decodeIfPresent([String: [String]].self, forKey: .errors) { return errors }
        if let errors = try? problem.decodeIfPresent([String: String].self, forKey: .errors) {
            return errors.mapValues { [$0] }
        }
        return [:]
    }

    /// The server's own words for a failure: `error.message`, else the validation title.
    var message: String? {
        let text = errorMessage ?? validationTitle
        guard let text, !text.trimmingWhitespace.isEmpty else { return nil }
        return text
    }

    /// A body that reports failure even if the HTTP status says 2xx.
    var reportsFailure: Bool { hasError || status == 1 }
}
