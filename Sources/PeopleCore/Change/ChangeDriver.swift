import DocSpaceAPI

/// Runs a `ChangeRun` to its end with a client, for front ends that can wait (the command
/// line): the same steps, batches, re-reads and outcome as the terminal UI, which drives the
/// run through `update` and effects instead.
public struct ChangeDriver: Sendable {
    /// Told before each batch goes out (the audit log's `sent` line) and after it answered.
    public struct Hooks: Sendable {
        /// A batch is about to be sent; the returned closure is called once its answer is in.
        public var sending: @Sendable (PendingAction) -> (@Sendable () -> Void)
        /// Whether to stop after the batch on its way (Ctrl-C, a signal).
        public var shouldStop: @Sendable () -> Bool
        /// Progress, after each batch: people answered, out of the total.
        public var progress: @Sendable (Int, Int) -> Void
        /// The portal's rate limit turned a batch away: the run waits this many seconds.
        public var waiting: @Sendable (Double) -> Void
        /// Sleeps (tests pass one that returns at once); throws when cancelled.
        public var sleep: @Sendable (Double) async throws -> Void

        public init(
            sending: @escaping @Sendable (PendingAction) -> (@Sendable () -> Void) = { _ in {} },
            shouldStop: @escaping @Sendable () -> Bool = { false },
            progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
            waiting: @escaping @Sendable (Double) -> Void = { _ in },
            sleep: @escaping @Sendable (Double) async throws -> Void = { try await Task.sleep(for: .seconds($0)) }
        ) {
            self.sending = sending
            self.shouldStop = shouldStop
            self.progress = progress
            self.waiting = waiting
            self.sleep = sleep
        }
    }

    public let client: any PeopleClient
    public var hooks: Hooks

    public init(client: any PeopleClient, hooks: Hooks = Hooks()) {
        self.client = client
        self.hooks = hooks
    }

    /// Sends the run's batches one after the other, reads a refused or unclear batch back,
    /// and returns the run at its end (`run.report` is the outcome).
    public func run(_ run: ChangeRun) async -> ChangeRun {
        var run = run
        var step = run.start()
        while true {
            switch step {
            case .send(let batch):
                let answered = hooks.sending(batch)
                let answer = await batch.kind.send(batch.ids, with: client)
                answered()
                if hooks.shouldStop() { run.stopRequested = true }
                step = run.answered(batch, answer)
                hooks.progress(run.answeredCount, run.total)
            case .reread(let ids):
                step = run.reread(await TargetReread.lookups(ids: ids, client: client))
            case .wait(let seconds):
                hooks.waiting(seconds)
                // In slices of a second, so that a stop (Ctrl-C) ends the wait early.
                var left = seconds
                while left > 0, !hooks.shouldStop() {
                    let slice = min(1, left)
                    do { try await hooks.sleep(slice) } catch { break }
                    left -= slice
                }
                if hooks.shouldStop() { run.stopRequested = true }
                step = run.resume()
            case .finished:
                return run
            }
        }
    }
}
