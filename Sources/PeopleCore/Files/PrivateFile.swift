import Foundation

/// Writes files the admin asks for from the terminal UI (results, exports). They list people
/// and e-mails, so they are created readable by their owner only (0600), and a file that
/// exists already is never overwritten: a typo must not destroy yesterday's export.
public enum PrivateFile {
    /// Writes `contents` to a new file at `path` (`~` is `home`, `$HOME` by default). Returns
    /// why it failed, in words, or `nil` when the file is there.
    @concurrent
    public static func write(_ contents: String, to path: String, home: String = HomePath.current) async -> String? {
        let expanded = HomePath.expand(path, home: home)
        guard !expanded.isEmpty else { return "no file name given" }
        let fd = open(expanded, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == EEXIST { return "\(path) already exists (pick another name)" }
            return "\(path): \(String(cString: strerror(code)))"
        }
        defer { close(fd) }
        // Written from the string's own UTF-8 storage: an export of a big portal is not
        // copied once more on its way to the disk.
        var text = contents
        let failure: Int32? = text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let code = failure {
            unlink(expanded)
            return "\(path): \(String(cString: strerror(code)))"
        }
        return nil
    }
}
