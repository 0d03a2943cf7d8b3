import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Records what the sign-in closure was called with, and answers as scripted.
actor SignInRecorder {
    private(set) var attempts: [(email: String, password: String)] = []
    private var refusals: [DocSpaceError] = []
    let client: ScriptedClient

    init(client: ScriptedClient) { self.client = client }

    func refuseNext(with error: DocSpaceError) { refusals.append(error) }

    func signIn(_ email: String, _ password: String) throws -> any PeopleClient {
        attempts.append((email, password))
        if !refusals.isEmpty { throw refusals.removeFirst() }
        return client
    }
}

/// A 401 midway: the token expired or was revoked while the app ran.
@Suite("A 401 midway: sign in again without losing the view")
@MainActor
struct SignInTests {
    static let expired = DocSpaceError.unauthorized(message: nil)

    /// A rig whose sign-in goes through a recorder; the new client sees the same directory.
    func makeRig() -> (Rig, SignInRecorder) {
        let script = ClientScript(Rig.people)
        let recorder = SignInRecorder(client: ScriptedClient(script))
        let rig = Rig(script: script) { email, password in try await recorder.signIn(email, password) }
        return (rig, recorder)
    }

    var prompt: (Rig) -> SignInPrompt? {
        { rig in if case .signIn(let prompt) = rig.state.dialog { prompt } else { nil } }
    }

    @Test(
        "A 401 on a read opens the dialog with the e-mail filled in; the view stays",
        arguments: [HangScenario.listing, .search, .detail])
    func dialogOnRead(_ scenario: HangScenario) async throws {
        let (rig, _) = makeRig()
        await rig.start()
        rig.press(.char(" "))  // a mark, to see that it survives
        await rig.store.waitUntilIdle()
        let cursor = rig.state.cursor
        await rig.script.fail(scenario.operation, with: Self.expired)
        scenario.trigger(rig)
        await rig.store.waitUntilIdle()
        let open = try #require(prompt(rig))
        #expect(open.email == "owner@example.com")
        #expect(open.field == .password)
        #expect(open.canSignIn)
        #expect(open.refusedChange == nil)
        #expect(rig.state.marks.map(\.id) == ["id-0"])
        // The rows stay on screen: the listing, or the loaded matches of the search typed.
        #expect(rig.state.rowCount > 0)
        #expect(rig.frontEnd.contains(.flushTypeAhead))
        if scenario == .listing { #expect(rig.state.cursor == cursor) }
    }

    @Test("Signing in: the password is masked and never printed; the failed read is asked again")
    func signInRetriesRead() async throws {
        let (rig, recorder) = makeRig()
        await rig.start()
        await rig.select("id-7")
        rig.press(.char(" "))
        await rig.store.waitUntilIdle()
        let listingsBefore = await rig.script.calls(of: .listing).count
        await rig.script.fail(.listing, with: Self.expired)
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        rig.type("s3cret-pw")
        let open = try #require(prompt(rig))
        #expect(open.maskedPassword == "•••••••••")
        #expect(!String(describing: rig.state).contains("s3cret-pw"))
        #expect(!String(reflecting: rig.state).contains("s3cret-pw"))
        rig.press(.enter)
        // The password left the state as soon as the sign-in went out.
        #expect(prompt(rig)?.password.isEmpty == true)
        #expect(prompt(rig)?.isSigningIn == true)
        await rig.store.waitUntilIdle()
        let attempts = await recorder.attempts
        #expect(attempts.map(\.email) == ["owner@example.com"])
        #expect(attempts.map(\.password) == ["s3cret-pw"])
        #expect(rig.state.dialog == nil)
        #expect(rig.state.message?.text == "Signed in again; reloading")
        // Asked again (the 401, then the retry), and the view is where it was.
        #expect(await rig.script.calls(of: .listing).count == listingsBefore + 2)
        #expect(rig.state.selectedPerson?.id == "id-8")
        #expect(rig.state.marks.map(\.id) == ["id-7"])
        #expect(rig.state.listProblem == nil)
    }

    @Test("A wrong password: the portal's words in the dialog, which stays open, field cleared")
    func wrongPassword() async throws {
        let (rig, recorder) = makeRig()
        await rig.start()
        await rig.script.fail(.listing, with: Self.expired)
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        await recorder.refuseNext(with: .unauthorized(message: "User authentication failed"))
        rig.type("wrong")
        rig.press(.enter)
        await rig.store.waitUntilIdle()
        let open = try #require(prompt(rig))
        #expect(open.problem == "The portal refused the credentials (401): User authentication failed")
        #expect(open.password.isEmpty)
        #expect(!open.isSigningIn)
        rig.type("right")
        rig.press(.enter)
        await rig.store.waitUntilIdle()
        #expect(rig.state.dialog == nil)
        #expect(await recorder.attempts.map(\.password) == ["wrong", "right"])
    }

    @Test(
        "A 401 on a change: refused, reported, and NOT resent after signing in",
        arguments: [HangScenario.terminate, .reactivate, .delete, .bulkDelete])
    func changeNotResent(_ scenario: HangScenario) async throws {
        let (rig, _) = makeRig()
        await rig.start()
        await scenario.prepare(rig)
        await rig.script.fail(scenario.operation, with: Self.expired)
        scenario.trigger(rig)
        await rig.store.waitUntilIdle()
        let open = try #require(prompt(rig))
        #expect(open.refusedChange != nil)
        rig.type("pw")
        rig.press(.enter)
        await rig.store.waitUntilIdle()
        #expect(rig.state.dialog == nil)
        #expect(await rig.script.calls(of: scenario.operation).count == 1, "sent once, never again by itself")
        let verb = open.refusedChange?.verb.lowercased() ?? "?"
        let key = scenario == .terminate ? "t" : scenario == .reactivate ? "a" : "d"
        #expect(
            rig.state.message?.text
                == "Signed in again. The \(verb) was refused and not sent again: press \(key) to retry it")
    }

    @Test("Without a way to sign in (API key, demo) the dialog says how to fix it; Esc keeps the view")
    func noClosure() async throws {
        let rig = Rig()
        await rig.start()
        await rig.script.fail(.listing, with: Self.expired)
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        let open = try #require(prompt(rig))
        #expect(!open.canSignIn)
        rig.type("typed")  // goes nowhere
        #expect(prompt(rig)?.password.isEmpty == true)
        rig.press(.enter)
        #expect(rig.state.dialog == nil)
        #expect(rig.state.message?.text == "Sign in with `docspace-people login` in another shell, then press r here")
        #expect(rig.state.list.total == 30)
    }

    @Test("Several 401s at once open one dialog; Esc closes it and the view stays")
    func oneDialog() async throws {
        let (rig, _) = makeRig()
        await rig.start()
        await rig.script.fail(.listing, with: Self.expired)
        await rig.script.fail(.detail, with: Self.expired)
        rig.press(.char("r"))  // reloads the page and the detail: both 401
        await rig.store.waitUntilIdle()
        #expect(prompt(rig) != nil)
        rig.press(.escape)
        #expect(rig.state.dialog == nil)
        #expect(rig.state.message?.level == .warning)
        #expect(rig.state.list.total == 30)
    }

    @Test("Esc while signing in stops the attempt")
    func stopSigningIn() async throws {
        let script = ClientScript(Rig.people)
        let gate = AsyncGate()
        let rig = Rig(script: script) { _, _ in
            await gate.wait()
            throw DocSpaceError.cancelled
        }
        await rig.start()
        await rig.script.fail(.listing, with: Self.expired)
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        rig.type("pw")
        rig.press(.enter)
        #expect(rig.state.busyLabel == "signing in")
        rig.press(.escape)
        #expect(prompt(rig)?.isSigningIn == false)
        #expect(prompt(rig)?.problem == "Stopped signing in")
        #expect(!rig.state.isBusy)
        await gate.open()
        await rig.store.waitUntilIdle()
    }
}

/// Lets a task wait until the test opens the gate.
actor AsyncGate {
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func open() {
        isOpen = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }
}
