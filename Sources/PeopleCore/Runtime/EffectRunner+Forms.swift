import DocSpaceAPI

extension EffectRunner {
    /// Looks each address up by e-mail, one after the other; a 404 means nobody has it.
    /// After a 401 or a cancellation the rest are not asked: the answer would be the same.
    @concurrent
    public nonisolated static func lookUp(emails: [String], with client: any PeopleClient) async -> [EmailLookup] {
        var lookups: [EmailLookup] = []
        var stop: DocSpaceError?
        for email in emails {
            if let stop {
                lookups.append(.failed(email: email, stop))
                continue
            }
            do {
                lookups.append(.found(email: email, try await client.person(email: email)))
            } catch DocSpaceError.notFound {
                lookups.append(.missing(email: email))
            } catch {
                let failure = docSpaceError(error)
                lookups.append(.failed(email: email, failure))
                if case .unauthorized = failure { stop = failure }
                if failure == .cancelled { stop = failure }
            }
        }
        return lookups
    }
}
