import Foundation

/// Builds the response envelopes of the real server (`CommonApiResponse.cs`,
/// `ResponseWrapper.cs`): success `{response, count, total?, links, status: 0, statusCode}`,
/// error `{error: {message, type, stack, hresult}, status: 1, statusCode}` and the model
/// validation 400, which is a `ValidationProblemDetails` inside the *success* shape.
enum Envelope {
    /// What an endpoint answered, before it is wrapped.
    enum Payload: Sendable {
        /// A single value; `count` is 1 (0 for an omitted `response`).
        case value(JSON)
        /// A materialized list: `count` is its length.
        case list([JSON])
        /// A filtered, paged list: `count` is the page length and `total` is set.
        case page([JSON], total: Int)
        /// A page as `page`, rendered only when the envelope is built (off the actor).
        case renderedPage(PageRendering, total: Int)
        /// An `IAsyncEnumerable` the server does not count: `count` is 1 whatever the length.
        case stream([JSON])
        /// `void`: `response` is omitted and `count` is 0.
        case void
    }

    static func success(_ payload: Payload, href: String, method: String) -> JSON {
        var object = JSONObject()
        switch payload {
        case .value(let value):
            object.set("response", value.isNull ? nil : value)
            object.set("count", value.isNull ? 0 : 1)
        case .list(let items):
            object.set("response", JSON.array(items))
            object.set("count", items.count)
        case .page(let items, let total):
            object.set("response", JSON.array(items))
            object.set("count", items.count)
            object.set("total", total)
        case .renderedPage(let rendering, let total):
            object.set("response", rendering.response)
            object.set("count", rendering.subjects.count)
            object.set("total", total)
        case .stream(let items):
            object.set("response", JSON.array(items))
            object.set("count", 1)
        case .void:
            object.set("count", 0)
        }
        object.set("links", links(href: href, method: method))
        object.set("status", 0)
        object.set("statusCode", 200)
        return .object(object)
    }

    static func links(href: String, method: String) -> JSON {
        .array([.object(JSONObject([("href", .string(href)), ("action", .string(method))]))])
    }

    /// The error envelope. `type`/`stack` are `null` and `hresult` 0 for the exceptions the
    /// server writes without a stack trace (authentication, custom HTTP).
    static func error(message: String, type: String?, stack: String?, hresult: Int, statusCode: Int) -> JSON {
        var error = JSONObject()
        error.set("message", .string(message))
        error.set("type", type.map(JSON.string) ?? .null)
        error.set("stack", stack.map(JSON.string) ?? .null)
        error.set("hresult", .int(hresult))
        return .object(JSONObject([("error", .object(error)), ("status", .int(1)), ("statusCode", .int(statusCode))]))
    }

    static func validation(_ issues: [ValidationIssue], href: String, method: String) -> JSON {
        var errors = JSONObject()
        for issue in issues {
            let existing = errors[issue.key]?.arrayValue ?? []
            errors.set(issue.key, JSON.array(existing + [.string(issue.message)]))
        }
        let traceID =
            "00-" + GUID.random().replacingOccurrences(of: "-", with: "")
            + "-" + String(GUID.random().replacingOccurrences(of: "-", with: "").prefix(16)) + "-00"
        let problem = JSONObject([
            ("type", .string("https://tools.ietf.org/html/rfc9110#section-15.5.1")),
            ("title", .string("One or more validation errors occurred.")),
            ("status", .int(400)),
            ("errors", .object(errors)),
            ("traceId", .string(traceID)),
        ])
        var object = JSONObject()
        object.set("response", JSON.object(problem))
        object.set("count", 1)
        object.set("links", links(href: href, method: method))
        object.set("status", 1)
        object.set("statusCode", 400)
        return .object(object)
    }
}
