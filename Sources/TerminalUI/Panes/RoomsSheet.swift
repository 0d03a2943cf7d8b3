import PeopleCore

/// The rooms a person holds, under their detail (`h`): owned first, then member of, wrapped
/// like the detail's fields. Nothing until asked for.
enum RoomsSheet {
    static func lines(_ holdings: RoomHoldings?, personID: String, width: Int) -> [DetailSheet.Line] {
        guard let holdings, holdings.personID == personID else { return [] }
        let valueWidth = max(10, width - DetailSheet.labelWidth - 1)
        let style: Style =
            switch holdings.phase {
            case .loading: .muted
            case .failed: Style(.danger, bold: true)
            case .loaded: .plain
            }
        var out: [DetailSheet.Line] = []
        for (label, value) in holdings.lines {
            let wrapped = TerminalText.wrapped(value, toWidth: valueWidth, maxLines: DetailSheet.maxValueLines)
            for (i, part) in wrapped.enumerated() {
                out.append(DetailSheet.Line(label: i == 0 ? label : "", value: part, style: style))
            }
        }
        return out
    }
}
