/// The demo portal's login history, drawn from what the demo directory already holds (each
/// person's avatar hash), never from the demo generator: drawing from it would change every
/// person after the first one that drew.
///
/// From the hash: about one person in seven has never signed in (nor has anyone invited and
/// not yet joined); everyone else last signed in 0…239 days before the portal started — so
/// some only before the kept history — with an older sign-in before that, and some with a
/// failed attempt after their last sign-in (a failure is not a sign-in). The owner signed in
/// today. Rows older than the kept history (`loginHistoryDays`) are not kept, as the server's
/// clean-up removes them.
enum DemoLoginHistory {
    static func build(for directory: Directory, now: PortalInstant, keptDays: Int) -> [PortalLoginEvent] {
        let oldest = now.adding(seconds: -Int64(keptDays) * 86_400)
        var events: [PortalLoginEvent] = []
        for person in directory.people where person.status != .pending && person.activationStatus != .pending {
            let hash = abs(person.avatarHash)
            if !person.isOwner && hash % 7 == 0 { continue }
            let lastDaysAgo = person.isOwner ? 0 : Int64(hash % 240)
            let secondsIntoDay = Int64(hash / 240 % 86_000)
            let last = now.adding(seconds: -(lastDaysAgo * 86_400 + secondsIntoDay))
            let earlier = last.adding(seconds: -Int64(10 + hash % 30) * 86_400)
            let ip = "192.0.2.\(hash % 200 + 1)"
            events.append(
                .init(id: 0, date: earlier, userID: person.id, login: person.email, action: .loginSuccess, ip: ip))
            events.append(
                .init(id: 0, date: last, userID: person.id, login: person.email, action: .loginSuccess, ip: ip))
            if hash % 5 == 0 {
                let failed = last.adding(seconds: Int64(1 + hash % 3) * 3_600)
                events.append(
                    .init(
                        id: 0, date: failed, userID: person.id, login: person.email,
                        action: .loginFailInvalidCombination, ip: ip))
            }
        }
        events = events.filter { $0.date >= oldest && $0.date <= now }
        events.sort { $0.date < $1.date }
        for index in events.indices { events[index].id = index + 1 }
        return events
    }
}
