import DocSpaceAPI

/// `K`: the selected person's API keys in the detail pane, read on demand (`GET keys`, then
/// the person's by owner). The portal lists every key to a DocSpace admin and only the
/// caller's own to anyone else, so for someone else's keys a non-admin is told so, never "no
/// keys". Turning them off (`J`, `:keys-disable`) and deleting them (`:keys-delete`) are
/// changes on the change path, like any other.
extension AppState {
    mutating func showAPIKeys(into effects: inout [Effect]) {
        guard let person = selectedPerson else { return }
        if case .loading(let old) = personKeys?.phase {
            effects.append(.cancel([old]))
            _ = finish(old)
        }
        guard PersonKeys.canList(of: person, me: session.me) else {
            personKeys = PersonKeys(personID: person.id, phase: .notVisible)
            say("Only DocSpace admins see other people's API keys", .warning)
            return
        }
        let effect = request(.apiKeys(personID: person.id), .loadAPIKeys)
        if case .request(let id, _) = effect { personKeys = PersonKeys(personID: person.id, phase: .loading(id)) }
        effects.append(effect)
    }

    mutating func apiKeysAnswered(
        _ id: RequestID, personID: String, _ response: Response, into effects: inout [Effect]
    ) {
        guard let current = personKeys, current.personID == personID, current.phase == .loading(id) else { return }
        switch response {
        case .apiKeys(let keys):
            let theirs = keys.filter { $0.ownerID.lowercased() == personID.lowercased() }
            personKeys?.phase = .loaded(theirs)
        case .failure(let error):
            personKeys?.phase = .failed(ErrorText.explain(error))
            if case .unauthorized = error { sessionExpired(error, refusedChange: nil, into: &effects) }
        default:
            personKeys?.phase = .failed("unexpected answer")
        }
    }

    /// After a change of keys the list in the detail is read again, so it shows what the
    /// portal has now.
    mutating func rereadKeys(after kind: ChangeKind, into effects: inout [Effect]) {
        switch kind {
        case .turnOffKeys, .deleteKeys:
            guard let current = personKeys, case .loaded = current.phase else { return }
            let effect = request(.apiKeys(personID: current.personID), .loadAPIKeys)
            if case .request(let id, _) = effect { personKeys?.phase = .loading(id) }
            effects.append(effect)
        case .terminate, .reactivate, .delete, .setType, .resendInvitation, .signOut, .resetTwoFactor,
            .sendPasswordReset, .setEmail, .addToGroup, .removeFromGroup, .setQuota, .resetQuota, .removeGuest:
            return
        }
    }
}
