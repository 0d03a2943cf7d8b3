import Foundation

/// Tokens a sign-in again (after a 401 in the terminal UI) could not save. The session goes
/// on with the new token, and the screen belongs to the UI, so the problem is kept here and
/// said on standard error once the terminal is given back: otherwise the next start would
/// fail with the old token and nobody would know why.
final class TokenSaveProblems: @unchecked Sendable {
    static let shared = TokenSaveProblems()

    private let lock = NSLock()
    private var problems: [String] = []

    func record(path: String, reason: String) {
        lock.withLock { problems.append("the new token could not be saved to \(path): \(reason)") }
    }

    /// Everything recorded, once: each call hands over what came since the last one.
    func take() -> [String] {
        lock.withLock {
            defer { problems = [] }
            return problems
        }
    }
}
