import Foundation

/// Whose files and folders this process uses: the effective user's, and — only after
/// `--trust-foreign-home` — the one other user who owns the home it was given (root under
/// `sudo -E`). Anyone else's file is refused, whatever its mode: a file another user owns can
/// be rewritten by them at any time (ssh's rule for its own files).
public enum FileOwners {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var trustedOther: uid_t?

    /// Accepts `uid`'s files too, for the rest of the run.
    public static func trust(_ uid: uid_t) {
        lock.withLock { trustedOther = uid }
    }

    public static func isTrusted(_ uid: uid_t) -> Bool {
        uid == geteuid() || lock.withLock { trustedOther == uid }
    }

    /// Whether a folder owned by `uid` may hold our files: ours, a trusted user's, or root's
    /// (`/`, `/tmp`, `/home` belong to root).
    static func mayHoldOurFiles(_ uid: uid_t) -> Bool {
        uid == 0 || isTrusted(uid)
    }
}
