import Foundation

/// Why a file or folder of ours was not used, in words that say what to do about it.
public struct FileRefusal: Error, Equatable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case missing
        case alreadyExists
        /// The last part of the path is a symbolic link: following it could reach any file.
        case symbolicLink
        case notRegularFile
        case notFolder
        /// Owned by another user than the one running this tool.
        case foreignOwner(uid: uid_t)
        /// Group or others may write it, or read it when it is the owner's alone.
        case tooOpen(mode: mode_t, owner: uid_t, privacy: PrivateFile.Privacy)
        /// A folder on the way is writable by others and not sticky: its files can be swapped.
        case openFolder(folder: String, mode: mode_t)
        /// A folder on the way belongs to someone other than this user or root.
        case foreignFolder(folder: String, owner: uid_t)
        /// Root would create a file or folder inside a folder another user owns (`sudo -E`).
        case rootInForeignFolder(folder: String, owner: uid_t)
        case tooLarge(limit: Int)
        case system(String)
    }

    /// What the file is to the user: "token file", "config file", "audit log", …
    public var noun: String
    public var path: String
    public var reason: Reason

    public init(_ noun: String, _ path: String, _ reason: Reason) {
        self.noun = noun
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            "\(noun) \(path) does not exist"
        case .alreadyExists:
            "\(path) already exists (pick another name)"
        case .symbolicLink:
            "\(noun) \(path) is a symbolic link: refusing to follow it (a link planted there could point at any file); use the file itself"
        case .notRegularFile:
            "\(noun) \(path) is not a regular file"
        case .notFolder:
            "\(path) is not a folder"
        case .foreignOwner(let uid):
            "\(noun) \(path) belongs to \(Self.userName(uid)), not to you (\(Self.userName(geteuid()))): refusing to use it, as ssh does"
        case .tooOpen(let mode, let owner, let privacy):
            "\(noun) \(path) has mode \(Self.octal(mode)): it must be "
                + (privacy == .ownerOnly ? "readable by you alone. " : "writable by you alone. ")
                // The fix is offered only to the file's owner: advising root to chmod a
                // system file, or anyone to chmod a file of someone else, is wrong advice.
                + (owner == geteuid()
                    ? "Fix it with: chmod \(privacy == .ownerOnly ? "600" : "go-w") \(path)"
                    : "It belongs to \(Self.userName(owner)); only they can fix it")
        case .openFolder(let folder, let mode):
            "\(noun) \(path) is in \(folder), which others may write to (mode \(Self.octal(mode))): its files could be swapped; refusing to use it"
        case .foreignFolder(let folder, let owner):
            "\(noun) \(path) is in \(folder), which belongs to \(Self.userName(owner)): refusing to use it, as ssh does"
        case .rootInForeignFolder(let folder, let owner):
            "not creating \(noun) \(path): running as root, and \(folder) belongs to \(Self.userName(owner)) — a file or folder made there would be root's, in their space"
        case .tooLarge(let limit):
            "\(noun) \(path) is larger than \(limit) bytes; refusing to read it"
        case .system(let message):
            "\(noun) \(path): \(message)"
        }
    }

    /// `alice (uid 1000)`, or `uid 1000` when the password database has no name for it.
    public static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return "\(String(cString: name)) (uid \(uid))"
    }

    private static func octal(_ mode: mode_t) -> String {
        let text = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}
