import DocSpaceAPI

extension ImportPortal {
    /// Reads what the checks need, before anything is sent: the signed-in person, everyone
    /// (one request per 100 people), and the groups (one request per 100 groups) when a line
    /// names any. Throws the first error: a file is never checked against half a portal.
    public static func read(client: any PeopleClient, needsGroups: Bool) async throws -> ImportPortal {
        let me = try await client.me()
        let people = try await client.collectAllPeople(PeopleQuery())
        var groups: [Group] = []
        if needsGroups {
            var query = GroupQuery(count: GroupQuery.maxCount)
            while true {
                let page = try await client.groups(query)
                groups += page.groups
                query.startIndex += page.groups.count
                if page.groups.count < query.count || groups.count >= page.total { break }
            }
        }
        return ImportPortal(me: me, people: people, groups: groups)
    }
}

extension ImportFile {
    /// Whether any line names a group (else the groups are not read).
    public var namesGroups: Bool { lines.contains { !$0.groups.isEmpty } }
}
