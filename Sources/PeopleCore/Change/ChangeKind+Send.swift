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
            case .turnOffKeys(let choice):
                return try await Self.sendKeys(ids, choice: choice, deleting: false, with: client)
            case .deleteKeys(let choice):
                return try await Self.sendKeys(ids, choice: choice, deleting: true, with: client)
            }
        } catch {
            return .failure(EffectRunner.docSpaceError(error))
        }
    }
}
