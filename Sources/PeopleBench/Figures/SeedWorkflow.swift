import DocSpaceAPI
import Foundation

/// The seed script's job — create, read, terminate and delete N people — done the way this
/// client does it: creates run in parallel (at most 8 in flight) and their answers already
/// carry the person as the portal stored it, which *is* the read; terminate and delete use
/// the bulk endpoints, 100 ids per request. Nothing is taken on trust: every answer is
/// checked, and a final search proves that nobody of this run is left on the portal.
struct SeedWorkflow {
    let client: DocSpaceClient
    let counter: RequestCounter
    let people: Int
    /// Makes this run's e-mail addresses unique on a portal that other runs used.
    let prefix: String
    var maxInFlight = 8

    struct Outcome {
        var seconds: Double
        var requests: Int
    }

    func run() async throws -> Outcome {
        let clock = ContinuousClock()
        let before = counter.value
        let started = clock.now
        let client = self.client
        let prefix = self.prefix

        // create → get: the create answer is the person as stored.
        let created = try await concurrentMap(Array(0..<people), maxInFlight: maxInFlight) { index in
            let email = "\(prefix)-\(index)@example.org"
            let person = try await client.create(
                NewPerson(firstName: "Bench", lastName: "Person", email: email, type: .user))
            guard person.email?.lowercased() == email, person.status == .active else {
                throw BenchFailure("create \(email): the portal answered with someone else or a wrong status")
            }
            return person.id
        }

        // terminate: ≤ 100 ids per request; the answer lists everyone as they are now.
        let terminated = try await concurrentMap(created.batches(of: PeopleQuery.maxCount), maxInFlight: maxInFlight) {
            ids in
            try await client.setStatus(.terminated, ids: ids)
        }.joined()
        let nowTerminated = Set(terminated.filter { $0.status == .terminated }.map(\.id))
        guard nowTerminated.isSuperset(of: created) else {
            throw BenchFailure("terminate: \(Set(created).subtracting(nowTerminated).count) people were not terminated")
        }

        // delete: ≤ 100 ids per request. The answer is no proof of deletion…
        _ = try await concurrentMap(created.batches(of: PeopleQuery.maxCount), maxInFlight: maxInFlight) { ids in
            try await client.delete(ids: ids)
        }
        // …so one search for this run's addresses must come back empty.
        let left = try await client.people(PeopleQuery(text: prefix, count: PeopleQuery.maxCount))
        guard left.total == 0 else {
            throw BenchFailure("delete: \(left.total) people of this run are still on the portal")
        }

        let elapsed = clock.now - started
        return Outcome(
            seconds: elapsed.seconds,
            requests: counter.value - before)
    }
}
