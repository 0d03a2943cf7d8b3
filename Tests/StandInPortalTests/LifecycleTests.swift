import Foundation
import StandInPortal
import Testing

/// `PortalServer.make`, `start` and `stop`: the portal built on another thread is fully seen
/// by `start`, a second `start` returns the same address, and a stopped portal frees its port.
@Suite struct LifecycleTests {
    /// Under `scripts/tsan` this is the regression test for the hand-off in `make`: built on
    /// a Dispatch thread, read by `start` on the cooperative pool. With the portal passed as
    /// the continuation's value the sanitizer reported the first reads of `state`, `faults`
    /// and `recorder` (CI, 2026-11-29); with the lock it reports nothing over many rounds.
    @Test func madePortalsStartOnAnotherThread() async throws {
        for round in 0..<25 {
            let portal = await PortalServer.make(options: PortalOptions(users: 2 + round % 5))
            let url = try await portal.start()
            #expect(url.host == "127.0.0.1")
            #expect((url.port ?? 0) > 0)
            await portal.stop()
        }
    }

    @Test func startTwiceGivesTheSameAddress() async throws {
        let portal = await PortalServer.make(options: PortalOptions(users: 3))
        let first = try await portal.start()
        let second = try await portal.start()
        #expect(first == second)
        #expect(await portal.url == first)
        await portal.stop()
    }
}
