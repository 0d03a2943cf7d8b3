import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `:import` in the terminal UI's `update`: problems shown and nothing sent; a clean file asks
/// once, makes the results file before the first request, sends a line at a time, and writes
/// each row as its answer comes.
@Suite("Import: the terminal UI")
struct ImportTUITests {
    static func plan(_ csv: String) throws -> ImportPlan {
        ImportPlan(
            file: try ImportFile.read(csv), portal: ImportPortal(me: People.owner, people: [], groups: []),
            mode: .create)
    }

    static func importRequests(_ effects: [Effect]) -> [ImportItem] {
        Harness.requests(effects).compactMap { if case .importLine(let item, _) = $0 { item } else { nil } }
    }

    static func appended(_ effects: [Effect]) -> [String] {
        effects.compactMap { if case .appendFile(_, let text, _) = $0 { text } else { nil } }
    }

    mutating func started(_ csv: String) throws -> Harness {
        var h = Harness.loaded(People.many(3))
        h.command("import people.csv")
        let check = try #require(h.pending.last)
        #expect(check.request == .importCheck(path: "people.csv", mode: .create))
        h.pending.removeLast()
        h.answer(check.id, with: .importChecked(.plan(try Self.plan(csv))))
        return h
    }

    @Test("a file with two bad lines: the problems dialog names both lines and nothing is sent")
    mutating func problems() throws {
        let h = try started("email,first name\na@example.com,Ann\nbad,Bo\nc@example.com,\n")
        guard case .importProblems(let session) = h.state.dialog else {
            Issue.record("no problems dialog: \(String(describing: h.state.dialog))")
            return
        }
        #expect(session.plan.badLines == [3, 4])
        #expect(Self.importRequests(h.effects).isEmpty)
        #expect(!h.effects.contains { if case .appendFile = $0 { true } else { false } })
    }

    @Test("a clean file: y makes the results file, then one request per line, each row written as it is answered")
    mutating func cleanRun() throws {
        var h = try started("email,first name\na@example.com,Ann\nb@example.com,Bo\n")
        guard case .importQuestion = h.state.dialog else {
            Issue.record("no question: \(String(describing: h.state.dialog))")
            return
        }
        let before = h.effects.count
        h.press(.char("y"))
        #expect(Self.importRequests(Array(h.effects[before...])).isEmpty, "nothing before the file is made")
        #expect(Self.appended(Array(h.effects[before...])) == [ImportResultsCSV.headerLine])
        let path = try #require(h.state.importSession?.resultsPath)
        h.send(.fileWritten(path: path, problem: nil))
        for (index, email) in ["a@example.com", "b@example.com"].enumerated() {
            let next = try #require(h.pending.last)
            guard case .importLine(let item, _) = next.request else {
                Issue.record("not a line: \(next.request)")
                return
            }
            #expect(item.email == email)
            h.pending.removeLast()
            let result = ImportResult(
                line: index + 2, email: email, outcome: .done, personID: "id-\(email)", detail: "created as User")
            h.answer(next.id, with: .importLine(result, stop: nil))
            #expect(Self.appended(h.effects).last == ImportResultsCSV.line(result))
        }
        guard case .addressReport(let report) = h.state.dialog else {
            Issue.record("no results: \(String(describing: h.state.dialog))")
            return
        }
        #expect(report.count(.done) == 2)
        #expect(h.state.importSession == nil)
    }

    @Test("a line with a quota: its own audit line for the quota change, after the line's")
    mutating func quotaAudit() throws {
        var h = Harness.loaded(People.many(3))
        h.command("import people.csv")
        let check = try #require(h.pending.last)
        h.pending.removeLast()
        let plan = ImportPlan(
            file: try ImportFile.read("email,first name,quota\na@example.com,Ann,2GB\n"),
            portal: ImportPortal(me: People.owner, people: [People.owner], groups: [], quotasOn: true), mode: .create)
        #expect(plan.problems.isEmpty)
        h.answer(check.id, with: .importChecked(.plan(plan)))
        h.press(.char("y"))
        let path = try #require(h.state.importSession?.resultsPath)
        h.send(.fileWritten(path: path, problem: nil))
        let next = try #require(h.pending.last)
        h.pending.removeLast()
        let before = h.effects.count
        let result = ImportResult(
            line: 2, email: "a@example.com", outcome: .done, personID: "id-a",
            detail: "created as User; storage quota 2 GB")
        h.answer(next.id, with: .importLine(result, stop: nil))
        let audits = h.effects[before...].compactMap { if case .audit(let entry) = $0 { entry } else { nil } }
        #expect(audits.map(\.action) == ["import", ChangeKind.setQuota(.bytes(2 << 30)).auditWord])
        #expect(audits.last?.request.hasPrefix("PUT /api/2.0/people/userquota") == true)
        #expect(audits.last?.targets.map(\.id) == ["id-a"] && audits.last?.targets.first?.outcome == "done")
    }

    @Test("the results file cannot be made: nothing is sent")
    mutating func fileRefused() throws {
        var h = try started("email,first name\na@example.com,Ann\n")
        h.press(.char("y"))
        let path = try #require(h.state.importSession?.resultsPath)
        h.send(.fileWritten(path: path, problem: "\(path) already exists (pick another name)"))
        #expect(Self.importRequests(h.effects).isEmpty)
        #expect(h.state.importSession == nil)
        #expect(h.state.message?.text.contains("nothing sent") == true)
    }

    @Test("Esc during the run: the line on its way is answered, the rest are not sent")
    mutating func escStops() throws {
        var h = try started("email,first name\na@example.com,Ann\nb@example.com,Bo\nc@example.com,Cy\n")
        h.press(.char("y"))
        let path = try #require(h.state.importSession?.resultsPath)
        h.send(.fileWritten(path: path, problem: nil))
        let first = try #require(h.pending.last)
        h.pending.removeLast()
        h.press(.escape)
        h.answer(
            first.id,
            with: .importLine(
                ImportResult(line: 2, email: "a@example.com", outcome: .done, detail: "created as User"), stop: nil))
        #expect(Self.importRequests(h.effects).count == 1)
        guard case .addressReport(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.results.map(\.outcome) == [.done, .notSent, .notSent])
        #expect(report.results[1].detail == "not sent: stopped (Esc)")
    }
}
