import Foundation

/// A count several tasks bump at once (the client's backoff sleeps).
final class SoakCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
