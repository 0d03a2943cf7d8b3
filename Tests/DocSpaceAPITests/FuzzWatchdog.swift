import Foundation

/// Watches the fuzz loop from a thread of its own: if one input is still being read after
/// `patience` seconds, it prints that input's report to stderr, so a hang names its seed even
/// though the loop itself is stuck. (The test's time limit is what fails the test.)
final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (index: Int, report: @Sendable () -> String)?
    private var since = Date()
    private var reported = -1
    private var stopped = false
    private let patience: Double

    init(patience: Double = 10) {
        self.patience = patience
        Thread.detachNewThread { [self] in watch() }
    }

    func started(index: Int, report: @escaping @Sendable () -> String) {
        lock.withLock {
            current = (index, report)
            since = Date()
        }
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let stuck: String? = lock.withLock {
                guard !stopped, let current, current.index != reported, Date().timeIntervalSince(since) > patience
                else { return nil }
                reported = current.index
                return current.report()
            }
            if lock.withLock({ stopped }) { return }
            if let stuck {
                FileHandle.standardError.write(
                    Data("FUZZ HANG? input #\(reportedIndex) still unread after \(patience) s: \(stuck)\n".utf8))
            }
        }
    }

    private var reportedIndex: Int { lock.withLock { reported } }
}
