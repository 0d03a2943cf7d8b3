import Foundation

/// A leading `~` the way a shell expands it: with `$HOME`. Foundation's `expandingTildeInPath`
/// reads the password database instead, which sends an export to root's home under `sudo -E`,
/// in a container or on a shared admin account whose `$HOME` points elsewhere.
public enum HomePath {
    /// `$HOME` when set and not empty, else the password database's home.
    public static var current: String {
        ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `~` and `~/…` with `home`; `~user/…` from the password database; anything else unchanged.
    public static func expand(_ path: String, home: String = HomePath.current) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return (home as NSString).appendingPathComponent(String(path.dropFirst(2))) }
        if path.hasPrefix("~") { return (path as NSString).expandingTildeInPath }
        return path
    }
}
