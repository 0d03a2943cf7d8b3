import Foundation

/// Where a file name the admin types points: relative names from the working directory, `~`
/// from `$HOME`. The front end reads both once at start, so that `update` (which does no I/O)
/// can name a file by its absolute path before it is written, the same path the runner's
/// `PrivateFile.absolutePath` resolves.
public struct FileBase: Sendable, Equatable {
    public var home: String
    public var directory: String

    public init(home: String, directory: String) {
        self.home = home
        self.directory = directory
    }

    /// The process's own: `$HOME` and the working directory.
    public static var current: FileBase {
        FileBase(home: HomePath.current, directory: FileManager.default.currentDirectoryPath)
    }

    /// `name` as an absolute path, `.` and `..` resolved.
    public func absolute(_ name: String) -> String {
        PrivateFile.absolutePath(name, home: home, directory: directory)
    }
}
