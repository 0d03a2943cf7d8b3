import DocSpaceAPI
import PeopleCore

/// `:import`'s problems: every problem with its line; nothing was sent.
struct ImportProblemsDialog {
    let session: ImportSession

    func draw(into frame: inout Frame) {
        let plan = session.plan
        var lines: [DialogBox.Line] = [
            DialogBox.Line(""),
            DialogBox.Line(
                "Nothing was sent: \(NumberText.grouped(plan.badLines.count)) of \(NumberText.grouped(plan.lineCount)) lines have problems.",
                .bold),
            DialogBox.Line(""),
        ]
        for problem in plan.problems {
            lines.append(
                DialogBox.Line(TerminalText.sanitized(problem.description), Style(.danger), maxLines: 2, hang: 2))
        }
        if plan.problems.isEmpty { lines.append(DialogBox.Line("The file has no line to send.", .muted)) }
        DialogBox(
            title: "Import " + TerminalText.sanitized(session.path),
            lines: lines,
            footer: [
                DialogBox.Line(""),
                DialogBox.Line(
                    "Fix the file and :import it again (docspace-people import --skip-bad sends the good lines).",
                    .muted, maxLines: 2),
                DialogBox.Line("Enter or Esc closes.", .muted),
            ],
            style: Style(.danger, bold: true), preferredWidth: 96
        ).draw(into: &frame)
    }
}

/// `:import`'s question before a clean file's lines are sent.
struct ImportQuestionDialog {
    let session: ImportSession
    let portal: String
    let keys: KeyTable

    func draw(into frame: inout Frame) {
        let plan = session.plan
        let verb = plan.mode == .invite ? "Invite" : "Create"
        var byType: [EmployeeType: Int] = [:]
        for item in plan.items { byType[item.type, default: 0] += 1 }
        let types = EmployeeType.allCases.compactMap { type in
            byType[type].map { "\(NumberText.grouped($0)) \(type.displayName)" }
        }.joined(separator: ", ")
        DialogBox(
            title: "Import " + TerminalText.sanitized(session.path),
            lines: [
                DialogBox.Line(""),
                DialogBox.Line(
                    "\(verb) \(NumberText.grouped(plan.items.count)) \(plan.items.count == 1 ? "person" : "people") on",
                    .plain),
                DialogBox.Line(TerminalText.sanitized(portal), .bold, maxLines: 2),
                DialogBox.Line(types, .plain, maxLines: 2),
                DialogBox.Line(""),
                DialogBox.Line("Every line passed the checks. One request per line, in the file's order;", .muted),
                DialogBox.Line(
                    "the results are shown at the end and saved to \(TerminalText.sanitized(session.resultsPath)).",
                    .muted, maxLines: 2),
            ],
            footer: [
                DialogBox.Line(""),
                DialogBox.Line(QuestionFooter.line(keys: keys, yes: "Yes, \(verb.lowercased()) them"), .bold),
            ], style: Style(.warning, bold: true), preferredWidth: 80
        ).draw(into: &frame)
    }
}
