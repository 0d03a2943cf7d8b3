import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// The terminal UI's loop without a terminal: messages into the real `update`, frames out
/// through the real `AppView` and `Renderer` onto an in-memory screen. Each step is done the
/// way `TerminalLoop` does it, including its check that skips drawing an unchanged state, so
/// that what is timed is what a key press costs in the app.
@MainActor
final class TUIDriver {
    private(set) var state: AppState
    private let portal: RecordedPortal
    private let renderer = Renderer()
    let screen: InMemoryScreen
    private let timeZone = TimeZone(identifier: "UTC")!
    /// Requests sent and not answered yet, oldest first.
    private var pending: [(id: RequestID, request: Request)] = []
    private var lastDrawn: AppState?

    init(portal: RecordedPortal, size: TerminalSize) {
        self.portal = portal
        var state = AppState(session: Session(portal: "bench.example.com", me: portal.me, readOnly: false), size: size)
        state.autoRefreshInterval = nil
        self.state = state
        screen = InMemoryScreen(size: size)
    }

    /// One message through `update`; requests wait in `pending` until `answerAll`.
    func send(_ message: Message) {
        for effect in update(&state, message) {
            switch effect {
            case .request(let id, let request):
                pending.append((id, request))
                if case .loadPage = request { pageRequests += 1 }
            case .cancel(let ids):
                // The app abandons them: their answers would be dropped anyway.
                pending.removeAll { ids.contains($0.id) }
            case .flushTypeAhead, .bell, .quit, .writeFile, .appendFile, .audit, .copyToClipboard, .saveView:
                break
            }
        }
    }

    /// Where a key's time goes, step by step, while `profiling` is on: the breakdown printed
    /// with the figures.
    var profiling = false
    private(set) var phases: [String: Samples] = [:]

    func startProfiling() {
        phases = [:]
        profiling = true
    }

    private func phase<T>(_ name: String, _ body: () -> T) -> T {
        guard profiling else { return body() }
        let start = CPUClock.now()
        let result = body()
        phases[name, default: Samples()].add(seconds: CPUClock.now() - start)
        return result
    }

    /// Draws the state as `TerminalLoop.drawNow` does.
    func draw() {
        let unchanged: Bool = phase("1 compare with the state drawn last") {
            var unclocked = state
            unclocked.now = 0
            if let lastDrawn, lastDrawn == unclocked { return true }
            lastDrawn = unclocked
            return false
        }
        if unchanged { return }
        let view = AppView(state: state, timeZone: timeZone)
        let (frame, lines) = phase("2 build the frame and measure the detail (AppView)") {
            view.frameAndDetailLineCount()
        }
        phase("3 diff and write (Renderer)") { renderer.draw(frame, on: screen) }
        if let lines, lines != state.detailLineCount {
            send(.detailMeasured(lines: lines))
        }
    }

    /// A key and the frame it leads to: the step `key_to_frame` times.
    func press(_ key: Key) {
        phase("0 update") { send(.key(key)) }
        draw()
    }

    /// Answers every request (and those the answers start), drawing after each answer as the
    /// app does when answers arrive one by one.
    func answerAll() {
        let wasProfiling = profiling
        profiling = false
        defer { profiling = wasProfiling }
        var guardCount = 0
        while !pending.isEmpty && guardCount < 100_000 {
            guardCount += 1
            let (id, request) = pending.removeFirst()
            send(.response(id, portal.answer(request)))
            draw()
        }
    }

    var isIdle: Bool { pending.isEmpty }

    /// Page requests the app has sent since the driver started (`mark_all_20k` counts them).
    private(set) var pageRequests = 0

    /// The first page of the listing on its way, answered and drawn: the time of the app's
    /// own part only (the portal's answer is made before the clock starts). `nil` when no page
    /// of the listing is pending.
    func answerFirstPage() -> Duration? {
        guard
            let index = pending.firstIndex(where: {
                if case .loadPage(let q) = $0.request { q.startIndex == 0 } else { false }
            })
        else { return nil }
        let (id, request) = pending.remove(at: index)
        let response = portal.answer(request)
        let start = ContinuousClock.now
        send(.response(id, response))
        draw()
        return ContinuousClock.now - start
    }
}
