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
        rows.append((DialogBox.Line((onAddresses ? "› " : "  ") + "E-mails (spaces, commas, semicolons or new lines between them)",
                                   onAddresses ? Style(.accent, bold: true) : .plain, maxLines: 1), 0))
        // The last lines of the text: that is where typing and pasting happen.
        let room = max(2, min(5, frame.size.height - 17))
        let lines = form.lines
        if lines.count > room {
            rows.append((DialogBox.Line("    … \(lines.count - room + 1) lines above", .muted, maxLines: 1), 0))
        }
        let shown = lines.suffix(lines.count > room ? room - 1 : room)
        for (i, line) in shown.enumerated() {
            let last = i == shown.count - 1
            rows.append((DialogBox.Line("    " + FormText.tail(TerminalText.sanitized(line), width: inner - 6)
                                       + (last && onAddresses && !form.isSending ? "▏" : ""), .plain, maxLines: 1), 0))
        }
        var count = "\(addresses.count) address\(addresses.count == 1 ? "" : "es")"
        if !bad.isEmpty { count += ", \(bad.count) not valid" }
        rows.append((DialogBox.Line("    " + count, bad.isEmpty ? .muted : Style(.warning, bold: true), maxLines: 1), 0))
        for item in bad.prefix(3) {
            rows.append((DialogBox.Line("    ✗ \(item.address): \(item.problem)", Style(.danger, bold: true), maxLines: 1), 2))
        }
        if bad.count > 3 {
            rows.append((DialogBox.Line("    ✗ + \(bad.count - 3) more", Style(.danger, bold: true), maxLines: 1), 2))
        }
        let onType = form.focus == .type && !form.confirmingDiscard
        rows.append((DialogBox.Line(FormText.field("Type", value: FormText.choices(InviteForm.types.map(\.displayName),
                                                                                  selected: InviteForm.types.firstIndex(of: form.type) ?? 0),
                                                  focused: onType, cursor: false, width: inner),
                                   onType ? Style(.accent, bold: true) : .plain, maxLines: 1), 0))
        if let problem = form.problem {
            rows.append((DialogBox.Line("✗ " + problem, Style(.danger, bold: true), maxLines: 3), 0))
        }
        rows.append((DialogBox.Line(""), 5))
        rows.append((DialogBox.Line("Portal:  " + portal, .muted, maxLines: 1), 4))
        rows.append((DialogBox.Line("Request: " + InvitePlan.serverCall + " (members are left out)", Style(.accent), maxLines: 1), 3))
        rows.append((DialogBox.Line(""), 5))
        if form.confirmingDiscard {
            rows.append((DialogBox.Line("Discard what you typed?  [y] Discard   [N] Keep editing", Style(.warning, bold: true)), 0))
        } else if form.isSending {
            rows.append((DialogBox.Line("Inviting… (Esc stops while the addresses are being checked)", .bold), 0))
        } else {
            rows.append((DialogBox.Line("Tab field · ←→ type · Enter new line (on the type: invite) · Ctrl-S invite · Esc cancel",
                                       .bold, maxLines: 2), 0))
        }
        let footer = FormText.fit(rows, innerWidth: inner, screenHeight: frame.size.height)
        DialogBox(title: "Invite people", lines: [], footer: footer, style: Style(.accent, bold: true),
                  preferredWidth: Self.width).draw(into: &frame)
    }
}

/// `I`: who gets the invitation again, who is left out, the portal, the request, y/N.
struct ResendDialog {
    let confirmation: ResendConfirmation

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        let maxNames = max(1, frame.size.height - 16)
        for person in confirmation.targets.prefix(maxNames) {
            lines.append(DialogBox.Line("• " + PendingAction.label(for: person), .bold, maxLines: 1))
        }
        if confirmation.targets.count > maxNames {
            lines.append(DialogBox.Line("  + \(confirmation.targets.count - maxNames) more", .muted))
        }
        lines.append(DialogBox.Line(""))
        lines.append(DialogBox.Line("Portal:  " + confirmation.portal, maxLines: 1))
        lines.append(DialogBox.Line("Request: " + ResendConfirmation.serverCall + " (at most 100 per request)", Style(.accent)))
        lines.append(DialogBox.Line("Each gets the invitation e-mail again. The portal allows only a few of these requests per 15 minutes."))
        if !confirmation.skipped.isEmpty {
            let names = confirmation.skipped.prefix(3).map { "\($0.person.displayName) (\($0.reason))" }
            let more = confirmation.skipped.count > 3 ? " + \(confirmation.skipped.count - 3) more" : ""
            lines.append(DialogBox.Line("Left out: " + names.joined(separator: ", ") + more, .muted, maxLines: 2))
        }
        let footer = [DialogBox.Line(""), DialogBox.Line("[y] Yes     [N] No  (Enter, Esc and n cancel)", .bold)]
        DialogBox(title: confirmation.title, lines: lines, footer: footer, style: Style(.accent, bold: true))
            .draw(into: &frame)
    }
}

/// Per-address results of an invitation or a resend: ✓ done, – skipped, ✗ failed, each with
/// the detail in the server's words.
struct AddressReportDialog {
    let report: AddressReport

    func draw(into frame: inout Frame) {
        var lines: [DialogBox.Line] = [DialogBox.Line("")]
        for result in report.results {
            let (mark, style): (String, Style) = switch result.outcome {
            case .done: ("✓", Style(.success))
            case .skipped: ("–", Style.muted)
            case .failed: ("✗", Style(.danger))
            }
            let who = result.displayName.map { "\($0) <\(result.email)>" } ?? result.email
            lines.append(DialogBox.Line("\(mark) \(who): \(result.detail)", style, maxLines: 2))
        }
        let counts = "\(report.count(.done)) done · \(report.count(.skipped)) skipped · \(report.count(.failed)) failed"
        DialogBox(title: "Results: " + report.title, lines: lines,
                  footer: [DialogBox.Line(""), DialogBox.Line(counts, .bold), DialogBox.Line("Enter or Esc closes.", .muted)],
                  style: Style(report.count(.failed) > 0 ? .warning : .success, bold: true))
            .draw(into: &frame)
    }
}
