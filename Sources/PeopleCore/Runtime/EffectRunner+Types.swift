import DocSpaceAPI

/// The network half of type changes and of the hand-over before a delete.
extension EffectRunner {
    @concurrent
    nonisolated static func performTypes(_ request: Request, with client: any PeopleClient) async -> Response {
        do {
            switch request {
            case .startTypeChange(let userID, let type, let receiver):
                return .task(try await client.startTypeChange(userId: userID, to: type, reassignTo: receiver))
            case .typeChangeProgress(let userID):
                return .task(try await client.typeChangeProgress(userId: userID))
            case .reassignNecessary(let ids):
                return .handoverNeeds(await handoverNeeds(ids, with: client))
            case .startReassign(let from, let to):
                return .task(try await client.startReassign(from: from, to: to, deleteProfile: false))
            case .reassignProgress(let userID):
                return .task(try await client.reassignProgress(userId: userID))
            case .cancelTypeChange(let userID):
                return .task(try await client.cancelTypeChange(userId: userID))
            case .cancelReassign(let userID):
                return .task(try await client.cancelReassign(userId: userID))
            default:
                return .failure(.transport(message: "not a type-change request"))
            }
        } catch {
            return .failure(docSpaceError(error))
        }
    }

    /// `reassign/necessary` for each person; after a 401 or a cancellation the rest are not
    /// asked (the answer would be the same).
    @concurrent
    nonisolated static func handoverNeeds(_ ids: [String], with client: any PeopleClient) async -> [HandoverNeed] {
        var needs: [HandoverNeed] = []
        var stop: DocSpaceError?
        for id in ids {
            if let stop {
                needs.append(.failed(id: id, stop))
                continue
            }
            do {
                needs.append(.known(id: id, needed: try await client.reassignNecessary(userId: id)))
            } catch {
                let failure = docSpaceError(error)
                needs.append(.failed(id: id, failure))
                if case .unauthorized = failure { stop = failure }
                if failure == .cancelled { stop = failure }
            }
        }
        return needs
    }
}
