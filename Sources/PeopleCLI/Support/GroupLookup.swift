import DocSpaceAPI
import Foundation

/// Finds the group a command names: by id, else by its exact name. The portal has no
/// lookup by name and lets two groups share one, so the name is searched (`filterValue`
/// matches any part, any case) and only an exact match counts; two exact matches are a
/// refusal that asks for the id rather than a guess.
enum GroupLookup {
    static func find(_ text: String, client: any PeopleClient) async throws(CLIFailure) -> Group {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { throw .usage("name a group by its id or its name") }
        if UUID(uuidString: wanted) != nil {
            return try await CommandRunner.call { try await client.group(id: wanted, includeMembers: false) }
        }
        let candidates = try await all(GroupQuery(text: wanted), client: client)
        let named = candidates.filter { $0.name == wanted }
        switch named.count {
        case 1: return named[0]
        case 0:
            let folded = candidates.filter { $0.name.lowercased() == wanted.lowercased() }
            if folded.count == 1 { return folded[0] }
            throw .api(.notFound(message: "No group is named \"\(wanted)\""))
        default:
            let ids = named.map(\.id).joined(separator: ", ")
            throw .refused("\(named.count) groups are named \"\(wanted)\"; name one by its id: \(ids)")
        }
    }

    /// Every page of `query`, one request per 100 groups; stops at a short page.
    static func all(_ query: GroupQuery, client: any PeopleClient) async throws(CLIFailure) -> [Group] {
        var query = query
        query.count = GroupQuery.maxCount
        var groups: [Group] = []
        while true {
            let asked = query
            let page = try await CommandRunner.call { try await client.groups(asked) }
            groups += page.groups
            query.startIndex += page.groups.count
            if page.groups.count < query.count || groups.count >= page.total { return groups }
        }
    }
}
