import Foundation
import PeopleCore

extension SavedViews {
    /// The config file's views; `opening` must be one of them (`--view NAME`).
    static func fromConfig(
        opening: String?, _ request: ConnectionRequest,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CLIFailure) -> SavedViews {
        let config = try ConnectionResolver(environment: environment).loadConfig(request)
        if let opening, config.views[opening] == nil {
            throw .usage(SavedViews.unknown(opening, known: config.views.keys.sorted()))
        }
        return SavedViews(views: config.views, opening: opening)
    }

    /// "no view "x" in the config file (known: a, b)".
    static func unknown(_ name: String, known: [String]) -> String {
        "no view \"\(name)\" in the config file"
            + (known.isEmpty
                ? " (it has none; add a [views.NAME] table, or save one with :view-save NAME in the terminal UI)"
                : " (known: \(known.joined(separator: ", ")))")
    }
}
