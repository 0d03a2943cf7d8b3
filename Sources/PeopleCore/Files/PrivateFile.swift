import Foundation

/// Every file this tool reads or writes — config, token files, the activity and audit logs,
/// exports and results — goes through here, so one rule holds for all of them on a shared
/// host: the file is opened without following a symbolic link (`O_NOFOLLOW`, so a link
/// planted in its place cannot send a write to another file), then the open descriptor is
/// checked with `fstat` — a regular file, owned by this user, not writable by group or others
/// (nor readable, for secrets and logs) — and read or written through that same descriptor,
/// so nothing can be swapped between the check and the use. Its folder is checked too
/// (`PrivateFolder`).
public enum PrivateFile {
    /// Who besides the owner may read the file (nobody but the owner may ever write it).
    public enum Privacy: Equatable, Sendable {
        /// Tokens and logs: the owner alone.
        case ownerOnly
        /// The config file: others may read it (it holds no secret).
        case othersMayRead
    }

    /// The whole file, read through the descriptor that was checked. At most `limit` bytes.
    public static func read(_ path: String, as noun: String, privacy: Privacy, limit: Int) throws(FileRefusal) -> Data {
        try PrivateFolder.checkAncestors(of: path, for: noun)
        // O_NONBLOCK: a FIFO planted in place of the file must not block the open; it is
        // refused below as not a regular file.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw failure(errno, noun, path) }
        defer { close(fd) }
        let info = try check(fd, path, as: noun, privacy: privacy)
        guard info.st_size <= limit else { throw FileRefusal(noun, path, .tooLarge(limit: limit)) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno, noun, path)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            // It may grow while being read: the limit holds for what is read, not what fstat said.
            if data.count > limit { throw FileRefusal(noun, path, .tooLarge(limit: limit)) }
        }
    }

    /// Opens a log for appending, creating it (0600) and its folder (0700) when missing. The
    /// caller owns the returned descriptor.
    public static func openForAppending(_ path: String, as noun: String) throws(FileRefusal) -> Int32 {
        try PrivateFolder.ensure(PrivateFolder.parent(of: path), for: noun)
        // Root appends to a log that exists in a trusted user's folder, but never creates one.
        let foreign = PrivateFolder.foreignFolder(atOrAbove: PrivateFolder.parent(of: path))
        let fd = open(
            path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (foreign == nil ? O_CREAT : 0), 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT, let (folder, owner) = foreign {
                throw FileRefusal(noun, path, .rootInForeignFolder(folder: folder, owner: owner))
            }
            throw failure(code, noun, path)
        }
        do {
            _ = try check(fd, path, as: noun, privacy: .ownerOnly)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Writes `contents` to a new file (0600) at `path`; a file already there is never
    /// overwritten and never followed.
    public static func create(_ path: String, with contents: Data, as noun: String) throws(FileRefusal) {
        try create(path, as: noun) { fd in writeAll(contents, to: fd) }
    }

    /// Creates a new file (0600) at `path` and fills it with `write`, which returns the error
    /// number when it fails (the half-written file is then removed).
    public static func create(_ path: String, as noun: String, writing write: (Int32) -> Int32?) throws(FileRefusal) {
        let fd = try openNew(path, as: noun)
        defer { close(fd) }
        if let code = write(fd) {
            unlink(path)
            throw failure(code, noun, path)
        }
    }

    /// Creates a new file (0600) at `path`, never over one already there and never through a
    /// link, and answers its descriptor (the caller's to close): for a file written a piece at
    /// a time as a run goes, such as an import's results.
    public static func openNew(_ path: String, as noun: String) throws(FileRefusal) -> Int32 {
        try PrivateFolder.requireRootMayCreate(path, for: noun)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            // ENOENT here is a missing folder, not a missing file: say the system's words.
            let code = errno
            throw code == ENOENT
                ? FileRefusal(noun, path, .system(String(cString: strerror(code)))) : failure(code, noun, path)
        }
        // New, so ours; checked all the same, as every file we open is.
        do {
            try check(fd, path, as: noun, privacy: .ownerOnly)
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        return fd
    }

    /// Replaces the file at `path` with `contents` (0600) in one step: written to a new
    /// file beside it, then renamed over it, in a folder of ours (created 0700 if missing).
    public static func replace(_ path: String, with contents: Data, as noun: String) throws(FileRefusal) {
        try PrivateFolder.ensure(PrivateFolder.parent(of: path), for: noun)
        let temporary = path + ".tmp-\(getpid())"
        try create(temporary, with: contents, as: noun)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code, noun, path)
        }
    }

    /// Writes the whole of `data`; the error number when it could not.
    public static func writeAll(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: fd) }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let n = Foundation.write(fd, base + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += n
        }
        return nil
    }

    /// The open file must be a regular file of ours that nobody else may write (or read).
    @discardableResult
    private static func check(_ fd: Int32, _ path: String, as noun: String, privacy: Privacy) throws(FileRefusal)
        -> stat
    {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(errno, noun, path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw FileRefusal(noun, path, .notRegularFile) }
        guard FileOwners.isTrusted(info.st_uid) else { throw FileRefusal(noun, path, .foreignOwner(uid: info.st_uid)) }
        let forbidden: mode_t = privacy == .ownerOnly ? 0o077 : 0o022
        guard info.st_mode & forbidden == 0 else {
            throw FileRefusal(noun, path, .tooOpen(mode: info.st_mode & 0o7777, owner: info.st_uid, privacy: privacy))
        }
        return info
    }

    private static func failure(_ code: Int32, _ noun: String, _ path: String) -> FileRefusal {
        switch code {
        case ENOENT: FileRefusal(noun, path, .missing)
        case EEXIST: FileRefusal(noun, path, .alreadyExists)
        // O_NOFOLLOW's answer when the last part of the path is a link.
        case ELOOP: FileRefusal(noun, path, .symbolicLink)
        default: FileRefusal(noun, path, .system(String(cString: strerror(code))))
        }
    }

    /// Writes files the admin asks for from the terminal UI (results, exports). They list
    /// people and e-mails, so they are new files readable by their owner only (0600), and a
    /// file that exists already is never overwritten: a typo must not destroy yesterday's
    /// export. `~` is `home` (`$HOME` by default) and a relative path is in `directory` (the
    /// working directory by default). Returns why it failed, in words that name the file or
    /// its folder by absolute path, or `nil` when the file is there.
    @concurrent
    public static func write(
        _ contents: String, to path: String, home: String = HomePath.current,
        directory: String = FileManager.default.currentDirectoryPath
    ) async -> String? {
        guard !path.isEmpty else { return "no file name given" }
        let absolute = absolutePath(path, home: home, directory: directory)
        do {
            // Written from the string's own UTF-8 storage: an export of a big portal is not
            // copied once more on its way to the disk.
            var text = contents
            try create(absolute, as: "file") { fd in
                text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: fd) }
            }
            return nil
        } catch {
            if error.reason == .alreadyExists { return "\(absolute) already exists (pick another name)" }
            if case .system(let message) = error.reason {
                // Most failures here are the folder's: missing, not a folder, not writable.
                let folder = (absolute as NSString).deletingLastPathComponent
                return "cannot create \((absolute as NSString).lastPathComponent) in \(folder): \(message)"
            }
            return error.description
        }
    }

    /// Adds `text` to the file at `path` (`~` and a relative path as `write` takes them):
    /// `creating` makes it new (0600, never over a file already there), else it is opened for
    /// appending with the same checks as a log. Why it failed, or `nil`.
    public static func append(_ text: String, to path: String, creating: Bool) -> String? {
        let absolute = absolutePath(path)
        do {
            let fd =
                creating
                ? try openNew(absolute, as: "results file") : try openForAppending(absolute, as: "results file")
            defer { close(fd) }
            if let code = writeAll(Data(text.utf8), to: fd) { return "\(absolute): \(String(cString: strerror(code)))" }
            return nil
        } catch {
            if error.reason == .alreadyExists { return "\(absolute) already exists (pick another name)" }
            return error.description
        }
    }

    /// The file `path` names, as an absolute path: `~` expanded with `home`, a relative path
    /// joined to `directory`, `.` and `..` resolved (without following links). What the
    /// messages say, so the admin knows where the file went whatever the working directory.
    public static func absolutePath(
        _ path: String, home: String = HomePath.current,
        directory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        let expanded = HomePath.expand(path, home: home)
        let joined = expanded.hasPrefix("/") ? expanded : (directory as NSString).appendingPathComponent(expanded)
        return URL(fileURLWithPath: joined).standardized.path
    }
}
