import Foundation

/// Query parameters, looked up case-insensitively and possibly repeated
/// (`employeeTypes=1&employeeTypes=4`), as ASP.NET binds them.
struct QueryParameters: Sendable {
    private var items: [(name: String, value: String)] = []

    init(rawQuery: String) {
        for pair in rawQuery.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            items.append((name: name.lowercased(), value: value))
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return items.first { $0.name == lowered }?.value
    }

    func all(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return items.filter { $0.name == lowered }.map(\.value)
    }

    /// A non-empty value, or `nil`.
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name], !value.isEmpty else { return nil }
        return value
    }
}
