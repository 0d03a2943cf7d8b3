import PeopleCore

/// `P`: the profiles of the config file — name, address, read-only flag, which one is in
/// use — and the keys. While signing in it says so; a failure stays in the dialog.
struct ProfilePickerDialog {
    let picker: ProfilePicker
    let portal: String

    func draw(into frame: inout Frame) {
        let inner = min(72, frame.size.width - 2) - 4
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        lines.append(DialogBox.Line("Now on: " + portal, .bold, maxLines: 1))
        lines.append(DialogBox.Line(""))
        let profiles = picker.list.profiles
        if profiles.isEmpty {
            lines.append(
                DialogBox.Line(
                    "No profiles in the config file. Add [profiles.NAME] tables with url and token_file.", .muted))
        }
        // The rows around the cursor, when there are more than the screen holds.
        let room = max(1, frame.size.height - 14)
        let first = min(max(0, picker.cursor - room / 2), max(0, profiles.count - room))
        for index in profiles.indices.dropFirst(first).prefix(room) {
            let profile = profiles[index]
            let chosen = index == picker.cursor
            let current = profile.name == picker.list.current ? "● " : "  "
            let flag = profile.readOnly ? "  read-only" : ""
            let url = profile.url.isEmpty ? "(no url)" : profile.url
            let head = (chosen ? "▸ " : "  ") + current + TerminalText.truncated(profile.name, toWidth: 20) + "  "
            // The address gets what the name and the flag leave; its end is cut, not the flag.
            let room = max(8, inner - TerminalText.width(head) - TerminalText.width(flag))
            let text = head + TerminalText.truncated(url, toWidth: room) + flag
            lines.append(DialogBox.Line(text, chosen ? Style(.accent, bold: true, reverse: true) : .plain, maxLines: 1))
        }
        if let note = picker.list.note {
            lines.append(DialogBox.Line(""))
            lines.append(DialogBox.Line(note, .muted, maxLines: 2))
        }
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if let problem = picker.problem {
            footer.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 3))
        }
        if let switching = picker.switching {
            footer.append(
                DialogBox.Line(
                    "Signing in to \(switching)… (the current session stays until it answers)", .bold, maxLines: 2))
        } else {
            footer.append(DialogBox.Line("● in use · Enter switches · ↑↓ choose · Esc stays here", .bold))
        }
        DialogBox(title: "Switch portal (profiles)", lines: lines, footer: footer, style: Style(.accent, bold: true))
            .draw(into: &frame)
    }
}

/// `W` in a read-only session: making it read-write, on which portal. Only y says yes.
struct ReadWriteDialog {
    let portal: String
    let keys: KeyTable

    func draw(into frame: inout Frame) {
        DialogBox(
            title: "Allow changes?",
            lines: [
                DialogBox.Line(""),
                DialogBox.Line("This session is read-only. Make it read-write on", .plain),
                DialogBox.Line(portal, .bold, maxLines: 2),
                DialogBox.Line(""),
                DialogBox.Line(
                    "Terminate, re-activate, delete and the other changes come back (each still asks).", .muted),
            ],
            footer: [
                DialogBox.Line(""),
                DialogBox.Line(QuestionFooter.line(keys: keys, yes: "Yes, allow changes"), .bold),
            ], style: Style(.warning, bold: true), preferredWidth: 66
        ).draw(into: &frame)
    }
}
