import DocSpaceAPI

/// The network half of the rooms a person holds.
extension EffectRunner {
    /// The first `first` rooms each person owns and how many in all, one request each; after
    /// a 401 or a cancellation the rest are not asked (the answer would be the same).
    @concurrent
    nonisolated static func ownedRooms(_ ids: [String], first: Int, with client: any PeopleClient) async
        -> [OwnedRooms]
    {
        var answers: [OwnedRooms] = []
        var stop: DocSpaceError?
        for id in ids {
            if let stop {
                answers.append(.failed(id: id, stop))
                continue
            }
            do {
                let page = try await client.ownedRooms(of: id, first: first)
                answers.append(.known(id: id, total: page.total, first: page.rooms))
            } catch {
                let failure = docSpaceError(error)
                answers.append(.failed(id: id, failure))
                if case .unauthorized = failure { stop = failure }
                if failure == .cancelled { stop = failure }
            }
        }
        return answers
    }
}
