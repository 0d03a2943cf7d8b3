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

        public init(
            sending: @escaping @Sendable (PendingAction) -> (@Sendable () -> Void) = { _ in {} },
            shouldStop: @escaping @Sendable () -> Bool = { false },
            progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
        ) {
            self.sending = sending
            self.shouldStop = shouldStop
            self.progress = progress
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
            case .finished:
                return run
            }
        }
    }
}
