import Foundation

/// The folders that hold our files. A folder this tool creates is 0700 whatever the umask
/// (the XDG rule; `~/.local` was 0777 under umask 000), and one that exists already must be
/// a real folder (not a symbolic link), ours, and writable by us alone. The folders above it
/// must be ours or root's and not writable by others unless sticky (`/tmp`): otherwise
/// someone else could rename our folder away and put theirs in its place.
public enum PrivateFolder {
    /// Makes sure `path` is a folder of ours, creating it and the folders missing above it
    /// (0700). `noun` names the file it is for, in errors.
    public static func ensure(_ path: String, for noun: String) throws(FileRefusal) {
        var info = stat()
        if lstat(path, &info) == 0 {
            try checkOwn(path, info, for: "folder of the \(noun)")
            try checkAncestors(of: path, for: noun)
            return
        }
        guard errno == ENOENT else { throw FileRefusal(noun, path, .system(String(cString: strerror(errno)))) }
        try create(path, for: noun)
    }

    /// Checks the folders a file at `path` is reached through (the file's own folder and every
    /// one above it), following symbolic links: a link to a folder of ours is fine.
    public static func checkAncestors(of path: String, for noun: String) throws(FileRefusal) {
        var folder = parent(of: absolute(path))
        while true {
            var info = stat()
            guard stat(folder, &info) == 0 else {
                // No folder, no file: the same answer as a missing file.
                if errno == ENOENT { throw FileRefusal(noun, path, .missing) }
                throw FileRefusal(noun, path, .system("\(folder): \(String(cString: strerror(errno)))"))
            }
            guard FileOwners.mayHoldOurFiles(info.st_uid) else {
                throw FileRefusal(noun, path, .foreignFolder(folder: folder, owner: info.st_uid))
            }
            if info.st_mode & 0o022 != 0 && info.st_mode & mode_t(S_ISVTX) == 0 {
                throw FileRefusal(noun, path, .openFolder(folder: folder, mode: info.st_mode & 0o7777))
            }
            let up = parent(of: folder)
            if up == folder { return }
            folder = up
        }
    }

    /// The folder `path` is in (`/` for `/`, `.` for a bare name).
    static func parent(of path: String) -> String {
        // Foundation traps on `"".deletingLastPathComponent`.
        guard !path.isEmpty, path != "." else { return "." }
        let parent = (path as NSString).deletingLastPathComponent
        if parent.isEmpty { return path.hasPrefix("/") ? "/" : "." }
        return parent
    }

    /// `path` from the working folder when relative, so that walking up reaches `/`.
    public static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Under root, the first folder from `folder` up that another user owns: root creates
    /// nothing below it. A file or folder made there would be root's in that user's space —
    /// `sudo -E` left root-owned `~/.local/state` behind, and the user's own runs could then
    /// not write their audit log.
    static func foreignFolder(atOrAbove folder: String) -> (folder: String, owner: uid_t)? {
        guard geteuid() == 0 else { return nil }
        var current = absolute(folder)
        while true {
            var info = stat()
            if stat(current, &info) == 0 && info.st_uid != 0 { return (current, info.st_uid) }
            let up = parent(of: current)
            if up == current { return nil }
            current = up
        }
    }

    /// Refuses when root would create `path` below another user's folder.
    static func requireRootMayCreate(_ path: String, for noun: String) throws(FileRefusal) {
        if let (folder, owner) = foreignFolder(atOrAbove: parent(of: path)) {
            throw FileRefusal(noun, path, .rootInForeignFolder(folder: folder, owner: owner))
        }
    }

    private static func create(_ path: String, for noun: String) throws(FileRefusal) {
        let above = parent(of: path)
        var info = stat()
        if stat(above, &info) != 0 {
            guard errno == ENOENT, above != path else {
                throw FileRefusal(noun, path, .system("\(above): \(String(cString: strerror(errno)))"))
            }
            try create(above, for: noun)
            guard stat(above, &info) == 0 else {
                throw FileRefusal(noun, path, .system("\(above): \(String(cString: strerror(errno)))"))
            }
        } else {
            try checkAncestors(of: path, for: noun)
        }
        try requireRootMayCreate(path, for: noun)
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw FileRefusal(noun, path, .system("cannot create the folder: \(String(cString: strerror(errno)))"))
        }
        // The umask may have taken bits away (never added any): set exactly 0700 on the folder
        // itself, through a descriptor that cannot be a planted link.
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw FileRefusal(noun, path, errno == ELOOP ? .symbolicLink : .system(String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var created = stat()
        guard fstat(fd, &created) == 0 else { throw FileRefusal(noun, path, .system(String(cString: strerror(errno)))) }
        try checkOwner(path, created, for: "folder of the \(noun)")
        if created.st_mode & 0o7777 != 0o700 { _ = fchmod(fd, 0o700) }
    }

    private static func checkOwn(_ path: String, _ info: stat, for noun: String) throws(FileRefusal) {
        if info.st_mode & S_IFMT == S_IFLNK { throw FileRefusal(noun, path, .symbolicLink) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw FileRefusal(noun, path, .notFolder) }
        try checkOwner(path, info, for: noun)
        guard info.st_mode & 0o022 == 0 else {
            throw FileRefusal(
                noun, path, .tooOpen(mode: info.st_mode & 0o7777, owner: info.st_uid, privacy: .othersMayRead))
        }
    }

    private static func checkOwner(_ path: String, _ info: stat, for noun: String) throws(FileRefusal) {
        guard FileOwners.isTrusted(info.st_uid) else { throw FileRefusal(noun, path, .foreignOwner(uid: info.st_uid)) }
    }
}
