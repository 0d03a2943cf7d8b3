import DocSpaceAPI
import Foundation
import PeopleCore

/// The activity log: one line per request the client sent — time, portal, method, path,
/// status or failure, duration — in `$XDG_STATE_HOME/docspace-people/activity.log` (mode 0600).
/// It is what to read when something went wrong ("what did it actually send?").
///
/// It never holds a token, key or password: a `RequestEvent` carries no header and no body,
/// and failures are already scrubbed by the client. A line cannot be forged: the path is
/// written percent-encoded as it went over the wire (never decoded), and no field can hold a
/// line break or another control character (`LogField`). Writing never fails a command: a log that
/// cannot be written is skipped.
final class ActivityLog: @unchecked Sendable {
    private let path: String
    private let portal: String
    private let lock = NSLock()
    private var fd: Int32?
    /// The log was refused once: not asked again on every request of the run.
    private var refused = false
    /// Past this size the log is moved to `activity.log.1` and started again.
    static let maxBytes: UInt64 = 5 * 1024 * 1024

    init(directory: String, portal: String) {
        path = (directory as NSString).appendingPathComponent("activity.log")
        self.portal = portal
    }

    deinit { if let fd { close(fd) } }

    func record(_ event: RequestEvent) {
        let outcome = event.status.map { "\($0)" } ?? event.failure.map { "failed: \($0)" } ?? "-"
        let retry = event.attempt > 0 ? " retry \(event.attempt)" : ""
        lock.lock()
        defer { lock.unlock() }
        let line =
            "\(LogTimestamp.string(from: Date())) \(LogField.escaped(portal)) \(event.method) "
            + "\(LogField.escaped(event.target)) \(LogField.escaped(outcome)) \(Int(event.duration * 1000)) ms\(retry)\n"
        guard let fd = openLog() else { return }
        _ = PrivateFile.writeAll(Data(line.utf8), to: fd)
    }

    /// The log, opened once per run: a link or someone else's file in its place is refused
    /// (`PrivateFile`), and then nothing is logged.
    private func openLog() -> Int32? {
        if let fd { return fd }
        if refused { return nil }
        guard var opened = try? PrivateFile.openForAppending(path, as: "activity log") else {
            refused = true
            return nil
        }
        var info = stat()
        if fstat(opened, &info) == 0, UInt64(info.st_size) > Self.maxBytes {
            // Renaming moves whatever is at the path (never follows a link), and the new log
            // is opened with the same checks.
            close(opened)
            _ = rename(path, path + ".1")
            guard let fresh = try? PrivateFile.openForAppending(path, as: "activity log") else {
                refused = true
                return nil
            }
            opened = fresh
        }
        fd = opened
        return opened
    }
}
