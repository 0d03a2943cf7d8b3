import DocSpaceAPI
import Foundation

/// The activity log: one line per request the client sent — time, portal, method, path,
/// status or failure, duration — in `$XDG_STATE_HOME/docspace-people/activity.log` (mode 0600).
/// It is what to read when something went wrong ("what did it actually send?").
///
/// It never holds a token, key or password: a `RequestEvent` carries no header and no body,
/// and failures are already scrubbed by the client. Writing never fails a command: a log that
/// cannot be written is skipped.
final class ActivityLog: @unchecked Sendable {
    private let path: String
    private let portal: String
    private let lock = NSLock()
    private var handle: FileHandle?
    /// One formatter, used under the lock: making one per request cost ~5 % of `list --all`.
    private let formatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
    /// Past this size the log is moved to `activity.log.1` and started again.
    static let maxBytes: UInt64 = 5 * 1024 * 1024

    init(directory: String, portal: String) {
        path = (directory as NSString).appendingPathComponent("activity.log")
        self.portal = portal
    }

    deinit { try? handle?.close() }

    func record(_ event: RequestEvent) {
        let outcome = event.status.map { "\($0)" } ?? event.failure.map { "failed: \($0)" } ?? "-"
        let retry = event.attempt > 0 ? " retry \(event.attempt)" : ""
        lock.lock()
        defer { lock.unlock() }
        let line = "\(formatter.string(from: Date())) \(portal) \(event.method) \(event.target) \(outcome) \(Int(event.duration * 1000)) ms\(retry)\n"
        guard let handle = openHandle() else { return }
        handle.write(Data(line.utf8))
    }

    private func openHandle() -> FileHandle? {
        if let handle { return handle }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? UInt64,
           size > Self.maxBytes {
            _ = rename(path, path + ".1")
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else { return nil }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        return handle
    }
}
