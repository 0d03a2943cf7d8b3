import DocSpaceAPI
import Foundation
import PeopleCore

/// The one loop: terminal events and effect results in, `update`, one draw out.
@MainActor
final class TerminalLoop {
    enum Outcome: Equatable {
        case quit
        case signal(Int32)
        case inputClosed
    }

    private let device: any TerminalPort
    private let store: AppStore
    private let renderer = Renderer()
    private let timeZone: TimeZone
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var needsDraw = true
    /// The state last drawn (with the clock zeroed) and what of time it showed: when neither
    /// changed, a tick draws nothing and the app idles quietly.
    private var lastDrawn: (state: AppState, time: TimeOnScreen)?
    private var drawScheduled = false
    private var finish: CheckedContinuation<Outcome, Never>?
    private var outcome: Outcome?
    /// How the app ends if `update` quits while handling a signal or the end of input.
    private var endingAs: Outcome?
    /// How often time moves on screen: spinner, "loading 3 s", fading messages, debounce.
    static let tickInterval: Duration = .milliseconds(100)

    init(
        device: any TerminalPort, client: any PeopleClient, session: Session,
        reauthenticate: Reauthenticate?, audit: (any AuditRecorder)? = nil,
        switcher: (any ProfileSwitcher)? = nil, timeZone: TimeZone, notice: String? = nil
    ) {
        self.device = device
        self.timeZone = timeZone
        self.started = clock.now
        var state = AppState(session: session, size: device.size)
        // The calendar time of the app's clock (0 now), for the export's file name.
        state.wallClock = WallClock(
            epochAtZero: Date().timeIntervalSince1970,
            utcOffset: timeZone.secondsFromGMT())
        // Where typed file names point, so messages name files by absolute path.
        state.fileBase = .current
        // The locale's switch to UTF-8 (or ASCII stand-ins), said once at start and logged
        // for `:messages`; it stays a little longer than a warning, as the first frame may
        // be the connecting screen.
        if let notice {
            state.say(notice, .warning)
            state.message?.expiresAt = 12
        }
        store = AppStore(
            state: state, client: client, reauthenticate: reauthenticate, audit: audit,
            switcher: switcher)
    }

    private var now: Double {
        let elapsed = clock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func run() async -> Outcome {
        store.onFrontEndEffect = { [weak self] effect in self?.frontEnd(effect) }
        store.onChange = { [weak self] in self?.scheduleDraw() }
        device.start { [weak self] event in self?.handle(event) }
        store.send(.tick(now: now))
        store.send(.started)
        drawNow()
        let ticker = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.tickInterval)
                guard let self, self.outcome == nil else { return }
                self.store.send(.tick(now: self.now))
            }
        }
        let result = await withCheckedContinuation { continuation in
            if let outcome { continuation.resume(returning: outcome) } else { finish = continuation }
        }
        ticker.cancel()
        store.abandonAll()
        return result
    }

    private func end(_ outcome: Outcome) {
        guard self.outcome == nil else { return }
        self.outcome = outcome
        finish?.resume(returning: outcome)
        finish = nil
    }

    private func handle(_ event: TerminalEvent) {
        guard outcome == nil else { return }
        switch event {
        case .keys(let keys):
            store.send(.tick(now: now))
            for key in keys {
                store.send(.key(key))
                if device.shouldDropRestOfBatch || outcome != nil { break }
            }
            drawNow()
        case .resized(let size):
            renderer.invalidate()
            lastDrawn = nil
            store.send(.resized(size))
            drawNow()
        case .signal(let signal):
            endOrAsk(after: .signal(signal))
        case .inputClosed:
            endOrAsk(after: .inputClosed)
        }
    }

    /// A signal or the end of input goes through `update`, which writes the audit lines of a
    /// change still on its way before the app ends. Ctrl-C while a change runs asks first
    /// (like `q`) and the app carries on; a second Ctrl-C ends it.
    private func endOrAsk(after ending: Outcome) {
        endingAs = ending
        store.send(.tick(now: now))
        store.send(ending == .signal(SIGINT) ? .interrupt : .ending)
        endingAs = nil
        if outcome == nil, ending != .signal(SIGINT) { end(ending) }
        drawNow()
    }

    /// The `outcome unknown` audit lines written on the way out, for standard error.
    var outcomesUnknown: [AuditEntry] { store.state.outcomesUnknown }

    private func frontEnd(_ effect: Effect) {
        switch effect {
        case .flushTypeAhead: device.flushTypeAhead()
        case .bell: device.beep()
        case .quit: end(endingAs ?? .quit)
        case .copyToClipboard(let text): device.copyToClipboard(text)
        case .request, .cancel, .writeFile, .appendFile, .audit, .saveView: break
        }
    }

    /// Answers from the server arrive one by one; drawing waits for the current turn of the
    /// main queue so that a burst of answers is drawn once.
    private func scheduleDraw() {
        needsDraw = true
        guard !drawScheduled else { return }
        drawScheduled = true
        Task { @MainActor [weak self] in
            guard let self else { return }
            self.drawScheduled = false
            if self.needsDraw { self.drawNow() }
        }
    }

    private func drawNow() {
        guard outcome == nil else { return }
        needsDraw = false
        var unclocked = store.state
        unclocked.now = 0
        let time = TimeOnScreen(store.state)
        if let lastDrawn, lastDrawn.time == time, lastDrawn.state == unclocked { return }
        lastDrawn = (unclocked, time)
        let view = AppView(state: store.state, timeZone: timeZone)
        let (frame, detailLines) = view.frameAndDetailLineCount()
        renderer.draw(frame, on: device.screen)
        if let lines = detailLines, lines != store.state.detailLineCount {
            store.send(.detailMeasured(lines: lines))
        }
    }
}

/// The parts of the screen that change with time alone: the spinner, "loading 3 s", a fading
/// message, the undo countdown.
struct TimeOnScreen: Equatable {
    var spinner: Int?
    var busySeconds: Int
    var fading: Bool
    var undoSeconds: Int?
    /// The rate limit's wait, counted down in the progress view.
    var waitSeconds: Int?

    @MainActor
    init(_ state: AppState) {
        spinner = state.showsBusy ? Int(state.now * 10) % StatusLine.spinner.count : nil
        busySeconds = state.busySeconds
        fading = state.message?.isFading(at: state.now) ?? false
        undoSeconds = state.undo.map { Int($0.expiresAt - state.now) }
        waitSeconds = state.runResumesAt.map { Int(($0 - state.now).rounded(.up)) }
    }
}
