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
        // The last lines of the text: that is where typing and pasting happen.
        let room = max(2, min(5, frame.size.height - 17))
        let lines = form.lines
        if lines.count > room {
            rows.append((DialogBox.Line("    … \(lines.count - room + 1) lines above", .muted, maxLines: 1), 0))
        }
        let shown = lines.suffix(lines.count > room ? room - 1 : room)
        for (i, line) in shown.enumerated() {
            let last = i == shown.count - 1
            rows.append(
                (
                    DialogBox.Line(
                        "    " + FormText.tail(TerminalText.sanitized(line), width: inner - 6)
                            + (last && onAddresses && !form.isSending ? "▏" : ""), .plain, maxLines: 1), 0
                ))
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
                DialogBox.Line(
                    FormText.field(
                        "Type",
                        value: FormText.choices(
                            InviteForm.types.map(\.displayName),
                            selected: InviteForm.types.firstIndex(of: form.type) ?? 0),
                        focused: onType, cursor: false, width: inner),
                    onType ? Style(.accent, bold: true) : .plain, maxLines: 1), 0
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
