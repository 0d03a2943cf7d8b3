import DocSpaceAPI

/// Performs the network effects on Swift concurrency through a `PeopleClient` and hands each
/// answer back as a message, on the main actor.
///
/// Busy and idle are observable (lazygit's busy accounting): a request counts from the
/// moment `run` sees it until its answer has been delivered, *and* whatever that answer
/// started counts too, so "press a key, wait until idle, assert" needs no sleeps.
///
/// `.cancel` abandons requests instead of cancelling their tasks: their answers still arrive
/// and `update` drops them (it forgot their ids). Cancelling would be nicer to the server but
/// it deadlocks on Linux: FoundationNetworking's async `URLSession.data(for:)` takes its
/// session queue inside the cancellation handler, while `swift_task_cancel` holds the task's
/// status lock, and the same queue waits for that lock to resume the finished request. The
/// main thread froze that way under a fast `j j j` (each press abandons the previous detail).
@MainActor
public final class EffectRunner {
    private let client: any PeopleClient
    private let deliver: @MainActor (Message) -> Void
    private var tasks: [RequestID: Task<Void, Never>] = [:]
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    /// - Parameter deliver: receives every answer, on the main actor.
    public init(client: any PeopleClient, deliver: @escaping @MainActor (Message) -> Void) {
        self.client = client
        self.deliver = deliver
    }

    public var isIdle: Bool { tasks.isEmpty }
    public var runningCount: Int { tasks.count }

    /// Starts a request or cancels some; other effects belong to the front end and are ignored.
    public func run(_ effect: Effect) {
        switch effect {
        case .request(let id, let request):
            let client = self.client
            tasks[id] = Task { [weak self] in
                let response = await Self.perform(request, with: client)
                self?.complete(id, response)
            }
        case .cancel:
            // Abandoned, not cancelled: see the type's documentation.
            break
        case .flushTypeAhead, .bell, .quit:
            break
        }
    }

    /// Stops waiting for everything still running (on quit); see the type's documentation for
    /// why the tasks themselves are not cancelled.
    public func abandonAll() {
        let waiters = idleWaiters
        idleWaiters = []
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once no request is running and every answer has been delivered.
    public func waitUntilIdle() async {
        if tasks.isEmpty { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    private func complete(_ id: RequestID, _ response: Response) {
        // Deliver before forgetting the task: requests the answer starts keep us busy.
        deliver(.response(id, response))
        tasks[id] = nil
        if tasks.isEmpty {
            let waiters = idleWaiters
            idleWaiters = []
            for waiter in waiters { waiter.resume() }
        }
    }

    /// The network half, off the main actor.
    @concurrent
    nonisolated static func perform(_ request: Request, with client: any PeopleClient) async -> Response {
        if Task.isCancelled { return .failure(.cancelled) }
        do {
            switch request {
            case .loadPage(let query):
                return .page(try await client.people(query))
            case .loadDetail(let id):
                return .person(try await client.person(id: id))
            case .verify(let ids):
                return .lookups(await lookUp(ids, with: client))
            case .setStatus(let status, let ids):
                return .people(try await client.setStatus(status, ids: ids))
            case .delete(let ids):
                if ids.count == 1 {
                    _ = try await client.delete(id: ids[0])
                } else {
                    // The bulk answer lists skipped people too: it proves nothing.
                    _ = try await client.delete(ids: ids)
                }
                return .deletion(await lookUp(ids, with: client))
            }
        } catch let error as DocSpaceError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch {
            return .failure(.transport(message: "unexpected error"))
        }
    }

    /// Re-reads people one by one; a 404 means they are gone.
    @concurrent
    nonisolated static func lookUp(_ ids: [String], with client: any PeopleClient) async -> [Lookup] {
        var lookups: [Lookup] = []
        for id in ids {
            do {
                lookups.append(.found(try await client.person(id: id)))
            } catch DocSpaceError.notFound {
                lookups.append(.missing(id: id))
            } catch let error as DocSpaceError {
                lookups.append(.failed(id: id, error))
            } catch {
                lookups.append(.failed(id: id, .cancelled))
            }
        }
        return lookups
    }
}
