import Foundation

/// Reads and writes files that hold a token, with ssh's rule: a secret file readable or
/// writable by anyone but its owner is refused, and the message says how to fix it.
public enum SecretFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing(path: String)
        case tooOpen(path: String, mode: String)
        case unreadable(path: String, reason: String)
        case empty(path: String)
        case unwritable(path: String, reason: String)

        public var description: String {
            switch self {
            case .missing(let path):
                "token file \(path) does not exist (run `docspace-people login` to create it)"
            case .tooOpen(let path, let mode):
                "token file \(path) has mode \(mode): it must be readable by you alone. Fix it with: chmod 600 \(path)"
            case .unreadable(let path, let reason):
                "cannot read token file \(path): \(reason)"
            case .empty(let path):
                "token file \(path) is empty"
            case .unwritable(let path, let reason):
                "cannot write token file \(path): \(reason)"
            }
        }
    }

    /// The token in `path`, first line, trimmed. Refused unless the mode is 0600 or stricter.
    public static func read(_ path: String) throws(Failure) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let permissions = info.st_mode & 0o777
        guard permissions & 0o077 == 0 else {
            throw .tooOpen(path: path, mode: String(permissions, radix: 8).leftPadded(to: 4))
        }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not a UTF-8 text file")
        }
        let token = text.split(whereSeparator: \.isNewline).first.map {
            $0.trimmingCharacters(in: .whitespaces)
        } ?? ""
        guard !token.isEmpty else { throw .empty(path: path) }
        return token
    }

    /// Writes `secret` to `path` with mode 0600, creating the folder (0700) if needed. The file
    /// is created with the right mode from the start, never chmod-ed after being written.
    public static func write(_ secret: String, to path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unwritable(path: path, reason: "cannot create \(folder)")
        }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, 0o600)
        guard fd >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array((secret + "\n").utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path: path, reason: reason)
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
