import DocSpaceAPI

/// The network half of a change: one batch as one request (two for a delete, which is then
/// read back), answered as a `BatchAnswer`. Never throws: a failure is an answer too.
extension ChangeKind {
    @concurrent
    public func send(_ ids: [String], with client: any PeopleClient) async -> BatchAnswer {
        do {
            switch self {
            case .terminate:
                return .people(try await client.setStatus(.terminated, ids: ids))
            case .reactivate:
                return .people(try await client.setStatus(.active, ids: ids))
            case .setType(let type):
                return .people(try await client.upgradeType(type, ids: ids))
            case .resendInvitation:
                return .people(try await client.resendInvitations(ids: ids))
            case .delete:
                // The answer lists people the server skipped too: only a 404 afterwards
                // proves a deletion, so every id sent is read back, each alone.
                if ids.count == 1 {
                    _ = try await client.delete(id: ids[0])
                } else {
                    _ = try await client.delete(ids: ids)
                }
                return .deletion(await TargetReread.lookupsAlone(ids: ids, client: client))
            case .signOut:
                for id in ids { try await client.signOutEverywhere(userId: id) }
                return .accepted
            case .resetTwoFactor:
                for id in ids { try await client.resetTwoFactor(userId: id) }
                return .accepted
            case .sendPasswordReset:
                // The route takes an address, not an id: the person is read first, so the
                // mail goes to the address the portal holds now.
                for id in ids {
                    let person = try await client.person(id: id)
                    _ = try await client.sendPasswordReset(email: person.email ?? "")
                }
                return .accepted
            case .setEmail(let email):
                // The answer is a sentence; the person read afterwards shows the new address.
                var changed: [Person] = []
                for id in ids {
                    _ = try await client.changeEmail(userId: id, to: email)
                    changed.append(try await client.person(id: id))
                }
                return .people(changed)
            case .addToGroup(let group), .removeFromGroup(let group):
                return await sendMembership(ids, group: group, with: client)
            case .turnOffKeys(let choice):
                return try await Self.sendKeys(ids, choice: choice, deleting: false, with: client)
            case .deleteKeys(let choice):
                return try await Self.sendKeys(ids, choice: choice, deleting: true, with: client)
            case .setQuota(let limit):
                return .people(try await client.setQuota(limit, ids: ids))
            case .resetQuota:
                return .people(try await client.resetQuota(ids: ids))
            case .removeGuest:
                try await client.removeGuests(ids: ids)
                return .accepted
            }
        } catch {
            return .failure(EffectRunner.docSpaceError(error))
        }
    }
}

extension ChangeKind {
    /// A membership change, then the group as the portal lists it. The server answers
    /// `AddMembersTo` and `RemoveMembersFrom` with the group read after the change
    /// (`GetGroup`, members included): that answer is the re-read, and whoever it does not
    /// show added was skipped. After an error or a lost answer the group is read again
    /// (`GET group/{id}`) — the server adds and removes people one by one — and only when that
    /// read fails too are the people themselves read back (`ChangeRun`'s re-read, their own
    /// `groups`). A 401 and a 429 go to the run as they are: the one stops it, the other did
    /// nothing and is sent again.
    func sendMembership(_ ids: [String], group: GroupRef, with client: any PeopleClient) async -> BatchAnswer {
        var answered: Group?
        var cause: DocSpaceError?
        do {
            switch self {
            case .removeFromGroup: answered = try await client.removeMembers(groupID: group.id, ids: ids)
            case .addToGroup, .terminate, .reactivate, .delete, .setType, .resendInvitation, .signOut,
                .resetTwoFactor, .sendPasswordReset, .setEmail, .turnOffKeys, .deleteKeys, .setQuota, .resetQuota,
                .removeGuest:
                answered = try await client.addMembers(groupID: group.id, ids: ids)
            }
        } catch {
            cause = EffectRunner.docSpaceError(error)
        }
        if let cause, cause.stopsBeforeReadBack { return .failure(cause) }
        var members = answered?.members
        if members == nil {
            do {
                members = try await client.group(id: group.id, includeMembers: true).members
            } catch {
                return .failure(cause ?? EffectRunner.docSpaceError(error))
            }
        }
        let listed = Dictionary(
            (members ?? []).map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        return .membership(listed: listed, cause: cause)
    }
}

extension DocSpaceError {
    /// A 401 stops the run (the session must sign in again) and a 429 did nothing and is sent
    /// again: neither is a reason to read the group back.
    fileprivate var stopsBeforeReadBack: Bool {
        switch self {
        case .unauthorized, .rateLimited: true
        case .forbidden, .notFound, .badRequest, .paymentRequired, .server, .transport, .dropped, .timeout, .decoding,
            .cancelled:
            false
        }
    }
}
