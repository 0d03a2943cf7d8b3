import Foundation
import Testing

/// A throwaway HOME for a tmux test of the real binary: the config, the audit log and saved
/// files land in it, never in the developer's own. Shared by the `--demo` suites (bulk, forms,
/// types) so each says only what it tests.
struct DemoHome {
    let path: String

    init(_ name: String) throws {
        path = NSTemporaryDirectory() + "\(name)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// HOME here and no XDG overrides, so every file goes under `path`.
    var environment: [String: String] { ["HOME": path, "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""] }

    /// The audit log as text ("" before the first change).
    var auditLog: String {
        (try? String(contentsOfFile: path + "/.local/state/docspace-people/audit.jsonl", encoding: .utf8)) ?? ""
    }

    /// The audit log's entries, as JSON objects.
    var auditEntries: [[String: Any]] {
        auditLog.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// `docspace-people --demo` at 80×24 (working directory: this home), once its first page is drawn.
    func startDemo() throws -> TUITmux {
        let tui = try TUITmux(width: 80, height: 24, arguments: ["--demo"], environment: environment, directory: path)
        try tui.waitFor("the first page", timeout: 60) { $0.contains("Name ↑") && $0.contains("1–20 of") }
        return tui
    }
}

extension TUITmux {
    /// `q`, then: exit status 0 and the terminal given back (echo and canonical mode).
    func quitCleanly() throws {
        try press("q")
        let exit = try waitForExit(timeout: 30)
        #expect(exit.status == 0)
        #expect(exit.echo && exit.icanon)
    }
}
