import DocSpaceAPI
import Foundation

/// What happened to each person a bulk command named: done, skipped (with the reason), or
/// failed (with the error). Printed as a table or JSON; never only logged.
struct BulkReport: Sendable {
    enum Result: String, Sendable, Encodable { case done, skipped, failed }

    struct Entry: Sendable, Encodable {
        var input: String
        var id: String?
        var displayName: String?
        var email: String?
        var result: Result
        var detail: String
    }

    var action: String
    var entries: [Entry] = []

    mutating func add(_ input: String, _ person: Person?, _ result: Result, _ detail: String) {
        entries.append(
            Entry(
                input: input, id: person?.id, displayName: person?.displayName,
                email: person?.email, result: result, detail: detail))
    }

    var doneCount: Int { entries.filter { $0.result == .done }.count }

    func print(json: Bool) {
        if json {
            Console.json(PersonFormatter.json(entries))
            return
        }
        let rows = entries.map { entry in
            [entry.result.rawValue, entry.displayName ?? entry.input, entry.email ?? "", entry.detail]
        }
        Console.out(
            lines: TextTable(
                header: ["RESULT", "PERSON", "E-MAIL", "DETAIL"], rows: rows,
                maxWidths: [7, 32, 40, 80]
            ).render())
        let skipped = entries.filter { $0.result == .skipped }.count
        let failed = entries.filter { $0.result == .failed }.count
        Console.out("\(action): \(doneCount) done, \(skipped) skipped, \(failed) failed")
    }

    /// Exit status: fine when everything was done; partial otherwise.
    func outcome() throws(CLIFailure) {
        guard doneCount != entries.count else { return }
        if doneCount == 0 {
            let failed = entries.first { $0.result != .done }
            throw .refused("\(action): nothing was done" + (failed.map { " (\($0.detail))" } ?? ""))
        }
        throw .partial("\(action): \(entries.count - doneCount) of \(entries.count) not done")
    }
}
