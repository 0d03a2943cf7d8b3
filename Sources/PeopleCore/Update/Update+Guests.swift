import DocSpaceAPI
import Foundation

/// The Guests view (`w`, `:guests`; `:people` or `w` again goes back): the People list with the
/// server's `area=2`, so every key of the list works on guests. Its filters "invited by me"
/// (`:invited-by-me`) and by inviter (`:inviter`; `[keys]` may bind `inviter_filter`), and a
/// guest's share link (`p`). Removing guests is `E`, on the change path.
extension AppState {
    /// Into the Guests view (`on`) or back to everyone. The other filters, the search and the
    /// marks stay; the inviter filter goes with the view it was set in only when leaving it.
    mutating func showGuests(_ on: Bool, into effects: inout [Effect]) {
        let area: PeopleArea? = on ? .guests : nil
        guard filters.area != area else { return }
        filters.area = area
        say(on ? "Guests: \(Self.guestsScope(session.me))" : "People: everyone")
        reload(keepRows: false, into: &effects)
    }

    /// Whose guests a listing holds, by the server's rule (`DbUserService`: `includeStrangers`
    /// for DocSpace admins, a relation from the caller for anyone else).
    static func guestsScope(_ me: Person) -> String {
        me.type == .docSpaceAdmin || me.isOwner ? "every guest of the portal" : "your guests only"
    }

    mutating func setInviter(_ inviter: InviterFilter?, into effects: inout [Effect]) {
        filters.inviter = inviter
        say(inviter.map { "Invited by: \($0.label)" } ?? "Invited by: anyone")
        reload(keepRows: false, into: &effects)
    }

    /// `:inviter` (or `inviter_filter`): in the Guests view, the guests of the selected guest's inviter; in the People
    /// list, the guests the selected person invited (the view changes to Guests). The
    /// inviter is read from the detail pane's copy, which the list's rows do not keep.
    mutating func filterByInviterOfSelected(into effects: inout [Effect]) {
        guard let selected = listRow(at: cursor) else {
            say("Nothing selected", .warning)
            return
        }
        if filters.area == .guests {
            guard let full = detail?.person, full.id == selected.id else {
                say("The inviter is not loaded yet: try again in a moment", .warning)
                return
            }
            guard let inviter = full.createdBy else {
                say("The portal does not name who invited \(selected.displayName)", .warning)
                return
            }
            setInviter(
                inviter.id == session.me.id ? .me : .person(id: inviter.id, name: inviter.displayName), into: &effects)
            return
        }
        let inviter: InviterFilter =
            selected.id == session.me.id ? .me : .person(id: selected.id, name: selected.displayName)
        filters.inviter = inviter
        showGuests(true, into: &effects)
        say("Guests invited by \(inviter.label)")
    }

    /// `:inviter me`, `:inviter all` (anyone), `:inviter` alone (the selected person's), or a name or e-mail among
    /// the people loaded and the inviters they name: one match sets the filter.
    mutating func inviterCommand(_ args: [String], into effects: inout [Effect]) {
        let text = args.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        switch text.lowercased() {
        case "": filterByInviterOfSelected(into: &effects)
        case "me": setInviter(.me, into: &effects)
        case "all", "any", "anyone", "none": setInviter(nil, into: &effects)
        default:
            let matches = inviterCandidates(matching: text.lowercased())
            if matches.isEmpty {
                // Nobody loaded: the portal reads the e-mail, user name or id, as `list --inviter`.
                let lookup: Request = text.contains("@") ? .lookUpEmails([text]) : .loadDetail(id: text)
                effects.append(request(.inviterLookup(text), lookup))
                say("Looking up \(text)…")
                return
            }
            guard matches.count == 1, let match = matches.first else {
                say("\(matches.count) people match \(text): type more of the name or e-mail", .warning)
                return
            }
            setInviter(match.id == session.me.id ? .me : .person(id: match.id, name: match.name), into: &effects)
        }
    }

    /// The loaded people and the creators the loaded people name, by id, whose name or e-mail
    /// contains `text`.
    private func inviterCandidates(matching text: String) -> [(id: String, name: String)] {
        var found: [String: String] = [:]
        func consider(id: String, name: String, email: String?) {
            if name.lowercased().contains(text) || (email?.lowercased().contains(text) ?? false) { found[id] = name }
        }
        consider(id: session.me.id, name: session.me.displayName, email: session.me.email)
        // Once per command, not per frame: every loaded person is read.
        for person in list.loadedPeople {
            consider(id: person.id, name: person.displayName, email: person.email)
            if let creator = person.createdBy { consider(id: creator.id, name: creator.displayName, email: nil) }
        }
        return found.map { (id: $0.key, name: $0.value) }.sorted { $0.name < $1.name }
    }

    /// The person `:inviter TEXT` named, read from the portal: the filter is theirs.
    mutating func inviterLookedUp(_ text: String, _ response: Response, into effects: inout [Effect]) {
        let found: Person?
        switch response {
        case .person(let person): found = person
        case .emailLookups(let lookups):
            found = lookups.compactMap { if case .found(_, let person) = $0 { person } else { nil } }.first
        case .failure(.cancelled): return
        case .failure(let error):
            say("No one is \(text): \(ErrorText.explain(error))", .warning)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
            return
        default: found = nil
        }
        guard let person = found else {
            say("No one is \(text)", .warning)
            return
        }
        setInviter(person.id == session.me.id ? .me : .person(id: person.id, name: person.displayName), into: &effects)
    }

    /// `p`: asks the portal for the selected guest's share link; the answer is copied.
    mutating func copyShareLink(into effects: inout [Effect]) {
        if let refusal = refusal(of: .copyShareLink) {
            say("Share link: \(refusal.text)", .warning)
            return
        }
        guard let row = listRow(at: cursor) else { return }
        effects.append(request(.shareLink(name: row.displayName), .guestShareLink(userID: row.id)))
        say("Asking the portal for the share link of \(row.displayName)…")
    }

    mutating func shareLinkAnswered(_ name: String, _ response: Response, into effects: inout [Effect]) {
        switch response {
        case .shareLink(let link):
            guard !link.isEmpty, !ControlCharacters.occur(in: link) else {
                say("Not copied: the portal's link for \(name) is empty or holds control characters", .warning)
                return
            }
            effects.append(.copyToClipboard(link))
            say("Copied the share link of \(name): \(link)", .success)
        case .failure(.cancelled):
            break
        case .failure(let error):
            say("No share link for \(name): \(ErrorText.explain(error))", .error)
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            break
        }
    }
}
