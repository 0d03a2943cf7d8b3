import Foundation

/// One People API call before it is sent: method, path under `/api/2.0/`, query, JSON body.
struct Endpoint: Sendable {
    struct QueryItem: Sendable, Hashable {
        var name: String
        var value: String
    }

    var method: HTTPMethod
    /// Already percent-encoded, relative to `/api/2.0/` (e.g. `people/@self`).
    var path: String
    var query: [QueryItem] = []
    var body: Data?

    /// `"GET /api/2.0/people/filter"`: names the call in decoding errors (no query string,
    /// so no e-mail or search text ends up in an error message).
    var route: String { "\(method.rawValue) /api/2.0/\(path)" }

    /// The full URL under `base`, which may carry a path prefix (`https://host/docspace/`).
    func url(relativeTo base: URL) -> URL? {
        var text = base.absoluteString
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        while text.hasSuffix("/") { text.removeLast() }
        text += "/api/2.0/" + path
        if !query.isEmpty {
            text +=
                "?"
                + query.map { "\(PercentEncoding.encode($0.name))=\(PercentEncoding.encode($0.value))" }
                .joined(separator: "&")
        }
        return URL(string: text)
    }

    static func get(_ path: String, query: [QueryItem] = []) -> Endpoint {
        Endpoint(method: .get, path: path, query: query)
    }

    static func post(_ path: String, body: some Encodable) -> Endpoint {
        Endpoint(method: .post, path: path, body: JSONBody.encode(body))
    }

    static func put(_ path: String, body: some Encodable) -> Endpoint {
        Endpoint(method: .put, path: path, body: JSONBody.encode(body))
    }

    static func delete(_ path: String) -> Endpoint {
        Endpoint(method: .delete, path: path)
    }
}

/// JSON request bodies, camelCase as the server binds them.
enum JSONBody {
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain structs of strings, bools and arrays cannot fail to encode.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }
}
