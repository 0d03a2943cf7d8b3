import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request's answer as it arrives: the body counted against a cap, and a continuation
/// resumed exactly once, by whichever comes first — the end of the transfer, the cap, the
/// deadline or the caller's cancellation (which may even come before the continuation exists).
final class AnswerCollector: @unchecked Sendable {
    typealias Answer = (response: URLResponse?, body: Data)

    private let lock = NSLock()
    private let maxBytes: Int
    private var body = Data()
    private var continuation: CheckedContinuation<Answer, any Error>?
    private var early: Result<Answer, any Error>?
    private var done = false

    init(maxBytes: Int) { self.maxBytes = maxBytes }

    var isDone: Bool { lock.withLock { done } }

    func install(_ continuation: CheckedContinuation<Answer, any Error>) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    /// Adds received (decoded) bytes; `false` once the body would pass the cap — the answer
    /// then fails and the caller must stop the transfer. Nothing past the cap is kept.
    func append(_ data: Data) -> Bool {
        let fits: Bool = lock.withLock {
            guard !done else { return false }
            guard data.count <= maxBytes - body.count else { return false }
            body.append(data)
            return true
        }
        if !fits {
            resolve(
                .failure(
                    DocSpaceError.decoding(
                        context:
                            "the answer is larger than \(Self.megabytes(maxBytes)), the most this tool reads; stopped reading it"
                    )))
        }
        return fits
    }

    func complete(response: URLResponse?, error: (any Error)?) {
        if let error {
            resolve(.failure(error))
            return
        }
        let body = lock.withLock { self.body }
        resolve(.success((response, body)))
    }

    func resolve(_ result: Result<Answer, any Error>) {
        lock.lock()
        guard !done else {
            lock.unlock()
            return
        }
        done = true
        body = Data()
        guard let continuation else {
            early = result
            lock.unlock()
            return
        }
        self.continuation = nil
        lock.unlock()
        continuation.resume(with: result)
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}
