import DocSpaceAPI
import Foundation
import PeopleCore

/// Terminating everyone on a portal the way an admin does it in the terminal UI, through the
/// app's own path: the real `update` and `EffectRunner` (an `AppStore`, as the terminal loop
/// runs them) over the real client, keys in. `*` marks everyone and `t` opens the
/// confirmation (not measured); then the number is typed and Enter confirms, and every
/// request the portal sees until the results view is up is counted — by the portal: the
/// re-read of the marked people before the change, the batches of at most 100, and anything
/// the app asks on the way or afterwards.
struct BulkTerminate {
    let client: DocSpaceClient
    let control: StandInControl

    struct Outcome {
        /// Requests the stand-in received from the confirmation to the results.
        var requests: Int
        var seconds: Double
        /// People the change applied to (the marked people the confirmation did not leave out).
        var people: Int
    }

    @MainActor
    func run() async throws -> Outcome {
        let me = try await client.me()
        var state = AppState(
            session: Session(portal: control.baseURL.host ?? "stand-in", me: me),
            size: TerminalSize(width: 120, height: 40))
        state.autoRefreshInterval = nil
        let store = AppStore(state: state, client: client)
        store.send(.started)
        await store.waitUntilIdle()
        store.send(.key(.char("*")))
        await store.waitUntilIdle()
        store.send(.key(.char("t")))
        await store.waitUntilIdle()
        guard case .confirm(let confirmation) = store.state.dialog, let answer = confirmation.typedAnswer else {
            throw BenchFailure("t on \(store.state.marks.count) marked people did not ask for their number")
        }
        let people = confirmation.action.targets.count

        try await control.resetStats()
        let clock = ContinuousClock()
        let started = clock.now
        for character in answer.expected { store.send(.key(.character(character))) }
        store.send(.key(.enter))
        await store.waitUntilIdle()
        let elapsed = clock.now - started
        let stats = try await control.stats()

        guard case .report(let report) = store.state.dialog else {
            throw BenchFailure("no results view after the terminate: \(store.state.message?.text ?? "no message")")
        }
        guard report.done.count == people else {
            throw BenchFailure(
                "\(people - report.done.count) of \(people) people were not terminated: \(report.summary)")
        }
        return Outcome(requests: stats.total, seconds: elapsed.seconds, people: people)
    }
}
