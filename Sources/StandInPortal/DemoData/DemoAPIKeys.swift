/// The demo portal's API keys: a few people of the fixed cast have some, in every state the
/// rules care about — an admin's, a room admin's active and turned-off keys, a user's expired
/// key — so that listing, turning off and deleting can be tried on `demo-server`.
enum DemoAPIKeys {
    /// 2025-03-01 00:00 UTC and days from it.
    private static let start = PortalInstant(ticks: 1_740_787_200 * PortalInstant.ticksPerSecond)
    private static func day(_ n: Int64) -> PortalInstant { start.adding(seconds: n * 86_400) }

    private struct Seed {
        var email: String?
        var name: String
        var postfix: String
        var created: Int64
        var lastUsed: Int64?
        var expires: Int64?
        var isActive = true
        var permissions: [String] = []
    }

    /// `nil` e-mail: the owner.
    private static let seeds: [Seed] = [
        Seed(email: nil, name: "Nightly backup", postfix: "b4c1", created: 2, lastUsed: 270),
        Seed(
            email: "siobhan.obrien@example.com", name: "Zapier", postfix: "9f2e", created: 10, lastUsed: 268,
            permissions: ["accounts:read", "rooms:write"]),
        Seed(email: "zoe.aeroskobing@example.com", name: "CI upload", postfix: "77aa", created: 30, lastUsed: 265),
        Seed(
            email: "zoe.aeroskobing@example.com", name: "Old laptop", postfix: "0d3f", created: 5, lastUsed: 40,
            isActive: false),
        Seed(
            email: "lukasz.wisniewski@example.com", name: "Reports export", postfix: "e51b", created: 20,
            lastUsed: 80, expires: 110),
        Seed(email: "li.xiaolong@example.com", name: "Sync script", postfix: "4c08", created: 60, expires: 1200),
    ]

    /// The keys for the people of `directory` who are in it, newest first as the server lists.
    static func build(for directory: Directory, seed: UInt64) -> [PortalAPIKey] {
        var rng = SeededGenerator(seed: seed ^ 0x4B45_5953)
        var keys: [PortalAPIKey] = []
        for s in seeds {
            let owner = s.email.flatMap { directory.person(email: $0) } ?? (s.email == nil ? directory.owner : nil)
            guard let owner else { continue }
            keys.append(
                PortalAPIKey(
                    id: rng.guid(), name: s.name, postfix: s.postfix, createdBy: owner.id, createdOn: day(s.created),
                    lastUsed: s.lastUsed.map(day), expiresAt: s.expires.map(day), isActive: s.isActive,
                    permissions: s.permissions))
        }
        return keys.sorted { $1.createdOn < $0.createdOn }
    }
}
