import DocSpaceAPI

extension OffboardDriver {
    /// The driver of the terminal UI: every change step on the change path
    /// (`changeOnPath`), who owns rooms asked of the portal (`reassign/necessary`), and the
    /// hand-over as the portal's task (`reassign/start`, `deleteProfile: false`) followed
    /// until it ends.
    public static func onPortal(client: any PeopleClient, me: Person, keys: KeyTable? = nil) -> OffboardDriver {
        OffboardDriver(
            change: changeOnPath(client: client, me: me, keys: keys),
            ownsRooms: { person in
                do { return .success(try await client.reassignNecessary(userId: person.id)) } catch {
                    return .failure(EffectRunner.docSpaceError(error))
                }
            },
            handOver: { person, receiver in await followHandOver(person, to: receiver, client: client) })
    }

    /// How long a hand-over is followed before it is reported as still running.
    static let handOverDeadline: Duration = .seconds(120)

    /// Starts the hand-over and polls it: `nil` when the portal reports it completed, else
    /// why not, in the portal's words where it gave some. A task the portal stops showing, or
    /// one still running at the deadline, is not called done.
    static func followHandOver(_ person: Person, to receiver: Person, client: any PeopleClient) async -> String? {
        var progress: TaskProgress
        do {
            progress = try await client.startReassign(from: person.id, to: receiver.id, deleteProfile: false)
        } catch {
            return "the hand-over was refused: \(ErrorText.explain(EffectRunner.docSpaceError(error)))"
        }
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: handOverDeadline)
        var failures = 0
        while true {
            if let error = progress.error { return "the hand-over failed: \(error)" }
            switch progress.state {
            case .completed: return nil
            case .canceled: return "the hand-over was cancelled at \(progress.percentage) %"
            case .failed: return "the hand-over failed"
            case .created, .running, .other:
                if progress.isCompleted { return nil }
            }
            guard clock.now < end else { return "the hand-over is still running (\(progress.percentage) %)" }
            // The portal's task moves on its own; asking again at once would only load it.
            try? await Task.sleep(for: .milliseconds(300))
            do {
                guard let next = try await client.reassignProgress(userId: person.id) else {
                    return "the portal no longer reports the hand-over"
                }
                progress = next
                failures = 0
            } catch {
                failures += 1
                if failures >= 3 {
                    return
                        "outcome unknown: lost track of the hand-over (\(ErrorText.explain(EffectRunner.docSpaceError(error)))); check later"
                }
            }
        }
    }
}
