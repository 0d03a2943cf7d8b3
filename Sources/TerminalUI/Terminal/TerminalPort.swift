import PeopleCore

/// What the loop needs from a terminal: somewhere to draw, events in (keys, resizes,
/// signals, the end of input), and the bell and type-ahead flush out. `TerminalDevice` is the
/// real one over ncurses; tests drive the very same loop through one in memory.
@MainActor
protocol TerminalPort: AnyObject {
    var screen: any Screen { get }
    var size: TerminalSize { get }
    /// Starts delivering events, on the main actor.
    func start(_ handler: @escaping (TerminalEvent) -> Void)
    func flushTypeAhead()
    func beep()
    /// Sets the terminal's clipboard (OSC 52).
    func copyToClipboard(_ text: String)
    /// Whether the batch of keys being handled should stop (a dialog just flushed type-ahead).
    var shouldDropRestOfBatch: Bool { get }
}

/// What a terminal tells the loop.
enum TerminalEvent: Sendable {
    case keys([Key])
    case resized(TerminalSize)
    /// SIGINT, SIGTERM or SIGHUP: the terminal must be given back and the app must end.
    case signal(Int32)
    /// Standard input reached its end or failed (the terminal went away without a SIGHUP
    /// reaching us): nothing more can be read, so the app must end.
    case inputClosed
}
