import PeopleCore

/// The first request of a session (who is signed in), started before the terminal is taken
/// over: a quick answer or a quick failure needs no screen at all, a slow one gets the
/// connecting screen while it goes on.
@MainActor
final class ConnectAttempt {
    typealias Answer = Result<Session, any Error>

    private(set) var answer: Answer?
    private var task: Task<Void, Never>?
    private var waiting: [(Answer) -> Void] = []

    init(_ connect: @escaping @Sendable () async throws -> Session) {
        task = Task { [weak self] in
            let answer: Answer
            do { answer = .success(try await connect()) } catch { answer = .failure(error) }
            self?.settle(answer)
        }
    }

    private func settle(_ answer: Answer) {
        guard self.answer == nil else { return }
        self.answer = answer
        let waiting = self.waiting
        self.waiting = []
        for callback in waiting { callback(answer) }
    }

    /// Calls `callback` with the answer, at once if it is here.
    func whenAnswered(_ callback: @escaping (Answer) -> Void) {
        if let answer { callback(answer) } else { waiting.append(callback) }
    }

    /// The answer, if it comes within `limit`.
    func answer(within limit: Duration) async -> Answer? {
        if let answer { return answer }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = ResumeOnce(continuation)
            whenAnswered { _ in once.resume() }
            Task { @MainActor in
                try? await Task.sleep(for: limit)
                once.resume()
            }
        }
        return answer
    }

    /// Gives up: the request is cancelled and its answer, if any still comes, ignored.
    func cancel() {
        task?.cancel()
        settle(.failure(CancellationError()))
    }
}

/// Resumes a continuation once, whichever of two events comes first.
@MainActor
private final class ResumeOnce {
    private var continuation: CheckedContinuation<Void, Never>?

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

    func resume() {
        continuation?.resume()
        continuation = nil
    }
}
