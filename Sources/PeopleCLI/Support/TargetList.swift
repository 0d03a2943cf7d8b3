import ArgumentParser
import DocSpaceAPI
import Foundation

/// The people a bulk command acts on: ids, user names or e-mails from the arguments and from
/// a file (`--from FILE`, `-` for standard input; one per line, `#` comments allowed).
struct TargetOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("People by id, user name or e-mail.", valueName: "person"))
    var people: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read more people from a file, one per line (- for standard input).", valueName: "file"))
    var from: String?

    func targets() throws(CLIFailure) -> [String] {
        var all = people
        if let from {
            let text: String
            if from == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: from) else {
                    throw .usage("cannot read \(from)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let item = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    .trimmingCharacters(in: .whitespaces)
                // A CSV export's first column is the id; accept such files too.
                let first = item.split(separator: ",").first.map(String.init) ?? item
                if !first.isEmpty && first != "id" { all.append(first) }
            }
        }
        var seen = Set<String>()
        all = all.filter { seen.insert($0.lowercased()).inserted }
        guard !all.isEmpty else { throw .usage("name at least one person (id, user name or e-mail), or --from FILE") }
        return all
    }
}

/// Looks people up by what the user typed.
///
/// A few people are read one by one (`GET people/{id}` or `GET people/email`, up to 8 at a
/// time). For many people that is one request per person — 1,000 GETs to terminate 1,000
/// leavers — so from `listingThreshold` people on, the portal's listing is read once instead
/// (`GET people/filter`, 100 people per request, up to 8 in flight) and the people are matched
/// here, when the listing is the cheaper way (see `pageCost`). Whoever the listing does not
/// show — a typo, someone the caller may not see, someone who moved between pages while they
/// were read — is then looked up on their own, so every result and every message is the same
/// as with single lookups.
enum TargetResolver {
    struct Resolved: Sendable {
        var input: String
        var result: Result<Person, DocSpaceError>
    }

    /// Below this many people, single lookups are always cheap enough.
    static let listingThreshold = 20
    /// What reading one page of 100 people costs, counted in single lookups. The listing is
    /// read when pages × `pageCost` ≤ the people still to find, i.e. when it saves at least
    /// four requests in five. A page is 100× the bytes of one person; on the stand-in
    /// (release, loopback) it takes about as long as 6–8 lookups, and on a real portal, where
    /// each request also pays for TLS, the proxy, authentication and a database round trip,
    /// fewer. Terminating 1,000 people on a portal of 10,000: 100 pages instead of 1,000
    /// lookups; on a portal of 100,000, the 1,000 lookups.
    static let pageCost = 5

    static func resolve(_ inputs: [String], client: any PeopleClient, maxConcurrent: Int = 8) async -> [Resolved] {
        var found: [Int: Person] = [:]
        if inputs.count >= listingThreshold {
            found = await matchInListing(inputs, client: client, maxConcurrent: maxConcurrent)
        }
        let rest = inputs.indices.filter { found[$0] == nil }
        let lookedUp = await lookUpOneByOne(rest.map { inputs[$0] }, client: client, maxConcurrent: maxConcurrent)
        var results = inputs.indices.map { index in
            found[index].map { Resolved(input: inputs[index], result: .success($0)) }
        }
        for (index, resolved) in zip(rest, lookedUp) { results[index] = resolved }
        return results.compactMap { $0 }
    }

    /// One request per person, at most `maxConcurrent` in flight, in the inputs' order.
    static func lookUpOneByOne(_ inputs: [String], client: any PeopleClient, maxConcurrent: Int) async -> [Resolved] {
        await withTaskGroup(of: (Int, Resolved).self) { group in
            var results = [Resolved?](repeating: nil, count: inputs.count)
            var next = 0
            func add(_ index: Int) {
                let input = inputs[index]
                group.addTask {
                    do {
                        let person = input.contains("@")
                            ? try await client.person(email: input)
                            : try await client.person(id: input)
                        return (index, Resolved(input: input, result: .success(person)))
                    } catch let error as DocSpaceError {
                        return (index, Resolved(input: input, result: .failure(error)))
                    } catch {
                        return (index, Resolved(input: input, result: .failure(.cancelled)))
                    }
                }
            }
            while next < min(maxConcurrent, inputs.count) { add(next); next += 1 }
            for await (index, resolved) in group {
                results[index] = resolved
                if next < inputs.count { add(next); next += 1 }
            }
            return results.compactMap { $0 }
        }
    }

    /// The inputs (by index) found in the portal's listing. Reads the first page, and the
    /// rest only when that is cheaper than looking the remaining people up one by one; stops
    /// as soon as everyone is found. Any failure just ends the search: whoever is not found
    /// yet is looked up on their own, and a real problem surfaces there, per person.
    static func matchInListing(_ inputs: [String], client: any PeopleClient, maxConcurrent: Int) async -> [Int: Person] {
        var matcher = TargetMatcher(inputs)
        // Registration order: people added meanwhile go to the end instead of shifting pages.
        let query = PeopleQuery(sortBy: .registrationDate, count: PeopleQuery.maxCount)
        guard let first = try? await client.people(query) else { return [:] }
        matcher.match(first.people)
        // The claimed total is not trusted: the schedule clamps it, and the first short or
        // empty page ends the search (`PageSchedule`).
        var schedule = PageSchedule(after: first, count: query.count)
        let remainingPages = (schedule.end - min(schedule.end, schedule.next) + query.count - 1) / query.count
        guard !matcher.isComplete, remainingPages > 0, remainingPages <= matcher.unmatchedCount / pageCost else {
            return matcher.found
        }
        await withTaskGroup(of: PeoplePage?.self) { group in
            var inFlight = 0
            func startNext() {
                guard inFlight < max(1, maxConcurrent), let start = schedule.nextStart() else { return }
                var page = query
                page.startIndex = start
                inFlight += 1
                group.addTask { try? await client.people(page) }
            }
            for _ in 0..<max(1, maxConcurrent) { startNext() }
            while let page = await group.next() {
                inFlight -= 1
                guard let page else { group.cancelAll(); break }
                schedule.received(page)
                matcher.match(page.people)
                if matcher.isComplete { group.cancelAll(); break }
                startNext()
            }
        }
        return matcher.found
    }
}

/// Matches listed people to what the user typed, the way the portal's lookups do: an input
/// with `@` is an e-mail, one shaped like a GUID is an id, anything else a user name — all
/// compared without regard to case. A GUID-shaped input that matches no id is left to the
/// single lookup, which also tries it as a user name.
struct TargetMatcher {
    private var byEmail: [String: Int] = [:]
    private var byID: [String: Int] = [:]
    private var byUserName: [String: Int] = [:]
    private(set) var found: [Int: Person] = [:]
    private let wanted: Int

    init(_ inputs: [String]) {
        for (index, input) in inputs.enumerated() {
            let key = input.lowercased()
            if key.contains("@") {
                // The portal trims an e-mail before looking it up; ids and user names go as typed.
                byEmail[key.trimmingCharacters(in: .whitespaces)] = index
            } else if UUID(uuidString: key) != nil {
                byID[key] = index
            } else {
                byUserName[key] = index
            }
        }
        wanted = byEmail.count + byID.count + byUserName.count
    }

    var isComplete: Bool { found.count == wanted }
    var unmatchedCount: Int { wanted - found.count }

    mutating func match(_ people: [Person]) {
        for person in people {
            if let index = byID[person.id.lowercased()] { found[index] = person }
            if let email = person.email?.lowercased(), let index = byEmail[email] { found[index] = person }
            if let userName = person.userName?.lowercased(), let index = byUserName[userName] { found[index] = person }
        }
    }
}
