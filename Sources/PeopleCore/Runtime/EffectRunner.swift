import DocSpaceAPI
import Foundation

/// Performs the network effects on Swift concurrency through a `PeopleClient` and hands each
/// answer back as a message, on the main actor.
///
/// Busy and idle are observable (lazygit's busy accounting): a request counts from the
/// moment `run` sees it until its answer has been delivered, *and* whatever that answer
/// started counts too, so "press a key, wait until idle, assert" needs no sleeps.
///
/// `.cancel` abandons requests instead of cancelling their tasks: their answers still arrive
/// and `update` drops them (it forgot their ids). A request on its way has reached the
/// portal anyway, and letting it end costs at most its deadline; a fast `j j j` (each press
/// abandons the previous detail) then never races a cancellation against an answer.
@MainActor
public final class EffectRunner {
    /// Replaced after a sign-in: requests started afterwards use the new token.
    private var client: any PeopleClient
    /// Replaced when the admin switches to another profile.
    private var reauthenticate: Reauthenticate?
    private let audit: (any AuditRecorder)?
    private let switcher: (any ProfileSwitcher)?
    /// Exports still fetching, so that `.cancel` stops them asking for more pages.
    private var exportStops: [RequestID: ExportFetch.StopFlag] = [:]
    /// Requests `update` gave up on; a profile switch among them must not replace the client.
    private var abandoned: Set<RequestID> = []
    private let deliver: @MainActor (Message) -> Void
    private var tasks: [RequestID: Task<Void, Never>] = [:]
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    /// - Parameters:
    ///   - reauthenticate: signs in again after a 401; `nil` when the session cannot (an API
    ///     key, the demo), and then a `.signIn` request fails with a message saying how.
    ///   - deliver: receives every answer, on the main actor.
    ///   - audit: receives `.audit` effects; `nil` drops them.
    ///   - switcher: signs in to other profiles (`P`); `nil` when the front end cannot.
    public init(
        client: any PeopleClient, reauthenticate: Reauthenticate? = nil,
        audit: (any AuditRecorder)? = nil, switcher: (any ProfileSwitcher)? = nil,
        deliver: @escaping @MainActor (Message) -> Void
    ) {
        self.client = client
        self.reauthenticate = reauthenticate
        self.audit = audit
        self.switcher = switcher
        self.deliver = deliver
    }

    public var isIdle: Bool { tasks.isEmpty }
    public var runningCount: Int { tasks.count }

    /// Starts a request or cancels some; other effects belong to the front end and are ignored.
    public func run(_ effect: Effect) {
        switch effect {
        case .request(let id, .signIn(let email, let password)):
            let reauthenticate = self.reauthenticate
            tasks[id] = Task { [weak self] in
                let outcome = await Self.signIn(email: email, password: password, with: reauthenticate)
                switch outcome {
                case .success(let client):
                    self?.client = client
                    self?.complete(id, .signedIn)
                case .failure(let error):
                    self?.complete(id, .failure(error))
                }
            }
        case .request(let id, .switchProfile(let name)):
            runProfileSwitch(id, name)
        case .request(let id, .export(let query, let format)):
            runExport(id, query, format)
        case .request(let id, let request):
            let client = self.client
            tasks[id] = Task { [weak self] in
                let response = await Self.perform(request, with: client)
                self?.complete(id, response)
            }
        case .cancel(let ids):
            // Abandoned, not cancelled: see the type's documentation. An export stops asking
            // for pages, and a profile switch will not replace the client.
            for id in ids {
                exportStops[id]?.stop()
                if tasks[id] != nil { abandoned.insert(id) }
            }
        case .writeFile(let path, let contents):
            // Counted like a request, so that tests can wait for the file to be there.
            // Negative ids never meet the state's request numbers.
            fileWrites += 1
            let id = RequestID(-fileWrites)
            tasks[id] = Task { [weak self] in
                let problem = await PrivateFile.write(contents, to: path)
                self?.finishFileWrite(id, path: PrivateFile.absolutePath(path), problem: problem)
            }
        case .appendFile(let path, let text, let creating):
            // Small and in order, like the audit log: written here, not in a task.
            let problem = PrivateFile.append(text, to: path, creating: creating)
            if creating || problem != nil {
                deliver(.fileWritten(path: PrivateFile.absolutePath(path), problem: problem))
            }
        case .audit(var entry):
            // `update` has no clock: its entries are stamped here, when they are written.
            if entry.time == .distantPast { entry.time = Date() }
            audit?.record(entry)
        case .flushTypeAhead, .bell, .quit, .copyToClipboard:
            break
        case .saveView(let name, let view):
            // The profile switcher is the front end's hold on the config file; a small file,
            // written here. Without one (tests, the bench) there is no file to write.
            guard let saver = switcher as? any ViewSaver else {
                deliver(.viewSaved(name: name, view, path: nil, problem: "no config file in this session"))
                return
            }
            do {
                let path = try saver.save(view, as: name)
                deliver(.viewSaved(name: name, view, path: path, problem: nil))
            } catch {
                deliver(.viewSaved(name: name, view, path: nil, problem: "\(error)"))
            }
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

    private var fileWrites = 0

    // MARK: views

    private func runProfileSwitch(_ id: RequestID, _ name: String) {
        guard let switcher else {
            tasks[id] = Task { [weak self] in
                self?.complete(id, .profileRefused("switching portals is not available here"))
            }
            return
        }
        tasks[id] = Task { [weak self] in
            let outcome = await Self.open(name, with: switcher)
            guard let self else { return }
            if case .success(let portal) = outcome, !self.abandoned.contains(id) {
                self.client = portal.client
                self.reauthenticate = portal.reauthenticate
                var session = portal.session
                session.canSignInAgain = portal.reauthenticate != nil
                self.complete(id, .switchedProfile(session, profile: name))
            } else if case .failure(let refusal) = outcome {
                self.complete(id, refusal.response)
            } else {
                self.complete(id, .failure(.cancelled))
            }
        }
    }

    @concurrent
    nonisolated static func open(_ name: String, with switcher: any ProfileSwitcher) async -> Result<
        OpenedPortal, RefusedSwitch
    > {
        do {
            return .success(try await switcher.open(name))
        } catch let refusal as ProfileRefusal {
            return .failure(RefusedSwitch(response: .profileRefused(refusal.reason)))
        } catch {
            return .failure(RefusedSwitch(response: .failure(docSpaceError(error))))
        }
    }

    /// Why a switch failed, as the answer `update` gets.
    struct RefusedSwitch: Error {
        var response: Response
    }

    private func runExport(_ id: RequestID, _ query: PeopleQuery, _ format: PeopleExportFormat) {
        let client = self.client
        let stop = ExportFetch.StopFlag()
        exportStops[id] = stop
        let deliver = self.deliver
        tasks[id] = Task { [weak self] in
            let response = await ExportFetch.run(query, format: format, with: client, stop: stop) { fetched, total in
                Task { @MainActor in deliver(.exportProgress(id, fetched: fetched, total: total)) }
            }
            self?.exportStops[id] = nil
            self?.complete(id, response)
        }
    }

    private func finishFileWrite(_ id: RequestID, path: String, problem: String?) {
        deliver(.fileWritten(path: path, problem: problem))
        tasks[id] = nil
        resumeIdleWaitersIfIdle()
    }

    private func complete(_ id: RequestID, _ response: Response) {
        // Deliver before forgetting the task: requests the answer starts keep us busy.
        deliver(.response(id, response))
        tasks[id] = nil
        abandoned.remove(id)
        resumeIdleWaitersIfIdle()
    }

    private func resumeIdleWaitersIfIdle() {
        guard tasks.isEmpty else { return }
        let waiters = idleWaiters
        idleWaiters = []
        for waiter in waiters { waiter.resume() }
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
                return .lookups(await TargetReread.lookups(ids: ids, client: client))
            case .change(let kind, let ids):
                return .batch(await kind.send(ids, with: client))
            case .signIn, .switchProfile, .export:
                return .failure(.unauthorized(message: "signing in needs the runner"))
            case .startTypeChange, .typeChangeProgress, .reassignNecessary,
                .startReassign, .reassignProgress, .cancelTypeChange, .cancelReassign:
                return await performTypes(request, with: client)
            case .create(let draft):
                return .created(try await client.create(draft.newPerson))
            case .lookUpEmails(let emails):
                return .emailLookups(await lookUp(emails: emails, with: client))
            case .invite(let invitations, let culture):
                return .invited(try await client.invite(invitations, culture: culture))
            case .loadGroups(let query):
                return .groups(try await client.groups(query))
            case .importCheck(let path, let mode):
                return await ImportCheck.run(path: path, mode: mode, client: client)
            case .importLine(let item, let mode):
                let (result, stop) = await ImportRun(client: client, mode: mode).send(item)
                return .importLine(result, stop: stop)
            case .offboardStep(let step, let person, let receiver, let me):
                let driver = OffboardDriver.onPortal(client: client, me: me)
                return .offboardStep(await driver.perform(step, for: person, receiver: receiver))
            case .personRooms(let id):
                return .personRooms(try await client.personRooms(id))
            case .ownedRooms(let ids, let first):
                return .ownedRooms(await ownedRooms(ids, first: first, with: client))
            case .readSignIns:
                let now = Date()
                return .signIns(await LastSignInReader(client: client).read(now: now), readAt: now)
            case .loadEveryone(let query):
                return .everyone(try await client.collectAllPeople(query))
            case .loadAPIKeys:
                return .apiKeys(try await client.apiKeys())
            case .quotaSettings:
                return .quotaSettings(try await client.userQuotaSettings())
            case .guestShareLink(let userID):
                return .shareLink(try await client.guestShareLink(userId: userID))
            }
        } catch {
            return .failure(Self.docSpaceError(error))
        }
    }

    @concurrent
    nonisolated static func signIn(
        email: String, password: Password,
        with reauthenticate: Reauthenticate?
    ) async -> Result<any PeopleClient, DocSpaceError> {
        guard let reauthenticate else {
            return .failure(
                .unauthorized(
                    message: "this session cannot sign in again from here: run `\(SignInPrompt.loginCommand)`"))
        }
        do {
            return .success(try await reauthenticate(email, password.revealed))
        } catch {
            return .failure(docSpaceError(error))
        }
    }

    /// Every failure as a `DocSpaceError`; anything else is described without its details,
    /// which could hold a secret.
    nonisolated static func docSpaceError(_ error: any Error) -> DocSpaceError {
        if let error = error as? DocSpaceError { return error }
        if error is CancellationError { return .cancelled }
        return .transport(message: "unexpected error")
    }
}
