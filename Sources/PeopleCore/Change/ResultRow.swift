import DocSpaceAPI

/// One person's line in the results view and the results file.
public struct ResultRow: Sendable, Equatable {
    public var person: Person
    public var outcome: TargetOutcome
    /// The server's reason or error, or what the change did.
    public var detail: String
}

extension ActionReport {
    /// Everyone the change concerned: the problems first (failed and silently skipped, in
    /// the order they came), then those never sent, then those done.
    public var resultCount: Int { failed.count + skipped.count + done.count }

    /// The row at a position of `resultCount`, without building the whole list (a report
    /// can hold a whole portal, and the view draws a screenful per frame).
    public func resultRow(at index: Int) -> ResultRow? {
        guard index >= 0 else { return nil }
        if index < failed.count {
            let entry = failed[index]
            return ResultRow(person: entry.person, outcome: entry.outcome, detail: entry.reason)
        }
        let skippedIndex = index - failed.count
        if skippedIndex < skipped.count {
            let entry = skipped[skippedIndex]
            return ResultRow(person: entry.person, outcome: entry.outcome, detail: entry.reason)
        }
        let doneIndex = skippedIndex - skipped.count
        guard doneIndex < done.count else { return nil }
        let person = done[doneIndex]
        return ResultRow(person: person, outcome: .done, detail: doneDetail(person))
    }

    public var resultRows: [ResultRow] { (0..<resultCount).compactMap(resultRow(at:)) }

    private func doneDetail(_ person: Person) -> String {
        kind.doneDetail(person, isUndo: isUndo, dataLost: dataLostIDs.contains(person.id))
    }

    /// How many rows have each outcome.
    public func count(of outcome: TargetOutcome) -> Int {
        switch outcome {
        case .done: done.count
        case .skipped, .failed, .notSent:
            failed.count(where: { $0.outcome == outcome }) + skipped.count(where: { $0.outcome == outcome })
        }
    }

    /// "5 done · 2 skipped · 1 failed · 3 not sent", the results view's summary line: the
    /// outcomes that happened, done always.
    public var outcomeLine: String { TargetOutcome.line(count: count(of:)) }

    /// The word for file names and the audit log: terminate, activate, delete, undo, …
    public var actionWord: String { isUndo ? "undo" : kind.auditWord }
}

/// The results view's own state: how far it is scrolled, and the file name being typed
/// after `s`.
public struct ResultsViewState: Sendable, Equatable {
    public var scroll = 0
    /// The path field is open: its text and cursor.
    public var savePathEditor: LineEditor?
    /// The path field's text, `nil` when closed; setting it puts the cursor at its end.
    public var savePath: String? {
        get { savePathEditor?.text }
        set { savePathEditor = newValue.map { LineEditor($0, limit: Self.longestPath) } }
    }
    /// The longest file name the field takes.
    public static let longestPath = 1_024
    /// The file is being written; the field waits for the outcome.
    public var isSaving = false
    /// Why the last save failed, naming the folder; the field stays open to fix the name.
    public var saveProblem: String?
    public init() {}

    /// Rows of people the view shows at a terminal size: the screen less the title bar,
    /// the action bar and the status line (which stay visible), the box's borders, the
    /// summary lines and the keys or the file name field.
    public static func visibleRows(for size: TerminalSize) -> Int {
        max(1, size.height - 12)
    }
}

extension TargetOutcome {
    /// "5 done · 2 skipped · 1 failed · 3 not sent": the outcomes that happened, done always.
    /// The results view and the command line's summary say it alike.
    public static func line(count: (TargetOutcome) -> Int) -> String {
        allCases.filter { $0 == .done || count($0) > 0 }
            .map { "\(NumberText.grouped(count($0))) \($0.rawValue)" }
            .joined(separator: " · ")
    }
}
