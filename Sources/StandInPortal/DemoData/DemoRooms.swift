/// The demo portal's rooms: everyone the directory marks as owning rooms (`ownsRooms`) owns one
/// to three, and a few other active people are members of some; most people hold none. The
/// same seed and directory always give the same rooms.
enum DemoRooms {
    /// 2024-01-01 00:00 UTC and days from it.
    private static let start = PortalInstant(ticks: 1_704_067_200 * PortalInstant.ticksPerSecond)

    private static let titles = [
        "Board papers", "Q3 planning", "Contracts", "Onboarding", "Design reviews", "Press kit",
        "Customer <EU> files", "Budget & forecasts", "Legal hold", "Partner portal", "Release notes",
        "Recruiting", "Office move", "Audit 2025",
    ]
    private static let types = [2, 2, 5, 1, 6, 8]

    static func build(for directory: Directory, seed: UInt64) -> [PortalRoom] {
        var rng = SeededGenerator(seed: seed ^ 0x524F_4F4D)
        let people = directory.people
        let owners = people.filter(\.ownsRooms)
        // Members come from the generated people who are active, not pending invitees and not
        // guests: being in a room makes `reassign/necessary` true, and the tests rely on what
        // the fixed cast (and the guests they delete) hold.
        let cast = DemoDirectoryBuilder.castEmails
        let pool = people.filter {
            $0.status == .active && $0.activationStatus != .pending && $0.type != .guest && !$0.isOwner
                && !cast.contains($0.email)
        }
        var rooms: [PortalRoom] = []
        for owner in owners {
            let count = owner.isOwner ? 3 : 1 + rng.below(3)
            for _ in 0..<count {
                var room = PortalRoom(
                    id: 1000 + rooms.count, title: rng.pick(titles), type: rng.pick(types), ownerID: owner.id,
                    created: start.adding(seconds: Int64(rng.below(600)) * 86_400))
                if !pool.isEmpty {
                    for _ in 0..<rng.below(4) {
                        let member = rng.pick(pool)
                        if member.id != owner.id { room.memberIDs.insert(member.id) }
                    }
                }
                room.isArchived = rooms.count % 9 == 8
                rooms.append(room)
            }
        }
        return rooms
    }
}
