import Foundation
import PeopleCore

/// The profile switcher knows the config file the session started with: it saves the
/// terminal UI's views there too (`:view-save`).
extension ConfigProfileSwitcher: ViewSaver {
    func save(_ view: SavedView, as name: String) throws -> String {
        try ConfigViewFile(path: ConnectionResolver(environment: environment).configPath(request)).save(view, as: name)
    }
}

extension ConnectionResolver {
    /// The config file `loadConfig` reads: `--config`, `DOCSPACE_CONFIG`, or the default.
    func configPath(_ request: ConnectionRequest) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let explicit = request.configFile ?? environment["DOCSPACE_CONFIG"]
        return explicit.map { AppPaths.expandTilde($0, home: home) } ?? paths.configFile
    }
}
