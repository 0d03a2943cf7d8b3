import Foundation
import PeopleCore
import Testing

/// The file layer on a shared host: links planted where our files go, files and folders
/// another user owns, modes that let others in. The tests run as root (here and in CI), so
/// "another user" is a temporary folder or file given to `nobody` (65534) with `chown`.
@Suite("Files on a shared host")
struct SharedHostFileTests {
    static let nobody: uid_t = 65534
    static var isRoot: Bool { geteuid() == 0 }

    /// A fresh private folder under the temporary folder.
    private func folder() -> String {
        let path = NSTemporaryDirectory() + "shared-host-\(UUID().uuidString)"
        mkdir(path, 0o700)
        return path
    }

    private func file(_ path: String, _ text: String, mode: mode_t) -> String {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        chmod(path, mode)
        return path
    }

    private func reason(_ body: () throws -> Void) -> FileRefusal.Reason? {
        refusal(body)?.reason
    }

    private func refusal(_ body: () throws -> Void) -> FileRefusal? {
        do {
            try body()
            return nil
        } catch {
            return error as? FileRefusal
        }
    }

    @Test("A log whose path is a planted link is refused, and the file it points at is untouched")
    func plantedLinkInPlaceOfALog() throws {
        let state = folder()
        let victim = file(folder() + "/root-only", "root's\n", mode: 0o600)
        let log = state + "/activity.log"
        symlink(victim, log)
        #expect(reason { _ = try PrivateFile.openForAppending(log, as: "activity log") } == .symbolicLink)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "root's\n")
        #expect(
            reason { _ = try PrivateFile.read(log, as: "audit log", privacy: .ownerOnly, limit: 1024) } == .symbolicLink
        )
    }

    @Test("A planted link in place of the folder itself is refused; nothing is created behind it")
    func plantedLinkInPlaceOfTheFolder() throws {
        let home = folder()
        let elsewhere = folder()
        symlink(elsewhere, home + "/state")
        #expect(
            reason { _ = try PrivateFile.openForAppending(home + "/state/audit.jsonl", as: "audit log") }
                == .symbolicLink)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test(
        "A file another user owns is refused even with mode 0600, and its owner is named",
        .enabled(if: isRoot))
    func foreignOwner() throws {
        let path = file(folder() + "/work.token", "their-token\n", mode: 0o600)
        chown(path, Self.nobody, Self.nobody)
        do {
            _ = try PrivateFile.read(path, as: "token file", privacy: .ownerOnly, limit: 1024)
            Issue.record("another user's file was read")
        } catch {
            #expect(error.reason == .foreignOwner(uid: Self.nobody))
            #expect(error.description.contains("uid 65534"))
            #expect(!error.description.contains("chmod"), "no chmod advice for a file that is not yours")
        }
        // A log they own is not appended to either.
        let log = file(folder() + "/activity.log", "", mode: 0o600)
        chown(log, Self.nobody, Self.nobody)
        #expect(
            reason { _ = try PrivateFile.openForAppending(log, as: "activity log") } == .foreignOwner(uid: Self.nobody))
    }

    @Test(
        "Modes: secrets and logs for the owner alone, the config writable by the owner alone; chmod advice only to the owner"
    )
    func modes() throws {
        let base = folder()
        let token = file(base + "/t.token", "x\n", mode: 0o640)
        let tooOpen = try #require(
            refusal { _ = try PrivateFile.read(token, as: "token file", privacy: .ownerOnly, limit: 1024) })
        #expect(tooOpen.description.contains("chmod 600 \(token)"))
        let config = file(base + "/config.toml", "", mode: 0o644)
        #expect(throws: Never.self) {
            _ = try PrivateFile.read(config, as: "config file", privacy: .othersMayRead, limit: 1024)
        }
        chmod(config, 0o666)
        let open = try #require(
            refusal { _ = try PrivateFile.read(config, as: "config file", privacy: .othersMayRead, limit: 1024) })
        #expect(open.description.contains("chmod go-w"))
        // Someone else's open file (e.g. /etc/shadow, 0640 root:shadow, read by a user): whose it is, no chmod.
        let theirs = FileRefusal(
            "token file", "/etc/shadow", .tooOpen(mode: 0o640, owner: geteuid() &+ 1, privacy: .ownerOnly))
        #expect(!theirs.description.contains("chmod"))
        #expect(theirs.description.contains("only they can fix it"))
    }

    @Test("A folder on the way that others may write to (not sticky) is refused; /tmp's sticky bit is fine")
    func openFolderOnTheWay() throws {
        let shared = folder()
        chmod(shared, 0o777)
        let path = file(shared + "/config.toml", "", mode: 0o644)
        #expect(
            reason { _ = try PrivateFile.read(path, as: "config file", privacy: .othersMayRead, limit: 1024) }
                == .openFolder(folder: shared, mode: 0o777))
        chmod(shared, 0o1777)
        #expect(throws: Never.self) {
            _ = try PrivateFile.read(path, as: "config file", privacy: .othersMayRead, limit: 1024)
        }
    }

    @Test("Our own folder, when it exists, must be ours and writable by us alone", .enabled(if: isRoot))
    func existingFolderChecked() throws {
        let state = folder() + "/docspace-people"
        mkdir(state, 0o777)
        chmod(state, 0o777)
        #expect(
            reason { try PrivateFolder.ensure(state, for: "audit log") }
                == .tooOpen(mode: 0o777, owner: 0, privacy: .othersMayRead))
        chmod(state, 0o700)
        chown(state, Self.nobody, Self.nobody)
        #expect(reason { try PrivateFolder.ensure(state, for: "audit log") } == .foreignOwner(uid: Self.nobody))
    }

    @Test("Folders we create are 0700 and logs 0600, whatever the umask")
    func createdPrivate() throws {
        let base = folder()
        let log = base + "/a/b/state/activity.log"
        // The umask is the process's: set for the shortest time and put back at once.
        let old = umask(0)
        let fd = try PrivateFile.openForAppending(log, as: "activity log")
        umask(old)
        close(fd)
        for path in [base + "/a", base + "/a/b", base + "/a/b/state"] {
            #expect(try mode(path) == 0o700, "\(path)")
        }
        #expect(try mode(log) == 0o600)
    }

    @Test("Root creates nothing inside another user's folder, even one it was told to trust", .enabled(if: isRoot))
    func rootCreatesNothingInAForeignHome() throws {
        // 65533, not nobody: trusting is for the whole process, and other tests refuse nobody.
        let trusted: uid_t = 65533
        FileOwners.trust(trusted)
        let home = folder()
        chown(home, trusted, trusted)
        let log = home + "/.local/state/docspace-people/audit.jsonl"
        #expect(
            reason { _ = try PrivateFile.openForAppending(log, as: "audit log") }
                == .rootInForeignFolder(folder: home, owner: trusted))
        #expect(
            reason { try PrivateFile.replace(home + "/work.token", with: Data("t\n".utf8), as: "token file") }
                == .rootInForeignFolder(folder: home, owner: trusted))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty)
        // A log that user already has is appended to (it stays theirs), never re-created.
        let state = home + "/state"
        mkdir(state, 0o700)
        chown(state, trusted, trusted)
        let existing = file(state + "/activity.log", "", mode: 0o600)
        chown(existing, trusted, trusted)
        let fd = try PrivateFile.openForAppending(existing, as: "activity log")
        close(fd)
    }

    @Test("A FIFO in place of a file is refused without blocking")
    func fifo() {
        let path = folder() + "/config.toml"
        mkfifo(path, 0o600)
        #expect(
            reason { _ = try PrivateFile.read(path, as: "config file", privacy: .othersMayRead, limit: 1024) }
                == .notRegularFile)
    }

    private func mode(_ path: String) throws -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return info.st_mode & 0o7777
    }
}
