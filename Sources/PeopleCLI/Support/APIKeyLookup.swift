import DocSpaceAPI
import Foundation

/// Names API keys as the command line takes them: by id, or by the last four characters the
/// portal shows (`sk-***77aa` or `77aa`) when only one key of the portal ends so.
enum APIKeyLookup {
    /// Each name's key, or why it names none; `keys` is the portal's listing.
    static func match(_ names: [String], in keys: [APIKey]) -> [(input: String, key: APIKey?, problem: String?)] {
        names.map { name in
            let wanted = name.lowercased()
            if let key = keys.first(where: { $0.id.lowercased() == wanted }) { return (name, key, nil) }
            let tail = wanted.hasPrefix("sk-***") ? String(wanted.dropFirst(6)) : wanted
            let ending = keys.filter { $0.maskedKey.lowercased().hasSuffix(tail) && tail.count >= 4 }
            switch ending.count {
            case 1: return (name, ending[0], nil)
            case 0: return (name, nil, "no such API key among those the portal shows you")
            default: return (name, nil, "\(ending.count) keys end so: name it by its id (keys list PERSON)")
            }
        }
    }

    /// `2025-06-15 10:30` from the portal's text, or "never".
    static func shortDate(_ date: APIDate?, none: String) -> String {
        guard let text = date?.text, text.count >= 16 else { return none }
        return String(text.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
