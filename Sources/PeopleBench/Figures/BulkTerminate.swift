import DocSpaceAPI
import Foundation

/// Terminating N marked people, as an admin does in the terminal UI: the people are already
/// loaded (the list is on screen), so what is measured is the status change alone — bulk
/// `PUT people/status/Terminated` with at most 100 ids per request — counted by the portal.
struct BulkTerminate {
    let client: DocSpaceClient
    let control: StandInControl
    let people: Int

    struct Outcome {
        /// Requests the stand-in received for the whole change.
        var requests: Int
        var seconds: Double
    }

    func run() async throws -> Outcome {
        // Loading and marking (not measured): active people the caller may terminate.
        let me = try await client.me()
        let active = try await client.collectAllPeople(PeopleQuery(status: .active))
        let marked = active.filter { $0.id != me.id && !$0.isOwner && !$0.isLDAP && $0.type != .docSpaceAdmin }
            .prefix(people).map(\.id)
        guard marked.count == people else {
            throw BenchFailure("only \(marked.count) people can be terminated on this portal; \(people) are needed")
        }

        try await control.resetStats()
        let clock = ContinuousClock()
        let started = clock.now
        var terminated: [Person] = []
        for ids in Array(marked).batches(of: PeopleQuery.maxCount) {
            terminated += try await client.setStatus(.terminated, ids: ids)
        }
        let elapsed = clock.now - started
        let stats = try await control.stats()

        let done = Set(terminated.filter { $0.status == .terminated }.map(\.id))
        guard done.isSuperset(of: marked) else {
            throw BenchFailure("\(Set(marked).subtracting(done).count) marked people were not terminated")
        }
        return Outcome(requests: stats.total,
                       seconds: elapsed.seconds)
    }
}
