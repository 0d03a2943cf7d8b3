import Foundation

/// Writes files the admin asks for from the terminal UI (results, exports). They list people
/// and e-mails, so they are created readable by their owner only (0600), and a file that
/// exists already is never overwritten: a typo must not destroy yesterday's export.
public enum PrivateFile {
    /// Writes `contents` to a new file at `path` (`~` is `home`, `$HOME` by default; a
    /// relative path is in `directory`, the working directory by default). Returns why it
    /// failed, in words that name the file or its folder by absolute path, or `nil` when the
    /// file is there.
    @concurrent
    public static func write(_ contents: String, to path: String, home: String = HomePath.current,
                             directory: String = FileManager.default.currentDirectoryPath) async -> String? {
        guard !path.isEmpty else { return "no file name given" }
        let absolute = absolutePath(path, home: home, directory: directory)
        let fd = open(absolute, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == EEXIST { return "\(absolute) already exists (pick another name)" }
            // Most failures here are the folder's: missing, not a folder, not writable.
            let folder = (absolute as NSString).deletingLastPathComponent
            return "cannot create \((absolute as NSString).lastPathComponent) in \(folder): \(String(cString: strerror(code)))"
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
            unlink(absolute)
            return "\(absolute): \(String(cString: strerror(code)))"
        }
        return nil
    }

    /// The file `path` names, as an absolute path: `~` expanded with `home`, a relative path
    /// joined to `directory`, `.` and `..` resolved (without following links). What the
    /// messages say, so the admin knows where the file went whatever the working directory.
    public static func absolutePath(_ path: String, home: String = HomePath.current,
                                    directory: String = FileManager.default.currentDirectoryPath) -> String {
        let expanded = HomePath.expand(path, home: home)
        let joined = expanded.hasPrefix("/") ? expanded : (directory as NSString).appendingPathComponent(expanded)
        return URL(fileURLWithPath: joined).standardized.path
    }
}
