import DocSpaceAPI

extension ImportPortal {
    /// Reads what the checks need, before anything is sent: the signed-in person, everyone
    /// (one request per 100 people), the groups (one request per 100 groups) when a line
    /// names any, the paid seats when a line gives a paid type, and whether per-user quotas
    /// are on when a line gives a quota. Throws the first error: a file is never checked
    /// against half a portal.
    public static func read(
        client: any PeopleClient, needsGroups: Bool, needsSeats: Bool = false, needsQuotas: Bool = false
    ) async throws -> ImportPortal {
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
        let seats = needsSeats ? try await client.paidSeats() : nil
        // Only a DocSpace admin may read the quota settings (403); anyone else's quota lines
        // are refused by the rule of `setQuota` already.
        let canSetQuotas = ChangeKind.setQuota(.noLimit).refusal(for: me, me: me) == nil
        let quotasOn = needsQuotas && canSetQuotas ? try await client.userQuotaSettings().enableQuota : nil
        return ImportPortal(me: me, people: people, groups: groups, paidSeats: seats, quotasOn: quotasOn)
    }
}

extension ImportFile {
    /// Whether any line names a group (else the groups are not read).
    public var namesGroups: Bool { lines.contains { !$0.groups.isEmpty } }

    /// Whether any line gives a type that takes a paid seat (else the seats are not read).
    public var namesPaidTypes: Bool {
        lines.contains { EmployeeType(parsing: $0.type).map(ImportPlan.takesPaidSeat) ?? false }
    }

    /// Whether any line gives a quota (else the quota settings are not read).
    public var givesQuotas: Bool { lines.contains { !$0.quota.isEmpty } }
}
