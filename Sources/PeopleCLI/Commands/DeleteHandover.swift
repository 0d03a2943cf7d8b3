import DocSpaceAPI
import Foundation

/// What `delete` does about people who own rooms or shared files (`reassign/necessary`):
/// refuse (the default), hand their data to `--reassign-to` first, or delete with it
/// (`--lose-data`). Deleting an owner without handing over loses their rooms and files, so
/// it is never what happens by default.
struct DeleteHandover {
    let client: DocSpaceClient

    /// How long one hand-over is followed before it is reported as still running.
    static let deadline: Double = 120

    /// Which of `people` own rooms or shared files, asked 8 at a time. A failed check is a
    /// refusal to go on: not knowing is not "no".
    func owners(among people: [Person]) async throws(CLIFailure) -> [Person] {
        var needing: [String: Bool] = [:]
        var failure: (Person, DocSpaceError)?
        await withTaskGroup(of: (Person, Result<Bool, DocSpaceError>).self) { group in
            var next = 0
            func add() {
                guard next < people.count else { return }
                let person = people[next]
                next += 1
                group.addTask {
                    do { return (person, .success(try await client.reassignNecessary(userId: person.id))) } catch let
                        error as DocSpaceError
                    { return (person, .failure(error)) } catch {
                        return (person, .failure(.transport(message: "\(error)")))
                    }
                }
            }
            for _ in 0..<8 { add() }
            for await (person, result) in group {
                switch result {
                case .success(let needed): needing[person.id] = needed
                case .failure(let error): failure = failure ?? (person, error)
                }
                add()
            }
        }
        if let (person, error) = failure {
            if error.isUnclear { throw .api(error) }
            if case .unauthorized = error { throw .api(error) }
            throw .refused(
                "nothing deleted: could not check whether \(person.email ?? person.id) owns rooms or shared files: \(error)"
            )
        }
        return people.filter { needing[$0.id] == true }
    }

    /// Hands `person`'s rooms and files to `receiver` (`reassign/start`, `deleteProfile: false`)
    /// and follows the task: `nil` when it completed, else why the person must not be deleted.
    /// Ctrl-C (through the latch) asks the portal to cancel the hand-over.
    func handOver(_ person: Person, to receiver: Person, interrupt: (any InterruptSignal)?) async -> String? {
        do {
            let started = try await client.startReassign(from: person.id, to: receiver.id, deleteProfile: false)
            let outcome = await TaskFollower(deadline: Self.deadline).follow(
                started, interrupt: interrupt, what: "the hand-over of \(person.email ?? person.id)'s rooms and files",
                poll: { try await client.reassignProgress(userId: person.id) },
                cancel: { try await client.cancelReassign(userId: person.id) })
            let progress = outcome.progress
            // What moved before a stop stays moved: said whenever the task got under way.
            let moved =
                progress.percentage > 0 ? ", what moved before it stopped is with \(receiver.email ?? receiver.id)" : ""
            if let error = progress.error { return "the hand-over failed: \(error)" }
            if outcome.cancelled {
                // The portal answers a cancel Canceled (completed) even for a hand-over that
                // had finished: what the person still owns decides, not the answer.
                let stillOwns: Bool
                do { stillOwns = try await client.reassignNecessary(userId: person.id) } catch {
                    return "hand-over cancelled at your request (Ctrl-C) at \(progress.percentage) %\(moved); "
                        + "could not re-check what they still own: \(error)"
                }
                guard stillOwns else { return nil }
                return
                    "hand-over cancelled at your request (Ctrl-C) at \(progress.percentage) %\(moved); they still own rooms or shared files"
            }
            if let lost = outcome.lostTrack {
                return "outcome unknown: lost track of the hand-over (\(lost)); check later"
            }
            if outcome.vanished { return "the portal no longer reports the hand-over" }
            switch progress.state {
            case .canceled: return "the hand-over was cancelled at \(progress.percentage) %\(moved)"
            case .failed: return "the hand-over failed"
            default: break
            }
            return outcome.ended ? nil : "the hand-over is still running (\(progress.percentage) %)"
        } catch {
            return "the hand-over failed: \(error)"
        }
    }
}
