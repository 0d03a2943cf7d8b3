/// A line in the status bar that fades after a while (k9s flashes for 6 s).
public struct StatusMessage: Sendable, Equatable {
    public enum Level: Sendable, Equatable, Comparable {
        case info, success, warning, error
    }

    /// What a message is about, when a later event makes it untrue: a listing that failed
    /// is no news once a page has arrived.
    public enum Subject: Sendable, Equatable {
        case listing
    }

    public var text: String
    public var level: Level
    /// When it disappears; errors stay longer than news.
    public var expiresAt: Double
    public var subject: Subject?

    public init(_ text: String, level: Level, expiresAt: Double, about subject: Subject? = nil) {
        self.text = text
        self.level = level
        self.expiresAt = expiresAt
        self.subject = subject
    }

    static func lifetime(of level: Level) -> Double {
        switch level {
        case .info, .success: 6
        case .warning: 8
        case .error: 12
        }
    }

    /// Within its last second a message is drawn dim, so it visibly fades.
    public func isFading(at now: Double) -> Bool { expiresAt - now < 1 }
}
