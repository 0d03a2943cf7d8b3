import Foundation
import PeopleCore

/// Where the app keeps its files, following the XDG base directory spec:
/// config (profiles, tokens) under `$XDG_CONFIG_HOME/docspace-people`, state (the audit log)
/// under `$XDG_STATE_HOME/docspace-people`.
public struct AppPaths: Sendable, Equatable {
    public var configDirectory: String
    public var stateDirectory: String

    public init(configDirectory: String, stateDirectory: String) {
        self.configDirectory = configDirectory
        self.stateDirectory = stateDirectory
    }

    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            // The spec says relative paths in these variables are invalid and must be ignored.
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return (home as NSString).appendingPathComponent(fallback)
        }
        configDirectory = (base("XDG_CONFIG_HOME", ".config") as NSString).appendingPathComponent("docspace-people")
        stateDirectory = (base("XDG_STATE_HOME", ".local/state") as NSString).appendingPathComponent("docspace-people")
    }

    public var configFile: String { (configDirectory as NSString).appendingPathComponent("config.toml") }

    /// The file `login` writes a token to, named after the profile (or the portal's host).
    public func tokenFile(named name: String) -> String {
        let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" ? $0 : "_" })
        return ((configDirectory as NSString).appendingPathComponent("tokens") as NSString)
            .appendingPathComponent("\(safe).token")
    }

    /// Expands a leading `~/` the way a shell would.
    public static func expandTilde(_ path: String, home: String) -> String {
        HomePath.expand(path, home: home)
    }
}
