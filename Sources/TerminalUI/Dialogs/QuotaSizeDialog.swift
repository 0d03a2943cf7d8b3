import DocSpaceAPI
import PeopleCore

/// `z`: the storage quota for the marked or selected people — the size field, the units it
/// takes (binary: 1 MB = 1,048,576 bytes), the portal's default, and what is wrong with the
/// size typed. Enter asks the one confirmation; nothing is sent from here.
struct QuotaSizeDialog {
    let sizeField: QuotaSizeField

    func draw(into frame: inout Frame) {
        let inner = DialogBox.innerWidth(screenWidth: frame.size.width, preferredWidth: 64)
        let who =
            sizeField.count == 1
            ? "The storage quota for 1 person:" : "The storage quota for \(NumberText.grouped(sizeField.count)) people:"
        var lines: [DialogBox.Line] = [
            DialogBox.Line(who, .plain, maxLines: 1),
            DialogBox.Line(""),
            FormText.typed(
                lead: "Size: ", line: sizeField.field, cursor: true, width: inner,
                style: Style(.accent, bold: true, reverse: true)),
            DialogBox.Line(""),
            DialogBox.Line("500 MB, 2 GB, 1.5 GB, or no limit. 1 MB = 1,048,576 bytes.", .muted, maxLines: 2),
        ]
        if let bytes = sizeField.portalDefault {
            lines.append(
                DialogBox.Line(
                    "The portal's default is \(StorageSize.text(bytes: bytes)) (:quota-reset goes back to it).", .muted,
                    maxLines: 2))
        }
        var footer: [DialogBox.Line] = [DialogBox.Line("")]
        if let problem = sizeField.problem {
            footer.append(DialogBox.Line(problem, Style(.danger, bold: true), maxLines: 3))
        }
        footer.append(DialogBox.Line("Enter asks y/N · Esc closes (nothing is changed)", .bold))
        DialogBox(
            title: "Set storage quota", lines: lines, footer: footer, style: Style(.accent, bold: true),
            preferredWidth: 64
        ).draw(into: &frame)
    }
}
