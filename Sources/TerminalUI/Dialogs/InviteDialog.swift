import DocSpaceAPI
import PeopleCore

/// The invite dialog (`i`): the addresses as typed or pasted (the last lines when there are
/// many), the bad ones named, the type, the request and the keys.
struct InviteDialog {
    let form: InviteForm
    let portal: String

    static let width = 72

    func draw(into frame: inout Frame) {
        let inner = min(Self.width, frame.size.width - 2) - 4
        let addresses = form.addresses
        let bad = form.badAddresses()
        var rows: [(line: DialogBox.Line, rank: Int)] = [(DialogBox.Line(""), 5)]
        let onAddresses = form.focus == .addresses && !form.confirmingDiscard
        rows.append(
            (
                DialogBox.Line(
                    (onAddresses ? "› " : "  ") + "E-mails (spaces, commas, semicolons or new lines between them)",
                    onAddresses ? Style(.accent, bold: true) : .plain, maxLines: 1), 0
            ))
        // The lines around the cursor's: that is where typing and pasting happen.
        let room = max(2, min(5, frame.size.height - 17))
        let lines = form.lines
        let cursorLine = form.line.characters[..<form.line.cursor].filter { $0 == "\n" }.count
        let showsCursor = onAddresses && !form.isSending
        // All the lines, or as many as fit ending with the cursor's (the last ones while the
        // cursor is among them), the lines left out counted above and below.
        var start = 0
        var end = lines.count
        if lines.count > room {
            end = cursorLine >= lines.count - (room - 1) ? lines.count : cursorLine + 1
            let below = end < lines.count ? 1 : 0
            start = max(0, end - max(1, room - 1 - below))
        }
        if start > 0 {
            rows.append((DialogBox.Line("    … \(start) lines above", .muted, maxLines: 1), 0))
        }
        var offset = lines[..<start].reduce(0) { $0 + $1.count + 1 }
        for index in start..<end {
            let characters = Array(lines[index])
            let here = index == cursorLine
            let shown = FieldText(
                characters: characters, cursor: here ? form.line.cursor - offset : characters.count,
                selection: nil, width: inner - 4, showsCursor: here && showsCursor)
            rows.append(
                (
                    DialogBox.Line(
                        "    " + shown.text, .plain, maxLines: 1, marks: shown.marks(after: 4, style: .plain)), 0
                ))
            offset += characters.count + 1
        }
        if end < lines.count {
            rows.append((DialogBox.Line("    … \(lines.count - end) lines below", .muted, maxLines: 1), 0))
        }
        var count = "\(addresses.count) address\(addresses.count == 1 ? "" : "es")"
        if !bad.isEmpty { count += ", \(bad.count) not valid" }
        rows.append(
            (DialogBox.Line("    " + count, bad.isEmpty ? .muted : Style(.warning, bold: true), maxLines: 1), 0))
        for item in bad.prefix(3) {
            rows.append(
                (DialogBox.Line("    ✗ \(item.address): \(item.problem)", Style(.danger, bold: true), maxLines: 1), 2))
        }
        if bad.count > 3 {
            rows.append((DialogBox.Line("    ✗ + \(bad.count - 3) more", Style(.danger, bold: true), maxLines: 1), 2))
        }
        let onType = form.focus == .type && !form.confirmingDiscard
        rows.append(
            (
                FormText.field(
                    "Type",
                    value: FormText.choices(
                        InviteForm.types.map(\.displayName),
                        selected: InviteForm.types.firstIndex(of: form.type) ?? 0),
                    focused: onType, cursor: false, width: inner, style: onType ? Style(.accent, bold: true) : .plain),
                0
            ))
        if let problem = form.problem {
            rows.append((DialogBox.Line("✗ " + problem, Style(.danger, bold: true), maxLines: 3), 0))
        }
        rows.append((DialogBox.Line(""), 5))
        rows.append((DialogBox.Line("Portal:  " + portal, .muted, maxLines: 1), 4))
        rows.append(
            (
                DialogBox.Line(
                    "Request: " + InvitePlan.serverCall + " (members are left out)", Style(.accent), maxLines: 1), 3
            ))
        rows.append((DialogBox.Line(""), 5))
        if form.confirmingDiscard {
            rows.append(
                (
                    DialogBox.Line(
                        "Discard what you typed?  [y] Discard   [N] Keep editing", Style(.warning, bold: true)), 0
                ))
        } else if form.isSending {
            rows.append((DialogBox.Line("Inviting… (Esc stops while the addresses are being checked)", .bold), 0))
        } else {
            rows.append(
                (
                    DialogBox.Line(
                        "Tab field · ←→ type · Enter new line (on the type: invite) · Ctrl-S invite · Esc cancel",
                        .bold, maxLines: 2), 0
                ))
        }
        let footer = FormText.fit(rows, innerWidth: inner, screenHeight: frame.size.height)
        DialogBox(
            title: "Invite people", lines: [], footer: footer, style: Style(.accent, bold: true),
            preferredWidth: Self.width
        ).draw(into: &frame)
    }
}
