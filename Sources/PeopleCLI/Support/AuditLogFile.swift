import Foundation
import PeopleCore

/// The audit log: JSON lines in `$XDG_STATE_HOME/docspace-people/audit.jsonl` (mode 0600) —
/// time, portal, signed-in user, action, request, the people — a `sent` line before each
/// change request goes out and an `outcome` line with every person's outcome after it (or
/// `outcome unknown` when the app ended first; `AuditEntry.Stage`). `docspace-people audit`
/// prints it.
///
/// Writing is best effort for the command (a full disk must not stop an off-boarding half
/// way), but a failure to write is said on standard error, never swallowed silently.
final class AuditLogFile: AuditRecorder, @unchecked Sendable {
    let path: String
    private let lock = NSLock()

    init(directory: String) {
        path = (directory as NSString).appendingPathComponent("audit.jsonl")
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    func record(_ entry: AuditEntry) {
        guard var line = try? Self.encoder().encode(entry) else { return }
        line.append(0x0A)
        lock.lock()
        defer { lock.unlock() }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else {
            Console.error("docspace-people: could not write the audit log \(path): \(String(cString: strerror(errno)))")
            return
        }
        defer { close(fd) }
        // One write() per line: O_APPEND keeps lines whole even with two processes writing.
        let written = line.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        if written != line.count {
            Console.error("docspace-people: the audit log \(path) is incomplete: \(String(cString: strerror(errno)))")
        }
    }

    /// Every entry, oldest first; lines that do not parse are reported, not hidden.
    func entries() -> (entries: [AuditEntry], unreadable: Int) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([], 0) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var entries: [AuditEntry] = []
        var unreadable = 0
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            if let entry = try? decoder.decode(AuditEntry.self, from: Data(line)) {
                entries.append(entry)
            } else {
                unreadable += 1
            }
        }
        return (entries, unreadable)
    }
}
