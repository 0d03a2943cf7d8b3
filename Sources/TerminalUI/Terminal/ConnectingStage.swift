import DocSpaceAPI
import Foundation
import PeopleCore

/// The terminal while the first request (who is signed in) is on its way and there is no
/// state to draw yet: "Connecting to PORTAL…" from the first frame, the keys of the key
/// table's connecting context give up, every other key is dropped (curses does not echo it),
/// and resizes and signals are answered as in the app.
@MainActor
final class ConnectingStage {
    enum Outcome {
        case connected(Session)
        case failed(any Error)
        case gaveUp
        case signal(Int32)
        case inputClosed
    }

    private let device: any TerminalPort
    private let portal: String
    private let keys: KeyTable
    private let renderer = Renderer()
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var drawnSeconds: Int?
    private var outcome: Outcome?
    private var finish: CheckedContinuation<Outcome, Never>?

    init(device: any TerminalPort, portal: String, keys: KeyTable = .standard) {
        self.device = device
        self.portal = portal
        self.keys = keys
        started = clock.now
    }

    private var seconds: Int { Int((clock.now - started).components.seconds) }

    func run(_ attempt: ConnectAttempt) async -> Outcome {
        device.start { [weak self] event in self?.handle(event) }
        draw()
        attempt.whenAnswered { [weak self] answer in
            switch answer {
            case .success(let session): self?.end(.connected(session))
            case .failure(let error): self?.end(.failed(error))
            }
        }
        let ticker = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: TerminalLoop.tickInterval)
                guard let self, self.outcome == nil else { return }
                if self.seconds != self.drawnSeconds { self.draw() }
            }
        }
        let result = await withCheckedContinuation { continuation in
            if let outcome { continuation.resume(returning: outcome) } else { finish = continuation }
        }
        ticker.cancel()
        if case .connected = result {} else { attempt.cancel() }
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
        case .keys(let pressed):
            if pressed.contains(where: { keys.binding(for: $0, in: .connecting)?.action == .quit }) {
                end(.gaveUp)
            }
        case .resized:
            renderer.invalidate()
            draw()
        case .signal(let signal):
            end(.signal(signal))
        case .inputClosed:
            end(.inputClosed)
        }
    }

    private func draw() {
        drawnSeconds = seconds
        var frame = Frame(size: device.size)
        ConnectingScreen(portal: portal, seconds: seconds, keys: keys).draw(into: &frame)
        renderer.draw(frame, on: device.screen)
    }
}
