import DocSpaceAPI

/// Reads the people a change is about as the portal has them now: before a change is sent
/// (are they still the people the admin confirmed, does it still apply to each?) and after a
/// refused or unclear batch (whom did the portal change before it stopped?). The terminal UI
/// (`Request.verify`) and the command line (`terminate`, `activate`, `delete`, `set-type`
/// finding the people named) both read people through here.
///
/// The cost rule. A person read alone costs one request (`GET people/{id}`, or
/// `GET people/email`); a page of the listing (`GET people/filter`, sorted by registration
/// date so that people added meanwhile go to the end instead of shifting pages, 100 people:
/// the most the portal allows) shows a hundred people in one request. A portal limits each
/// user's requests (DocSpace cloud: 1,500 a minute), so terminating the 917 people marked on
/// a portal of 1,000 must not cost 917 reads when 10 pages show them all. A page is heavier
/// than one lookup, though — 100 people's bytes, and on the stand-in about as long as 6–8
/// lookups — so it is counted as `pageCost` lookups. Below `listingThreshold` people, the
/// lookups are always cheap enough. From there on the first page is read; its `total` tells
/// the portal's size (clamped, and the first short or empty page ends the listing:
/// `PageSchedule`), and the other pages are read, `maxConcurrent` at a time, only when
/// pages × `pageCost` ≤ the people still to find. Terminating 1,000 people on a portal of
/// 10,000: 100 pages instead of 1,000 lookups; on a portal of 100,000, the first page and
/// the 1,000 lookups.
///
/// Whoever the listing does not show — deleted (only a 404 proves that), hidden from the
/// caller, moved between pages while they were read, a typo — is then looked up alone, so
/// every answer is the one a single lookup would give. A failed page just ends the search:
/// a real problem shows in the single lookups, person by person.
public enum TargetReread {
    /// Below this many people, single lookups are always cheap enough.
    public static let listingThreshold = 20
    /// What one listing page costs, counted in single lookups.
    public static let pageCost = 5
    /// Requests in flight at once: the client's own bound per portal.
    public static let maxConcurrent = 8

    /// One name and what the portal has for it now.
    public struct Answer: Sendable {
        public var input: String
        public var result: Result<Person, DocSpaceError>
    }

    /// Every name's person as the portal has them now (or why not), in the names' order.
    public static func read(
        _ names: [TargetName], client: any PeopleClient,
        maxConcurrent: Int = maxConcurrent
    ) async -> [Answer] {
        var matcher = TargetMatcher(names)
        if names.count >= listingThreshold {
            await ListingSearch(client: client, maxConcurrent: maxConcurrent).match(&matcher)
        }
        let rest = names.indices.filter { matcher.found[$0] == nil }
        let alone = await SingleLookups(client: client, maxConcurrent: maxConcurrent).read(rest.map { names[$0] })
        var results = names.map { name in Result<Person, DocSpaceError>.failure(.cancelled) }
        for (index, person) in matcher.found { results[index] = .success(person) }
        for (index, result) in zip(rest, alone) { results[index] = result }
        return zip(names, results).map { Answer(input: $0.text, result: $1) }
    }

    /// People the command line names, as typed (ids, user names, e-mails).
    public static func read(
        typed inputs: [String], client: any PeopleClient,
        maxConcurrent: Int = maxConcurrent
    ) async -> [Answer] {
        await read(inputs.map(TargetName.typed), client: client, maxConcurrent: maxConcurrent)
    }

    /// People pinned by id, by the cost rule; a 404 is a missing person.
    public static func lookups(
        ids: [String], client: any PeopleClient,
        maxConcurrent: Int = maxConcurrent
    ) async -> [Lookup] {
        await read(ids.map(TargetName.id), client: client, maxConcurrent: maxConcurrent).map(lookup)
    }

    /// People pinned by id, each read alone: after a delete, where the listing cannot help
    /// (the people deleted are not in it) and only a 404 proves that someone is gone.
    public static func lookupsAlone(ids: [String], client: any PeopleClient) async -> [Lookup] {
        let results = await SingleLookups(client: client, maxConcurrent: maxConcurrent).read(ids.map(TargetName.id))
        return zip(ids, results).map { lookup(Answer(input: $0, result: $1)) }
    }

    private static func lookup(_ answer: Answer) -> Lookup {
        switch answer.result {
        case .success(let person): .found(person)
        case .failure(.notFound): .missing(id: answer.input)
        case .failure(let error): .failed(id: answer.input, error)
        }
    }
}
