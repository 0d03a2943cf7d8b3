import DocSpaceAPI
import Foundation
import PeopleCore

/// What a command that changes people prints: one row per person named — the outcome
/// (done / skipped / failed / not sent, `TargetOutcome`) and the detail in the words the
/// terminal UI's results view and the audit log use (`ActionReport.resultRows`) — and the
/// summary line. Printed as a table or JSON; never only logged.
struct BulkReport: Sendable {
    struct Entry: Sendable, Encodable {
        var input: String
        var id: String?
        var displayName: String?
        var email: String?
        /// Off-boarding's step of this row ("terminate"); absent for a single change.
        var step: String?
        /// `TargetOutcome.rawValue`: done, skipped, failed, not sent.
        var result: String
        var detail: String

        init(input: String, person: Person?, outcome: TargetOutcome, detail: String) {
            self.input = input
            id = person?.id
            displayName = person?.displayName
            email = person?.email
            result = outcome.rawValue
            self.detail = detail
        }
    }

    /// The summary's first word: the audit word of the change (`ChangeKind.auditWord`).
    var action: String
    var entries: [Entry] = []
    /// The portal's answer that stopped the change, if one did (`ActionReport.stoppedBy`).
    var stoppedBy: DocSpaceError?

    init(action: String) {
        self.action = action
    }

    /// The rows of a change's report, each with what was typed for the person (`inputs`, by
    /// id), after the names that matched no one.
    init(_ report: ActionReport, inputs: [String: String], unmatched: [Entry] = []) {
        action = report.actionWord
        stoppedBy = report.stoppedBy
        entries = unmatched
        for row in report.resultRows {
            add(inputs[row.person.id] ?? row.person.id, row.person, row.outcome, row.detail)
        }
    }

    /// The row of an invited address.
    mutating func add(_ result: AddressResult) {
        var entry = Entry(input: result.email, person: nil, outcome: result.outcome, detail: result.detail)
        entry.id = result.personID
        entry.displayName = result.displayName
        entry.email = result.email
        entries.append(entry)
    }

    mutating func add(_ input: String, _ person: Person?, _ outcome: TargetOutcome, _ detail: String) {
        entries.append(Entry(input: input, person: person, outcome: outcome, detail: detail))
    }

    func count(of outcome: TargetOutcome) -> Int { entries.count { $0.result == outcome.rawValue } }

    /// "terminate: 3 done · 2 failed · 1 not sent".
    var summary: String { "\(action): \(TargetOutcome.line(count: count(of:)))" }

    /// The table and the summary line, or the JSON document.
    func lines(json: Bool) -> [String] {
        if json { return [PersonFormatter.json(entries)] }
        if entries.contains(where: { $0.step != nil }) {
            let rows = entries.map { [$0.result, $0.displayName ?? $0.input, $0.step ?? "", $0.detail] }
            return TextTable(
                header: ["RESULT", "PERSON", "STEP", "DETAIL"], rows: rows, maxWidths: [8, 32, 22, 80]
            ).render() + [summary]
        }
        let rows = entries.map { [$0.result, $0.displayName ?? $0.input, $0.email ?? "", $0.detail] }
        return TextTable(
            header: ["RESULT", "PERSON", "E-MAIL", "DETAIL"], rows: rows, maxWidths: [8, 32, 40, 80]
        ).render() + [summary]
    }

    /// The row of a change of a group (`groups create`, `rename`, …): the group in the
    /// columns of a person, its name as the name.
    mutating func add(group input: String, id: String?, name: String, _ outcome: TargetOutcome, _ detail: String) {
        var entry = Entry(input: input, person: nil, outcome: outcome, detail: detail)
        entry.id = id
        entry.displayName = name
        entries.append(entry)
    }

    /// The rows as CSV (`--csv`), each field by the rule of every CSV of this tool.
    var csv: String {
        var lines = [CSVText.line(["input", "id", "name", "email", "result", "detail"])]
        for entry in entries {
            lines.append(
                CSVText.line([
                    entry.input, entry.id ?? "", entry.displayName ?? "", entry.email ?? "", entry.result, entry.detail,
                ]))
        }
        return lines.joined(separator: "\r\n")
    }

    /// The table and summary, the JSON document or the CSV.
    func print(_ format: OutputFormat) {
        switch format {
        case .json: print(json: true)
        case .csv: Console.csv(csv)
        case .table: print(json: false)
        }
    }

    func print(json: Bool) {
        if json {
            Console.json(PersonFormatter.json(entries))
        } else {
            Console.out(lines: lines(json: false))
        }
    }

    /// Exit status: fine when everything was done; partial when some were. When none were,
    /// it follows what stopped the change: a portal that could not be reached, dropped the
    /// connection or did not answer is 6, an expired session 5, a server error 1; the
    /// portal's refusal, or this tool's rules, 3.
    func outcome() throws(CLIFailure) {
        let done = count(of: .done)
        guard done != entries.count else { return }
        if done == 0 {
            let failed = entries.first { $0.result != TargetOutcome.done.rawValue }
            throw .notDone("\(action): nothing was done" + (failed.map { " (\($0.detail))" } ?? ""), cause: stoppedBy)
        }
        throw .partial("\(action): \(entries.count - done) of \(entries.count) not done")
    }
}
