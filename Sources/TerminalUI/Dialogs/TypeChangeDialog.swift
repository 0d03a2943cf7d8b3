import DocSpaceAPI
import PeopleCore

/// `T`: the four types; those the rules allow for these people and this admin can be chosen,
/// the others are greyed with the reason.
struct TypeChoiceDialog {
    let choice: TypeChoice

    func draw(into frame: inout Frame) {
        let n = choice.targets.count
        var options: [DialogBox.Line] = [DialogBox.Line("")]
        for (index, option) in choice.options.enumerated() {
            let marker = index == choice.cursor ? "▸ " : "  "
            if option.isAvailable {
                let count = n > 1 ? "  (\(NumberText.grouped(option.applicableCount)) of \(NumberText.grouped(n)))" : ""
                let style = index == choice.cursor ? Style(.accent, bold: true, reverse: true) : Style.bold
                options.append(DialogBox.Line(marker + option.type.displayName + count, style, maxLines: 1))
            } else {
                options.append(
                    DialogBox.Line(
                        marker + option.type.displayName + " — " + (option.reason ?? "not allowed"),
                        .muted, maxLines: 1))
            }
        }
        let footer = [
            DialogBox.Line(""),
            DialogBox.Line("↑/↓ choose · Enter next · Esc cancels (nothing is sent yet)", .bold),
        ]
        // The question is which type: up to three names and "+ N more" say whom it is about
        // (four rows at most); the confirmation after it lists them.
        let lines = PeopleInQuestion.body(
            people: choice.targets, after: options, footer: footer, screen: frame.size,
            preferredWidth: 64, atMost: 4)
        DialogBox(
            title: "Change the type of \(PeopleCount(n).text)", lines: lines,
            footer: footer, style: Style(.accent, bold: true), preferredWidth: 64
        ).draw(into: &frame)
    }
}
