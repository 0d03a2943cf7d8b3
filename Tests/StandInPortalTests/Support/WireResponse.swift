import Foundation

/// One HTTP answer as the tests see it: status, headers, raw body, and the body parsed with
/// `JSONSerialization` (deliberately not the app's client types).
struct WireResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The top-level JSON object, or an empty dictionary.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) as? [String: Any] ?? [:]
    }

    var isJSON: Bool {
        (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil
    }

    /// `response` as an object.
    var person: [String: Any] { object["response"] as? [String: Any] ?? [:] }

    /// `response` as an array of objects.
    var people: [[String: Any]] { object["response"] as? [[String: Any]] ?? [] }

    /// `error.message`.
    var errorMessage: String? { (object["error"] as? [String: Any])?["message"] as? String }

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}
