import DocSpaceAPI
import Foundation
import PeopleCore

/// One cell of the People list: a column's text and style for a row. One arm per
/// `ListColumn`; a new column adds its arm here.
struct ListCell {
    var text: String
    var style: Style = .plain

    init(_ column: ListColumn, _ person: PersonRow, width: Int, shortTypes: Bool, lastSignIn: LastSignIn? = nil) {
        switch column {
        case .name: self.init(text: person.displayName)
        case .email: self.init(value: person.email)
        case .type: self.init(text: shortTypes ? PersonText.shortType(person.type) : person.type.displayName)
        case .status: self.init(text: PersonText.status(person.status), style: PersonText.statusStyle(person.status))
        case .group:
            // The first group and how many more ("Sales +2"): the count stays when the name is cut.
            let more = person.groupCount > 1 ? " +\(person.groupCount - 1)" : ""
            self.init(
                value: person.firstGroup.map {
                    TerminalText.truncated($0, toWidth: max(1, width - 1 - more.count)) + more
                })
        case .storage: self.init(value: Self.storage(person.extra))
        case .inviter: self.init(value: person.extra.inviter)
        case .registered: self.init(value: person.extra.registeredDay.map(Self.day))
        case .lastSignIn: self.init(signIn: lastSignIn)
        }
    }

    init(text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A value, or a muted dash when the portal did not say.
    init(value: String?) {
        self.init(text: value ?? "—", style: value == nil ? .muted : .plain)
    }

    /// The last sign-in's day; "none 180d" when the kept history (180 days) has none (maybe never,
    /// maybe before it); "unknown" when the portal could not say — never a date or "never"
    /// for what is not known; a dash until the login history is read.
    init(signIn: LastSignIn?) {
        switch signIn {
        case .on(let date): self.init(text: Self.day(of: date))
        case .noneWithin(let days): self.init(text: "none \(days)d", style: Style(.warning))
        case .unknown: self.init(text: "unknown", style: .muted)
        case nil: self.init(value: nil)
        }
    }

    /// Made once: the cell is drawn for every visible row of every frame.
    private static let gregorian = Calendar(identifier: .gregorian)

    /// The day of `date` in this machine's time zone, as `day` writes it.
    static func day(of date: Date) -> String {
        let parts = gregorian.dateComponents(in: TimeZone.current, from: date)
        return day(Int32((parts.year ?? 0) * 10000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)))
    }

    /// "1.2 GB / 5 GB": used / limit; "∞" for no limit, only the used space when the portal
    /// sends no limit.
    static func storage(_ extra: PersonRow.Extra) -> String? {
        guard let used = extra.usedSpace else { return nil }
        let usedText = PersonText.bytes(Double(used))
        guard let limit = extra.quotaLimit else { return usedText }
        return usedText + " / " + (limit < 0 ? "∞" : StorageSize.text(bytes: limit))
    }

    /// 20260302 → "2026-03-02".
    static func day(_ day: Int32) -> String {
        let year = day / 10000
        let month = day / 100 % 100
        let date = day % 100
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(date < 10 ? "0" : "")\(date)"
    }
}
