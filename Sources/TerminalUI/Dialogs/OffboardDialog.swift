import DocSpaceAPI
import PeopleCore

/// The one off-boarding question: every step with what undoes it, every person (those who
/// own rooms marked ⌂, scrolling when they do not fit), what becomes of the rooms, and the
/// y/N footer of every question.
struct OffboardDialog {
    let question: OffboardQuestion
    let keys: KeyTable
    let scroll: Int

    func draw(into frame: inout Frame) {
        let width = 80
        var before: [DialogBox.Line] = [DialogBox.Line("")]
        before.append(DialogBox.Line("on " + TerminalText.sanitized(question.portal), .bold, maxLines: 1))
        for (index, line) in question.plan.stepLines.enumerated() {
            before.append(DialogBox.Line(TerminalText.sanitized(line), index == 0 ? .bold : .plain, maxLines: 2))
        }
        before.append(DialogBox.Line(OffboardPlan.stopRule, .muted, maxLines: 2))
        let after = [DialogBox.Line(TerminalText.sanitized(question.roomsLine), Style(.warning), maxLines: 2)]
        let footer = [
            DialogBox.Line(""),
            DialogBox.Line(QuestionFooter.line(keys: keys, yes: "Yes, off-board them"), .bold),
        ]
        let lines = PeopleInQuestion.body(
            before: before, people: question.plan.people, after: after, footer: footer, screen: frame.size,
            preferredWidth: width, scroll: scroll, lead: { question.owns($0) ? "⌂ " : "" })
        DialogBox(
            title: "Off-board", lines: lines, footer: footer, style: Style(.danger, bold: true),
            preferredWidth: width
        ).draw(into: &frame)
    }
}
