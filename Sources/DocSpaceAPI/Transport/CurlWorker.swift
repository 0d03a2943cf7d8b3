import CCurl
import Foundation

/// The one thread that moves every request's bytes: it owns a libcurl multi handle (and with
/// it the pool of kept-alive connections) and sleeps in `curl_multi_poll` until a socket is
/// ready, a timer of curl's is due, or another thread hands it work (`curl_multi_wakeup`).
///
/// Why not URLSession: on Linux FoundationNetworking watches a socket for writability while
/// curl only waits to read, so a request waiting for its answer spins — a 30 s wait cost
/// ~24 s of CPU, measured — and a dropped connection was waited on for the whole timeout. Here
/// nothing runs while nothing happens: an idle process has this thread blocked in `poll`.
///
/// One per transport, as a URLSession was: a client's kept-alive connections are its own, so
/// a connection is never handed to another client (another token) that happens to talk to the
/// same host and port. The thread ends when its transport goes (`shutDown`).
final class CurlWorker: @unchecked Sendable {
    /// Connections to one host at once: the client's own bound on requests in flight
    /// (`allPeople`'s `maxConcurrent`, the bulk actions' 8).
    static let maxConnectionsPerHost = 8

    private let multi: UnsafeMutableRawPointer
    private let lock = NSLock()
    /// Guarded by `lock`: handed over by other threads, taken by the worker.
    private var arriving: [CurlTransfer] = []
    private var leaving: [CurlTransfer] = []
    private var shuttingDown = false
    /// The worker thread's own: every transfer in the multi handle, by its easy handle.
    private var running: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init() {
        _ = CurlGlobal.ready
        guard let multi = curl_multi_init() else { fatalError("libcurl could not make a multi handle") }
        self.multi = multi
        _ = ds_curl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, Self.maxConnectionsPerHost)
        // The thread holds its worker until it ends.
        let thread = Thread { self.run() }
        thread.name = "docspace-http"
        // Born with every signal blocked (a new thread takes its creator's mask): a signal
        // meant for the process — Ctrl-Z, Ctrl-C, a resize — must reach the thread that waits
        // for it, and the kernel may hand a process's signal to any thread that does not
        // block it. Faults stay unblocked: they are this thread's own, and blocking them would
        // turn a crash into a hang.
        var blocked = sigset_t()
        sigfillset(&blocked)
        for fault in [SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP] { sigdelset(&blocked, fault) }
        var creators = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &creators)
        thread.start()
        pthread_sigmask(SIG_SETMASK, &creators, nil)
    }

    /// Starts a transfer; its answer arrives through the transfer's own continuation.
    func start(_ transfer: CurlTransfer) {
        lock.withLock { arriving.append(transfer) }
        curl_multi_wakeup(multi)
    }

    /// Takes a transfer out early (its caller went away); the worker frees it.
    func stop(_ transfer: CurlTransfer) {
        lock.withLock { leaving.append(transfer) }
        curl_multi_wakeup(multi)
    }

    /// Ends the thread; nothing may be started afterwards.
    func shutDown() {
        lock.withLock { shuttingDown = true }
        curl_multi_wakeup(multi)
    }

    private func run() {
        while !lock.withLock({ shuttingDown }) {
            takeHandedWork()
            var stillRunning: Int32 = 0
            curl_multi_perform(multi, &stillRunning)
            finishCompleted()
            // Idle: a long wait, cut short by a socket, a curl timer or `curl_multi_wakeup`.
            curl_multi_poll(multi, nil, 0, 60_000, nil)
        }
        takeHandedWork()
        for (handle, transfer) in running {
            curl_multi_remove_handle(multi, handle)
            transfer.resolve(.failure(CancellationError()))
            transfer.release()
        }
        running.removeAll()
        curl_multi_cleanup(multi)
    }

    private func takeHandedWork() {
        let (new, gone) = lock.withLock {
            defer {
                arriving.removeAll()
                leaving.removeAll()
            }
            return (arriving, leaving)
        }
        for transfer in new {
            // Its caller gave up before it was on the wire.
            if transfer.isResolved {
                transfer.release()
                continue
            }
            running[transfer.handle] = transfer
            curl_multi_add_handle(multi, transfer.handle)
        }
        // A transfer may have ended before its caller gave up, and curl may since have given
        // its handle's address to a new transfer: only this very transfer is taken out.
        for transfer in gone where running[transfer.handle] === transfer {
            running[transfer.handle] = nil
            curl_multi_remove_handle(multi, transfer.handle)
            transfer.release()
        }
    }

    private func finishCompleted() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard ds_curl_msg_is_done(message) != 0, let handle = ds_curl_msg_handle(message),
                let transfer = running.removeValue(forKey: handle)
            else { continue }
            let result = ds_curl_msg_result(message)
            curl_multi_remove_handle(multi, handle)
            transfer.complete(result)
            transfer.release()
        }
    }
}

/// `curl_global_init` must run once, before any other curl call and before other threads use
/// curl; a Swift global's initializer runs exactly once, under a lock.
enum CurlGlobal {
    static let ready: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK
}
