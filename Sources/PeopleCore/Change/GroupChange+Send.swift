import DocSpaceAPI

/// The network half of a group change: one request, then the proof. Never throws.
extension GroupChange {
    @concurrent
    public func send(with client: any PeopleClient) async -> GroupChangeOutcome {
        do {
            let after: Group?
            switch self {
            case .create(let name, let head, let members):
                after = try await client.createGroup(
                    NewGroup(name: name, headID: head?.id, memberIDs: members.map(\.id)))
            case .rename(let group, let name):
                after = try await client.updateGroup(id: group.id, GroupUpdate(name: name))
            case .setHead(let group, let person):
                after = try await client.setHead(groupID: group.id, userID: person.id)
            case .move(let from, let to):
                // The answer is `to`; the proof is `from` read back, which lists no one.
                _ = try await client.moveMembers(from: from.id, to: to.id)
                after = try await Self.read(from.id, client: client)
            case .delete(let group):
                try await client.deleteGroup(id: group.id)
                after = try await Self.read(group.id, client: client)
            }
            return outcome(after, cause: nil)
        } catch {
            let cause = EffectRunner.docSpaceError(error)
            guard let id = groupID else {
                // A group that may have been created has no id to read back: its name could
                // be another group's, so nothing is guessed.
                return GroupChangeOutcome(
                    outcome: .failed,
                    detail: cause.isUnclear
                        ? "outcome unknown: no clear answer (\(ErrorText.explain(cause))); `groups list` shows whether it was created"
                        : ErrorText.explain(cause),
                    stoppedBy: cause)
            }
            // The server may have acted before it failed (a head set before a 403): the group
            // as it is now decides.
            do {
                return outcome(try await Self.read(id, client: client), cause: cause)
            } catch {
                return GroupChangeOutcome(
                    outcome: .failed,
                    detail:
                        "outcome unknown: \(ChangeRun.why(cause)), and the re-read failed (\(ErrorText.explain(EffectRunner.docSpaceError(error))))",
                    stoppedBy: cause)
            }
        }
    }

    /// The group with its members; `nil` when the portal no longer has it (404).
    static func read(_ id: String, client: any PeopleClient) async throws -> Group? {
        do {
            return try await client.group(id: id, includeMembers: true)
        } catch DocSpaceError.notFound {
            return nil
        }
    }

    private func outcome(_ after: Group?, cause: DocSpaceError?) -> GroupChangeOutcome {
        if shows(after) {
            let proof = cause.map { " (\(ChangeRun.why($0)); a re-read shows it done)" } ?? ""
            return GroupChangeOutcome(outcome: .done, detail: doneDetail(after) + proof, group: after, stoppedBy: cause)
        }
        let why = cause.map { "\(ChangeRun.why($0)); " } ?? "the portal skipped it without a word; "
        return GroupChangeOutcome(
            outcome: cause == nil ? .skipped : .failed, detail: why + "a re-read shows \(shownState(after))",
            group: after,
            stoppedBy: cause)
    }

    /// Whether the group read back shows the change done.
    public func shows(_ group: Group?) -> Bool {
        switch self {
        case .create(let name, let head, let members):
            guard let group, group.name == name else { return false }
            if let head, group.head?.id.lowercased() != head.id.lowercased() { return false }
            let listed = Set((group.members ?? []).map { $0.id.lowercased() })
            return members.allSatisfy { listed.contains($0.id.lowercased()) }
        case .rename(_, let name): return group?.name == name
        case .setHead(_, let person): return group?.head?.id.lowercased() == person.id.lowercased()
        case .move: return group.map { ($0.members ?? []).isEmpty && $0.memberCount == 0 } ?? false
        case .delete: return group == nil
        }
    }

    func doneDetail(_ group: Group?) -> String {
        switch self {
        case .create:
            "created with \(PeopleCount(group?.memberCount ?? 0).text)"
                + (group?.head.map { ", head \($0.displayName)" } ?? "")
        case .rename(_, let name): "now named \(name)"
        case .setHead(_, let person): "\(person.displayName) is now the head"
        case .move(_, let to): "every member moved to \(to.name)"
        case .delete: "deleted; its people stay"
        }
    }

    func shownState(_ group: Group?) -> String {
        guard let group else { return "no such group" }
        switch self {
        case .create: return "\(group.name) with \(PeopleCount(group.memberCount).text)"
        case .rename: return "it still named \(group.name)"
        case .setHead: return "its head is \(group.head?.displayName ?? "nobody")"
        case .move(let from, _): return "\(PeopleCount(group.memberCount).text) still in \(from.name)"
        case .delete: return "it still there"
        }
    }
}
