import Foundation

/// The one way the tmux harnesses wait for the screen: poll `capture-pane` until a condition
/// holds, then until the frame has settled.
///
/// Why settle: ncurses may send a large frame (a dialog over the list) in several writes, and
/// tmux can be captured between two of them — CI once caught an export dialog whose lower half
/// was still the list, so the path the test looked for was not there yet. After the condition
/// first holds, the screen is captured again until two captures in a row are the same and
/// still satisfy it. A screen that never stops changing (a spinner) is returned as it is after
/// `settleLimit`; if the condition stops holding while settling, the last frame that held is
/// returned (a condition true for a moment, "loading 1 s", must not be missed).
enum ScreenWait {
    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); screen:\n\(screen)" }
    }

    static let pollInterval: TimeInterval = 0.05
    static let settleInterval: TimeInterval = 0.03
    static let settleLimit: TimeInterval = 1

    static func until(
        _ what: String, timeout: TimeInterval, capture: () throws -> String,
        _ condition: (String) throws -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try capture()
            if try condition(last) { return try settle(from: last, capture: capture, condition) }
            Thread.sleep(forTimeInterval: pollInterval)
        }
        throw Timeout(what: what, screen: last)
    }

    /// The screen once two captures in a row agree (or the last one after `settleLimit`, or
    /// the last that satisfied the condition).
    private static func settle(
        from first: String, capture: () throws -> String,
        _ condition: (String) throws -> Bool
    ) throws -> String {
        let limit = Date().addingTimeInterval(settleLimit)
        var previous = first
        while Date() < limit {
            Thread.sleep(forTimeInterval: settleInterval)
            let next = try capture()
            // The screen moved on (a counter ticked past what was waited for): the last frame
            // that satisfied the condition is the answer, as it was before settling existed.
            guard try condition(next) else { return previous }
            if next == previous { return next }
            previous = next
        }
        return previous
    }
}
