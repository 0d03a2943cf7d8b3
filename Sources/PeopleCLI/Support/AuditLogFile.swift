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
        let fd: Int32
        do {
            fd = try PrivateFile.openForAppending(path, as: "audit log")
        } catch {
            Console.error("docspace-people: audit line not written: \(error)")
            return
        }
        defer { close(fd) }
        // One write() per line: O_APPEND keeps lines whole even with two processes writing.
        if let code = PrivateFile.writeAll(line, to: fd) {
            Console.error("docspace-people: the audit log \(path) is incomplete: \(String(cString: strerror(code)))")
        }
    }

    /// The log can grow for years; past this it is not read whole.
    static let readLimit = 512 * 1024 * 1024

    /// Every entry, oldest first, or none when the log cannot be read (`readEntries` says why).
    func entries() -> (entries: [AuditEntry], unreadable: Int) {
        (try? readEntries()) ?? ([], 0)
    }

    /// Every entry, oldest first; lines that do not parse are reported, not hidden. No log
    /// yet is no entries; a log that is not ours (a planted link, another user's file) is
    /// refused.
    func readEntries() throws(FileRefusal) -> (entries: [AuditEntry], unreadable: Int) {
        let data: Data
        do {
            data = try PrivateFile.read(path, as: "audit log", privacy: .ownerOnly, limit: Self.readLimit)
        } catch {
            if error.reason == .missing { return ([], 0) }
            throw error
        }
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
