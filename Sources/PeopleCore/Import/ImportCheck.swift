import DocSpaceAPI
import Foundation

/// What `:import FILE` learns before asking anything: the checked plan, or why the file
/// could not be read at all (missing, not UTF-8, bad quoting, an unknown column).
public enum ImportCheck: Sendable, Equatable {
    case plan(ImportPlan)
    case refused(String)

    /// The largest file read (about a million lines).
    public static let fileLimit = 128 * 1024 * 1024

    /// Reads the file (through `PrivateFile`, as every file of this tool) and the portal,
    /// and checks every line. A portal that cannot be read is a failure, never a half check.
    public static func run(path: String, mode: ImportMode, client: any PeopleClient) async -> Response {
        let data: Data
        do {
            data = try PrivateFile.read(path, as: "import file", privacy: .othersMayRead, limit: fileLimit)
        } catch {
            return .importChecked(.refused("\(error)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .importChecked(.refused("\(path): not UTF-8 text (save the CSV as UTF-8)"))
        }
        let file: ImportFile
        do {
            file = try ImportFile.read(text)
        } catch {
            return .importChecked(.refused("\(path): \(error.description)"))
        }
        do {
            let portal = try await ImportPortal.read(
                client: client, needsGroups: file.namesGroups, needsSeats: file.namesPaidTypes,
                needsQuotas: file.givesQuotas)
            return .importChecked(.plan(ImportPlan(file: file, portal: portal, mode: mode)))
        } catch {
            return .failure(EffectRunner.docSpaceError(error))
        }
    }
}

/// `:import`'s dialogs and its run in the terminal UI.
public struct ImportSession: Sendable, Equatable {
    /// The file as typed.
    public var path: String
    public var plan: ImportPlan
    /// Where the results go: "docspace-people-import-<time>.csv" in the working directory.
    public var resultsPath: String
    /// The rows so far, in file order.
    public var results: [ImportResult] = []
    /// The next step of `plan.steps` to run.
    public var next = 0
    /// The results file is made: lines may go.
    public var fileReady = false
    /// Why no further line is sent (the session ended), once known.
    public var stopReason: String?

    public init(path: String, plan: ImportPlan, resultsPath: String) {
        self.path = path
        self.plan = plan
        self.resultsPath = resultsPath
    }

    /// "3 of 10".
    public var progressText: String {
        "\(NumberText.grouped(results.count(where: { $0.outcome != .skipped }))) of \(NumberText.grouped(plan.items.count))"
    }

    /// Keeps a line's row and adds it to the results file.
    mutating func record(_ result: ImportResult, into effects: inout [Effect]) {
        results.append(result)
        effects.append(.appendFile(path: resultsPath, text: ImportResultsCSV.line(result), creating: false))
    }
}
