import DocSpaceAPI
import Foundation

/// Holds the state, runs `update`, and routes effects: network ones to the `EffectRunner`,
/// terminal ones (flush type-ahead, bell, quit) to the front end. The terminal UI and the
/// headless tests drive the app through it in the same way.
@MainActor
public final class AppStore {
    public private(set) var state: AppState
    private var runner: EffectRunner?

    /// Called for `.flushTypeAhead`, `.bell`, `.quit` and `.copyToClipboard`, synchronously, during `send`: a
    /// front end that is working through a batch of keys drops the rest on a flush.
    public var onFrontEndEffect: ((Effect) -> Void)?
    /// Called after every message, for redrawing.
    public var onChange: (() -> Void)?

    /// - Parameter reauthenticate: signs in again after a 401 midway (password sessions);
    ///   without it the sign-in dialog says how to sign in outside the app.
    ///   - audit: receives one entry per change request (the audit log); `nil` records nothing.
    ///   - switcher: signs in to other profiles of the config file (`P`); `nil` offers none.
    public init(
        state: AppState, client: any PeopleClient, reauthenticate: Reauthenticate? = nil,
        audit: (any AuditRecorder)? = nil, switcher: (any ProfileSwitcher)? = nil
    ) {
        var state = state
        state.session.canSignInAgain = reauthenticate != nil
        if let switcher { state.profiles = switcher.profileList }
        // Audit entries and file names carry the calendar time behind the app's clock.
        if state.wallClock == WallClock() {
            state.wallClock = WallClock(
                origin: Date().timeIntervalSince1970 - state.now,
                utcOffset: TimeZone.current.secondsFromGMT())
        }
        self.state = state
        self.runner = nil
        self.runner = EffectRunner(
            client: client, reauthenticate: reauthenticate, audit: audit,
            switcher: switcher
        ) { [weak self] message in
            self?.send(message)
        }
    }

    public func send(_ message: Message) {
        let effects = update(&state, message)
        for effect in effects {
            switch effect {
            case .request, .cancel, .writeFile, .appendFile, .audit, .saveView:
                runner?.run(effect)
            case .flushTypeAhead, .bell, .quit, .copyToClipboard:
                onFrontEndEffect?(effect)
            }
        }
        onChange?()
    }

    /// Sends several messages in order (a burst of keys).
    public func send(_ messages: [Message]) {
        for message in messages { send(message) }
    }

    public var isIdle: Bool { runner?.isIdle ?? true }

    /// Returns once every request has answered and every answer has been applied.
    public func waitUntilIdle() async {
        await runner?.waitUntilIdle()
    }

    /// On quit: nobody waits for answers any more.
    public func abandonAll() { runner?.abandonAll() }
}
