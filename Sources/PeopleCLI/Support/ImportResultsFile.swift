import Foundation
import PeopleCore

/// An import's results file, open for the whole run: created new (never over a file already
/// there, `PrivateFile.openNew`), its header written at once, then one row per line the
/// moment that line's outcome is known — so however the run ends, the file has every line
/// it reached. A write that fails is kept as `problem`, and the run stops sending.
final class ImportResultsFile {
    private var fd: Int32
    private(set) var problem: String?
    let path: String

    init(path: String) throws(CLIFailure) {
        self.path = path
        do {
            fd = try PrivateFile.openNew(path, as: "results file")
        } catch {
            throw .usage("nothing sent: \(error)")
        }
        append(ImportResultsCSV.headerLine)
    }

    func write(_ result: ImportResult) { append(ImportResultsCSV.line(result)) }

    private func append(_ text: String) {
        guard fd >= 0, problem == nil else { return }
        if let code = PrivateFile.writeAll(Data(text.utf8), to: fd) { problem = String(cString: strerror(code)) }
    }

    func close() {
        guard fd >= 0 else { return }
        if fsync(fd) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        Foundation.close(fd)
        fd = -1
    }
}
