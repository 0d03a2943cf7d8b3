/// Turns a `DecodingError` into the short context a person (or a bug report) needs:
/// `"GET /api/2.0/people/filter: response[3].id: missing"`.
enum DecodingContext {
    static func describe(_ error: any Error, route: String) -> String {
        guard let error = error as? DecodingError else { return "\(route): \(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(route): \(path(context.codingPath + [key])): missing"
        case .valueNotFound(_, let context):
            return "\(route): \(path(context.codingPath)): null where a value is required"
        case .typeMismatch(let type, let context):
            return "\(route): \(path(context.codingPath)): expected \(name(of: type))"
        case .dataCorrupted(let context):
            let what = context.codingPath.isEmpty ? "body" : path(context.codingPath)
            let detail = context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription
            return "\(route): \(what): \(detail)"
        @unknown default:
            return "\(route): \(error)"
        }
    }

    /// `response[3].createdBy.id`
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "body" : text
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type, is Int64.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
