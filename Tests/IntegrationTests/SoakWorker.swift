import DocSpaceAPI
import Foundation

/// One of the soak's concurrent callers: a seeded mix of reads (pages, a person by id or
/// e-mail, @self) and status changes on people only this worker touches, each call judged
/// as it returns.
struct SoakWorker: Sendable {
    enum Operation: String, CaseIterable, Sendable {
        case list, person, email
        case me = "@self"
        case status
    }

    /// What every worker knows about the portal before the soak starts.
    struct Directory: Sendable {
        var ids: [String]
        var emails: [String]
        var users: Int
    }

    /// A person this worker changes: the status the portal last confirmed, and every status
    /// asked for since (or ever, for a call that ended unclearly: a late answer may still land).
    struct Ledger: Sendable {
        var id: String
        var confirmed: EmployeeStatus = .active
        var attemptedSinceConfirmed: [EmployeeStatus] = []
        var unclear: [EmployeeStatus] = []

        var possible: [EmployeeStatus] { [confirmed] + attemptedSinceConfirmed + unclear }
    }

    let index: Int
    /// Every call is this operation (to find which one a problem comes with), or a mix.
    let only: Operation?
    private var random: SoakRandom
    private(set) var ledgers: [Ledger]
    private(set) var tally = SoakTally()

    init(index: Int, seed: UInt64, people: [String], only: Operation? = nil) {
        self.index = index
        self.only = only
        random = SoakRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        ledgers = people.map { Ledger(id: $0) }
    }

    /// Makes `calls` calls one after another.
    mutating func run(_ calls: Int, client: DocSpaceClient, directory: Directory) async {
        for _ in 0..<calls { await callOnce(client: client, directory: directory) }
    }

    private mutating func callOnce(client: DocSpaceClient, directory: Directory) async {
        let roll = random.int(0..<100)
        let chosen: Operation =
            switch roll {
            case 0..<35: .list
            case 35..<57: .person
            case 57..<72: .email
            case 72..<85: .me
            default: ledgers.isEmpty ? .me : .status
            }
        let operation = only ?? chosen
        var ledgerIndex: Int?
        var target: EmployeeStatus?
        do {
            switch operation {
            case .list:
                let count = random.pick([25, 50, 100])
                let pages = max(1, (directory.users + count - 1) / count)
                let query = PeopleQuery(
                    text: random.chance(0.1) ? random.pick(["a", "an", "example.org", "zz"]) : nil,
                    status: random.chance(0.1) ? .active : nil,
                    startIndex: random.int(0..<(pages + 1)) * count, count: count)
                let page = try await client.people(query)
                check(page.people.count <= count, "page of \(page.people.count) for count \(count)")
                check(page.total >= 0 && page.startIndex == query.startIndex, "page \(page.startIndex)/\(page.total)")
                check(page.people.allSatisfy { !$0.id.isEmpty }, "a listed person without an id")
            case .person:
                // One lookup in 20 is for someone who does not exist: the 404 path under faults.
                let id =
                    random.chance(0.05)
                    ? "00000000-0000-4000-8000-\(String(format: "%012d", random.int(0..<1_000_000)))"
                    : random.pick(directory.ids)
                let person = try await client.person(id: id)
                check(person.id == id, "asked for \(id), got \(person.id)")
            case .email:
                let email = random.pick(directory.emails)
                let person = try await client.person(email: email)
                check(
                    person.email?.lowercased() == email.lowercased(), "asked for \(email), got \(person.email ?? "-")")
            case .me:
                let me = try await client.me()
                check(me.isOwner, "@self is not the owner")
            case .status:
                let chosen = random.int(0..<ledgers.count)
                let status: EmployeeStatus = random.chance(0.5) ? .terminated : .active
                ledgerIndex = chosen
                target = status
                let changed = try await client.setStatus(status, ids: [ledgers[chosen].id])
                // Done only when the portal's answer says so.
                let confirmed = changed.first { $0.id == ledgers[chosen].id }
                check(
                    confirmed?.status == status,
                    "status change to \(status) answered with \(String(describing: confirmed?.status))")
                ledgers[chosen].confirmed = status
                ledgers[chosen].attemptedSinceConfirmed = []
            }
            tally.record(operation: operation, outcome: "success")
        } catch let error as DocSpaceError {
            tally.record(operation: operation, outcome: SoakTally.className(of: error))
            let text = error.description
            check(!text.isEmpty, "\(error) says nothing")
            check(!text.contains(LivePortal.apiKey), "the API key is in \"\(text)\"")
            if let ledgerIndex, let target {
                ledgers[ledgerIndex].attemptedSinceConfirmed.append(target)
                if error.isUnclear { ledgers[ledgerIndex].unclear.append(target) }
            }
        } catch {
            tally.record(operation: operation, outcome: "NOT A DocSpaceError")
            tally.violations.append("\(operation.rawValue) threw \(type(of: error)): \(error)")
        }
    }

    private mutating func check(_ condition: Bool, _ problem: @autoclosure () -> String) {
        if !condition { tally.violations.append(problem()) }
    }
}

/// SplitMix64: the soak's seeded choices.
struct SoakRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}
