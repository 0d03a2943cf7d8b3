import DocSpaceAPI
import Foundation
import PeopleCore

/// The detail's lines read on demand: the last sign-in (`H`, from the login history) and the
/// API keys (`K`). Only what was asked for is shown: never a guess, and "unknown" says why.
extension DetailSheet {
    static func accountLines(state: AppState, person: Person, width: Int, timeZone: TimeZone) -> [Line] {
        var fields: [(String, String, Style)] = []
        let now = state.wallClock.date(at: state.now)
        if case .history = state.signIns.reading {
            fields.append(("Signed in", "reading the login history…", .muted))
        } else if let last = state.signIns.lastSignIn(of: person.id) {
            let style: Style
            switch last {
            case .on: style = .plain
            case .noneWithin: style = Style(.warning)
            case .unknown: style = Style(.danger)
            }
            fields.append(("Signed in", "last " + SignInsState.text(last, now: now, timeZone: timeZone), style))
        }
        if let keys = state.personKeys, keys.personID == person.id {
            fields += keyFields(keys.phase, now: now, timeZone: timeZone)
        }
        let valueWidth = max(10, width - labelWidth - 1)
        var out: [Line] = []
        for (label, value, style) in fields {
            let wrapped = TerminalText.wrapped(value, toWidth: valueWidth, maxLines: maxValueLines)
            for (i, part) in wrapped.enumerated() {
                out.append(Line(label: i == 0 ? label : "", value: part, style: style))
            }
        }
        return out
    }

    /// One line per key: "name — created 2026-01-02, last used 2026-09-01, active".
    private static func keyFields(_ phase: PersonKeys.Phase, now: Date, timeZone: TimeZone) -> [(String, String, Style)]
    {
        switch phase {
        case .loading: return [("API keys", "reading…", .muted)]
        case .failed(let why): return [("API keys", "not read: \(why)", Style(.danger))]
        case .notVisible:
            return [
                ("API keys", "only DocSpace admins see other people's keys (the portal lists only your own)", .muted)
            ]
        case .loaded(let keys):
            guard !keys.isEmpty else { return [("API keys", "none", .muted)] }
            return keys.enumerated().map { index, key in
                let created = key.createdOn?.date.map { SignInsState.day($0, timeZone: timeZone) } ?? "?"
                let used = key.lastUsed?.date.map { SignInsState.day($0, timeZone: timeZone) } ?? "never"
                let state: String
                if key.works(at: now) {
                    state = "active"
                } else if key.isActive {
                    state = "expired"
                } else {
                    state = "turned off"
                }
                let text = "\(key.name) (\(key.maskedKey)) — created \(created), last used \(used), \(state)"
                return (index == 0 ? "API keys" : "", text, key.works(at: now) ? Style.plain : Style.muted)
            }
        }
    }
}
