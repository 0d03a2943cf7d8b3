import Foundation
import PeopleCore

/// Writes one `[views.NAME]` table into the config file's text and leaves the rest of it as
/// it was, byte for byte: the other tables, the comments, the blank lines.
///
/// The table's extent is its header line through its last `key = value` line; its header line
/// is kept as written (a comment on it too), its settings are written anew (`ViewKey.lines`),
/// and whole-line comments among them follow the new settings. A view not in the file yet is
/// added at its end. A file that does not parse is never written: the admin's mistake is
/// theirs to see, not ours to overwrite.
enum ViewSectionWriter {
    static func replacing(_ name: String, with view: SavedView, in text: String) throws(ViewSaveRefusal) -> String {
        do {
            _ = try ConfigFile.parse(text)
        } catch {
            throw .malformed("it does not parse (\(error)); fix it first")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let settings = ViewKey.lines(of: view)
        if let header = lines.firstIndex(where: { isHeader(of: name, $0) }) {
            let next = lines[(header + 1)...].firstIndex { content($0).hasPrefix("[") } ?? lines.count
            let lastSetting = lines[(header + 1)..<next].lastIndex { !content($0).isEmpty } ?? header
            let comments = lines[(header + 1)..<(lastSetting + 1)].filter { content($0).isEmpty && !isBlank($0) }
            lines.replaceSubrange((header + 1)..<(lastSetting + 1), with: settings + comments)
        } else {
            // Added at the end, after one blank line; a file without a final newline gets one.
            if lines.last == "" { lines.removeLast() }
            if let last = lines.last, !isBlank(last) { lines.append("") }
            lines += ["[views.\(name)]"] + settings + [""]
        }
        let written = lines.joined(separator: "\n")
        // What was written must read back as the view: else nothing is written.
        do {
            let parsed = try ConfigFile.parse(written)
            guard parsed.views[name] == view else { throw ViewSaveRefusal.malformed("the view did not read back") }
        } catch let refusal as ViewSaveRefusal {
            throw refusal
        } catch {
            throw .malformed("the new text would not parse (\(error)); nothing written")
        }
        return written
    }

    /// The line without its comment and surrounding blanks.
    private static func content(_ line: String) -> String {
        ConfigFile.stripComment(line).trimmingCharacters(in: .whitespaces)
    }

    private static func isBlank(_ line: String) -> Bool { line.trimmingCharacters(in: .whitespaces).isEmpty }

    private static func isHeader(of name: String, _ line: String) -> Bool {
        let text = content(line)
        guard text.hasPrefix("[views."), text.hasSuffix("]") else { return false }
        let header = text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        return (try? ConfigFile.viewName(header, line: 0)) == name
    }
}

/// Why a view was not saved; the config file is as it was.
enum ViewSaveRefusal: Error, CustomStringConvertible {
    case malformed(String)
    case file(FileRefusal)
    case notText

    var description: String {
        switch self {
        case .malformed(let reason): reason
        case .file(let refusal): refusal.description
        case .notText: "it is not a UTF-8 text file"
        }
    }
}

/// `:view-save`: the config file read through `PrivateFile` (no link followed, owned by us,
/// not writable by others), the view written in (`ViewSectionWriter`), then a new file beside
/// it with the same mode renamed over it, so the file is whole at every moment.
struct ConfigViewFile {
    let path: String

    func save(_ view: SavedView, as name: String) throws(ViewSaveRefusal) -> String {
        let noun = "config file"
        var text = ""
        var mode: mode_t = 0o600
        do {
            let data = try PrivateFile.read(
                path, as: noun, privacy: .othersMayRead, limit: ConnectionResolver.configLimit)
            guard let read = String(data: data, encoding: .utf8) else { throw ViewSaveRefusal.notText }
            text = read
            var info = stat()
            if lstat(path, &info) == 0 { mode = info.st_mode & 0o777 }
        } catch let refusal as FileRefusal where refusal.reason == .missing {
            // No config file yet: this one is its first table.
        } catch let refusal as FileRefusal {
            throw .file(refusal)
        } catch let refusal as ViewSaveRefusal {
            throw refusal
        } catch {
            throw .malformed("\(error)")
        }
        let written = try ViewSectionWriter.replacing(name, with: view, in: text)
        do {
            try PrivateFolder.ensure((PrivateFolder.absolute(path) as NSString).deletingLastPathComponent, for: noun)
            let temporary = path + ".tmp-\(getpid())"
            try PrivateFile.create(temporary, as: noun) { fd in
                if fchmod(fd, mode) != 0 { return errno }
                if let code = PrivateFile.writeAll(Data(written.utf8), to: fd) { return code }
                return fsync(fd) == 0 ? nil : errno
            }
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw FileRefusal(noun, path, .system(String(cString: strerror(code))))
            }
        } catch let refusal as FileRefusal {
            throw .file(refusal)
        } catch {
            throw .malformed("\(error)")
        }
        return PrivateFolder.absolute(path)
    }
}
