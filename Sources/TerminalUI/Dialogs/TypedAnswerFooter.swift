import PeopleCore

/// The keys at the foot of a confirmation: `[y] Yes [N] No`, or what to type and the field.
enum TypedAnswerFooter {
    static func lines(_ answer: TypedAnswer?, count: Int) -> [DialogBox.Line] {
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        guard let answer else {
            footer.append(DialogBox.Line("[y] Yes     [N] No  (Enter, Esc and n cancel)", .bold))
            return footer
        }
        let what = answer.expected == String(count) ? "\(answer.shown), the number of people," : answer.shown
        footer.append(DialogBox.Line("Type \(what) and press Enter to confirm; Esc cancels.", .bold))
        footer.append(DialogBox.Line("> " + answer.typed + "▏", Style(.accent, bold: true), maxLines: 1))
        if let hint = answer.hint { footer.append(DialogBox.Line(hint, Style(.warning))) }
        return footer
    }
}
