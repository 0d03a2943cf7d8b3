import DocSpaceAPI
import PeopleCore

/// The add-person form (`n`): five fields, each with its problem under it (the form's check
/// or the server's words), the request that will be sent, and the keys. Everything is in the
/// footer, which a long server message cannot push off the screen; on a short screen the
/// spacers and the other fields' errors give way before the focused field and the keys. The
/// password is never drawn, not even its length: "(set)" or "(none …)".
struct AddPersonDialog {
    let form: AddPersonForm
    let portal: String

    static let width = 72

    func draw(into frame: inout Frame) {
        let inner = min(Self.width, frame.size.width - 2) - 4
        var rows: [(line: DialogBox.Line, rank: Int)] = [(DialogBox.Line(""), 5)]
        for field in AddPersonForm.Field.allCases {
            let focused = form.focus == field && !form.confirmingDiscard
            let style = focused ? Style(.accent, bold: true) : Style.plain
            let cursor = focused && field != .type && !form.isSending
            rows.append((line(of: field, focused: focused, cursor: cursor, width: inner, style: style), 0))
            if let error = form.error(for: field) {
                rows.append(
                    (
                        DialogBox.Line(
                            "✗ " + error, Style(.danger, bold: true), maxLines: 2,
                            indent: FormText.labelWidth + 2, hang: 2), form.focus == field ? 0 : 2
                    ))
            }
        }
        if let general = form.generalError {
            rows.append((DialogBox.Line(""), 5))
            rows.append((DialogBox.Line("✗ " + general, Style(.danger, bold: true), maxLines: 3), 1))
        }
        rows.append((DialogBox.Line(""), 5))
        rows.append((DialogBox.Line("Portal:  " + portal, .muted, maxLines: 1), 4))
        rows.append((DialogBox.Line("Request: " + form.serverCall, Style(.accent), maxLines: 1), 3))
        rows.append((DialogBox.Line(""), 5))
        if form.confirmingDiscard {
            rows.append(
                (
                    DialogBox.Line(
                        "Discard what you typed?  [y] Discard   [N] Keep editing", Style(.warning, bold: true)), 0
                ))
        } else if form.isSending {
            rows.append((DialogBox.Line("Adding… waiting for the portal's answer", .bold), 0))
        } else {
            rows.append(
                (
                    DialogBox.Line(
                        "Tab/↑↓ field · ←→ type · Enter next, adds on the last · Ctrl-S add · Esc cancel",
                        .bold, maxLines: 2), 0
                ))
        }
        let footer = FormText.fit(rows, innerWidth: inner, screenHeight: frame.size.height)
        DialogBox(
            title: "Add a person", lines: [], footer: footer, style: Style(.accent, bold: true),
            preferredWidth: Self.width
        ).draw(into: &frame)
    }

    private func line(
        of field: AddPersonForm.Field, focused: Bool, cursor: Bool, width: Int, style: Style
    ) -> DialogBox.Line {
        if field != .password, !(field == .lastName && form.lastName.isEmpty && !focused),
            let line = form[line: field]
        {
            return FormText.field(field.label, line: line, focused: focused, cursor: cursor, width: width, style: style)
        }
        return FormText.field(
            field.label, value: value(of: field), focused: focused, cursor: cursor, width: width, style: style)
    }

    /// What a field that is not typed text shows: the type's choices, the password's fixed
    /// word, the last name's "(optional)".
    private func value(of field: AddPersonForm.Field) -> String {
        switch field {
        case .firstName: form.firstName
        case .lastName: form.lastName.isEmpty && form.focus != .lastName ? "(optional)" : form.lastName
        case .email: form.email
        case .type:
            FormText.choices(
                AddPersonForm.types.map(\.displayName),
                selected: AddPersonForm.types.firstIndex(of: form.type) ?? 0)
        case .password:
            // A fixed word, never a mask as long as the password.
            form.password.isEmpty ? (form.focus == .password ? "" : "(none: the portal generates one)") : "(set)"
        }
    }
}
