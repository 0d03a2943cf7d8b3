import DocSpaceAPI
import Foundation

/// Follows one of the portal's asynchronous tasks (a demotion, a hand-over) from the CLI:
/// polls until the task ends, the deadline passes, or the portal stops answering; Ctrl-C
/// (through the latch) asks the portal to cancel it once. What it returns is what the portal
/// showed — the caller still reads the person back before saying what happened.
struct TaskFollower {
    var deadline: Double = 120
    var interval: Duration = .milliseconds(300)
    /// Failed progress requests in a row before the task is reported as lost from view (its
    /// outcome unknown), as the TUI does.
    var maxPollFailures = 3

    struct Outcome {
        var progress: TaskProgress
        /// The portal accepted a cancel (Ctrl-C).
        var cancelled = false
        /// The portal no longer shows a task.
        var vanished = false
        /// Progress requests kept failing: the last error. The task's fate is unknown.
        var lostTrack: String?

        /// Completed, cancelled or failed — however the portal marks it.
        var ended: Bool {
            switch progress.state {
            case .completed, .canceled, .failed: true
            default: progress.isCompleted
            }
        }
    }

    func follow(
        _ start: TaskProgress, interrupt: (any InterruptSignal)?, what: String,
        poll: () async throws -> TaskProgress?, cancel: () async throws -> TaskProgress?
    ) async -> Outcome {
        var outcome = Outcome(progress: start)
        var askedToCancel = false
        var failures = 0
        let end = Date().addingTimeInterval(deadline)
        while !outcome.ended && Date() < end {
            if interrupt?.isInterrupted == true, !askedToCancel {
                askedToCancel = true
                Console.error("Ctrl-C: asking the portal to cancel \(what)… (Ctrl-C again stops waiting)")
                do {
                    if let answer = try await cancel() { outcome.progress = answer }
                    outcome.cancelled = true
                } catch {
                    Console.error("The portal did not cancel it (\(error)); following it to the end")
                }
                continue
            }
            try? await Task.sleep(for: interval)
            do {
                guard let next = try await poll() else {
                    outcome.vanished = true
                    break
                }
                outcome.progress = next
                failures = 0
            } catch {
                failures += 1
                if failures >= maxPollFailures {
                    outcome.lostTrack = "\(error)"
                    break
                }
            }
        }
        return outcome
    }
}
