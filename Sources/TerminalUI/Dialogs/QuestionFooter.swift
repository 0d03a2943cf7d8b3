import PeopleCore

/// The keys at the foot of every y/N question, written from the key table (so that a key
/// chosen in the config file is the key the dialog names): `[y] Yes     [N] No  (Enter, Esc
/// and n cancel)`, or, for a typed answer, what to type and the field.
enum QuestionFooter {
    /// The footer of a question: `yes`/`no` name what each answer does ("Quit anyway", "Stay").
    static func lines(
        _ answer: TypedAnswer?, count: Int, keys: KeyTable, yes: String = "Yes", no: String = "No",
        context: KeyContext = .confirmation
    ) -> [DialogBox.Line] {
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        guard let answer else {
            footer.append(DialogBox.Line(line(keys: keys, yes: yes, no: no, context: context), .bold))
            return footer
        }
        let what = answer.expected == String(count) ? "\(answer.shown), the number of people," : answer.shown
        footer.append(DialogBox.Line("Type \(what) and press Enter to confirm; Esc cancels.", .bold))
        // Wide enough for the longest answer the field takes (32 characters) and its cursor.
        footer.append(
            FormText.typed(lead: "> ", line: answer.line, cursor: true, width: 40, style: Style(.accent, bold: true)))
        if let hint = answer.hint { footer.append(DialogBox.Line(hint, Style(.warning))) }
        return footer
    }

    /// "[y] Yes     [N] No  (Enter, Esc and n cancel)".
    static func line(keys: KeyTable, yes: String = "Yes", no: String = "No", context: KeyContext = .confirmation)
        -> String
    {
        let confirm = keys.bindings(in: context).first { $0.action == .confirm }?.keys ?? []
        let cancel = keys.bindings(in: context).first { $0.action == .cancel }?.keys ?? []
        let yesKey = confirm.first?.displayName ?? "y"
        // The cancel key shown in brackets is the capital letter of "No" when there is one,
        // as in every y/N prompt; the rest are listed in words.
        let noKey = cancel.first { $0.displayName == "N" }?.displayName ?? cancel.first?.displayName ?? "Esc"
        // Enter and Esc first, the way people read them: "(Enter, Esc and n cancel)".
        let named = cancel.map(\.displayName).filter { $0 != "N" && $0 != noKey }
        let others =
            named.filter { $0 == "Enter" } + named.filter { $0 == "Esc" }
            + named.filter { $0 != "Enter" && $0 != "Esc" }
        let verb = no == "No" ? "cancel" : no.lowercased()
        let list: String =
            switch others.count {
            case 0: ""
            case 1: "  (\(others[0]) \(verb)s)"
            default: "  (\(others.dropLast().joined(separator: ", ")) and \(others.last ?? "") \(verb))"
            }
        return "[\(yesKey)] \(yes)     [\(noKey)] \(no)\(list)"
    }
}
