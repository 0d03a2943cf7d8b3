import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The session's delegate: hands each task's bytes to its `AnswerCollector`, and applies
/// `RedirectPolicy`.
///
/// URLSession would otherwise follow any redirect and — measured on Linux — send the
/// `Authorization` header along to the new host. A redirect elsewhere is not followed: the
/// caller gets the 3xx and a message naming the new address to configure instead.
final class TransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var collectors: [Int: AnswerCollector] = [:]

    func register(_ collector: AnswerCollector, for task: URLSessionTask) {
        lock.withLock { collectors[task.taskIdentifier] = collector }
    }

    private func collector(for task: URLSessionTask) -> AnswerCollector? {
        lock.withLock { collectors[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let collector = collector(for: dataTask) else { return }
        // Past the cap the transfer is stopped: the bytes curl has decoded are what count,
        // so a small gzip body that inflates to gigabytes stops at the cap too.
        if !collector.append(data) { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let collector = lock.withLock { collectors.removeValue(forKey: task.taskIdentifier) }
        collector?.complete(response: task.response, error: error)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        guard let from = response.url ?? task.currentRequest?.url, let to = request.url,
            RedirectPolicy.allows(from: from, to: to)
        else {
            completionHandler(nil)
            return
        }
        completionHandler(request)
    }
}
