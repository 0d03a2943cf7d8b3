/// One line of config.toml's `[keys]`, as written: an action's name and the names of its
/// keys (`page_down = ["PgDn", "Ctrl-D"]`). `KeyTable.overridden(by:)` reads them.
public struct KeyOverride: Sendable, Equatable {
    public var action: String
    public var keys: [String]
    /// The line in the file, for the messages.
    public var line: Int

    public init(action: String, keys: [String], line: Int) {
        self.action = action
        self.keys = keys
        self.line = line
    }
}

/// Why the `[keys]` of the config file cannot be used, at which line.
public struct KeyProblem: Error, Equatable, Sendable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
