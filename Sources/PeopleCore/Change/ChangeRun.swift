import DocSpaceAPI

/// A confirmed change on its way to the portal, one batch at a time (at most 100 people, one
/// for a per-person route), as a value: the terminal UI drives it through `update` and its
/// effects, the command line through `ChangeDriver`, and both get the same outcome for the
/// same answers.
///
/// The rules it keeps:
/// - one batch is sent at a time, and the next only when the previous one has answered, so
///   that the progress and Esc ("stop after this batch") are plain state; a batch sent is
///   never called back and never sent again;
/// - a person counts as done only when the portal shows it: in its answer, in a re-read, or
///   by a 404 after a delete;
/// - after a refusal, an error or an unclear answer, the people of that batch are read back
///   (`Step.reread`), because the portal changes people one by one and stops at the first it
///   refuses: those before it are changed. Each is then reported from what the re-read shows;
/// - a batch that failed stops the rest: they are "not sent", with the reason.
public struct ChangeRun: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// The pinned targets are being re-read before anything is sent.
        case checking
        /// Batches are going out.
        case sending
        /// A batch was refused or its answer lost: its people are being read back.
        case rereading
        /// The portal's rate limit answered a batch (429): it goes again after the wait.
        case waiting
    }

    /// What the driver does next.
    public enum Step: Sendable, Equatable {
        /// Send this batch (`ChangeKind.send`) and hand the answer to `answered`.
        case send(PendingAction)
        /// Read these people back (`TargetReread`) and hand the lookups to `reread`.
        case reread(ids: [String])
        /// Wait this many seconds (the portal's `Retry-After`), then call `resume`.
        case wait(seconds: Double)
        /// Nothing more to send: `report` is the outcome.
        case finished
    }

    /// The whole change, every target.
    public var action: PendingAction
    public var phase: Phase = .checking
    /// Targets whose batch has been sent (the next batch starts here).
    public private(set) var sentCount = 0
    /// Targets whose batch has answered: the "done" of "done/total".
    public private(set) var answeredCount = 0
    /// Batches sent so far.
    public private(set) var batchesSent = 0
    /// Marked people the change's rules left out before sending.
    public private(set) var leftOut: [SkippedTarget]
    /// What the answered batches said, batch by batch: the state is copied (the terminal loop
    /// keeps the state it drew), and one growing array would be copied whole after each draw.
    private var doneBatches: [[Person]] = []
    private var problemBatches: [[SkippedTarget]] = []
    private var unsentBatches: [[SkippedTarget]] = []
    /// A batch the portal's rate limit turned away (429, which means the portal did nothing
    /// with it), to be sent again after `seconds`.
    public private(set) var waiting: Wait?

    /// A batch turned away by the rate limit, and how long the portal asked to wait.
    public struct Wait: Sendable, Equatable {
        public var batch: PendingAction
        public var seconds: Double
    }
    /// The batch being read back, and why.
    public private(set) var rereading: Reread?
    /// Some outcome comes from a re-read after a lost answer or a refusal.
    public private(set) var usedReread = false
    /// Esc was pressed: no batch after the one in flight.
    public var stopRequested = false
    /// The portal answered 401: the run stopped, and the session must sign in again.
    public private(set) var sessionExpired: DocSpaceError?
    /// The answer of the first batch that failed: nothing after it was sent.
    public private(set) var stoppedBy: DocSpaceError?
    /// A delete the admin chose to send without handing over (`L`): the ids of those who own
    /// rooms or shared files, whose data goes with them. Their result and audit line say so.
    public var dataLostIDs: Set<String> = []

    /// A batch whose answer was a refusal or was lost, being read back.
    public struct Reread: Sendable, Equatable {
        public var people: [Person]
        public var cause: DocSpaceError
    }

    public init(action: PendingAction, leftOut: [SkippedTarget] = []) {
        self.action = action
        self.leftOut = leftOut.map {
            var left = $0
            left.outcome = .notSent
            return left
        }
    }

    public var kind: ChangeKind { action.kind }
    public var total: Int { action.targets.count }
    public var batchSize: Int { action.kind.batchSize }
    public var batchCount: Int { (total + batchSize - 1) / batchSize }

    /// Targets not sent yet.
    public var unsent: ArraySlice<Person> { action.targets[sentCount...] }

    /// The progress view is for changes that take more than one batch: a change of one batch
    /// is one request, which Esc could not stop part-way anyway (the status line's spinner
    /// says it is on its way, and Esc explains that it cannot be called back).
    public var showsProgress: Bool { batchCount > 1 || waiting != nil }

    /// The longest `Retry-After` the run waits out: the portal's strictest window (5 calls
    /// in 15 minutes) and a little. A longer one stops the run, the rest not sent.
    public static let longestWait: Double = 16 * 60

    /// "Terminating 250 people", the progress view's title.
    public var title: String {
        "\(action.isUndo ? "Undoing" : kind.progressive) \(NumberText.grouped(total)) people"
    }

    /// The reason given to people never sent because Esc stopped the run.
    public static let stoppedReason = "not sent: stopped by you"

    // MARK: Steps

    /// The targets are checked: the first batch.
    public mutating func start() -> Step {
        phase = .sending
        return next()
    }

    /// The next batch, or the end when all are sent or Esc asked to stop.
    mutating func next() -> Step {
        if stopRequested, sentCount < total {
            giveUp(reason: Self.stoppedReason, outcome: .notSent)
        }
        guard let batch = takeNextBatch() else { return .finished }
        return .send(batch)
    }

    /// A batch answered. Only what the answer shows counts as done.
    public mutating func answered(_ batch: PendingAction, _ answer: BatchAnswer) -> Step {
        if case .failure(.rateLimited(let retryAfter)) = answer {
            // The rate limiter answers before the portal acts: nothing of the batch was done,
            // so sending it again is not a blind resend. Without a wait it can keep to, the
            // batch is reported as refused.
            let seconds = retryAfter ?? 1
            if seconds <= Self.longestWait, !stopRequested {
                waiting = Wait(batch: batch, seconds: seconds)
                phase = .waiting
                return .wait(seconds: seconds)
            }
        }
        answeredCount += batch.targets.count
        var done: [Person] = []
        var problems: [SkippedTarget] = []
        switch answer {
        case .people(let people):
            let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for target in batch.targets {
                guard let now = byID[target.id] else {
                    problems.append(
                        SkippedTarget(person: target, reason: "the portal left them out", outcome: .skipped))
                    continue
                }
                if kind.proof == .answer || kind.reached(now) {
                    done.append(now)
                } else {
                    problems.append(
                        SkippedTarget(
                            person: now, reason: "the portal left them \(kind.shownState(now).dropping("still "))",
                            outcome: .skipped))
                }
            }
        case .deletion(let lookups):
            for target in batch.targets {
                switch lookups.first(where: { $0.id == target.id }) {
                case .missing:
                    done.append(target)
                case .found(let now):
                    problems.append(
                        SkippedTarget(
                            person: now, reason: "the portal kept them: a re-read still finds them",
                            outcome: .skipped))
                case .failed(_, let error):
                    problems.append(
                        SkippedTarget(
                            person: target,
                            reason: "outcome unknown: sent, and the re-read failed (\(ErrorText.explain(error)))"))
                case nil:
                    problems.append(SkippedTarget(person: target, reason: "outcome unknown: sent, not re-read"))
                }
            }
        case .membership(let listed, let cause):
            for target in batch.targets {
                let member = listed[target.id.lowercased()]
                let now = kind.withMembership(member ?? target, listed: member != nil)
                if kind.reachedByListing(member != nil) {
                    done.append(now)
                } else if let cause {
                    problems.append(
                        SkippedTarget(
                            person: now,
                            reason: "\(Self.why(cause)); \(kind.listingShows(member != nil)); not sent again"))
                } else {
                    problems.append(
                        SkippedTarget(
                            person: now, reason: "the portal skipped them: \(kind.listingShows(member != nil))",
                            outcome: .skipped))
                }
            }
            if let cause {
                // The group was read back after a refusal or a lost answer: what it lists
                // decides, and nothing after this batch is sent.
                stoppedBy = stoppedBy ?? cause
                usedReread = true
                record(done: done, problems: problems)
                giveUp(reason: Self.unsentReason(cause), outcome: .notSent)
                return .finished
            }
        case .accepted:
            done = batch.targets
        case .failure(let error):
            stoppedBy = stoppedBy ?? error
            if case .unauthorized = error {
                record(
                    done: [],
                    problems: batch.targets.map { SkippedTarget(person: $0, reason: ErrorText.explain(error)) })
                sessionExpired = error
                giveUp(reason: "not sent: the session expired", outcome: .notSent)
                return .finished
            }
            if kind.proof == .answer {
                // Nothing on the person shows this change (an e-mail, ended sessions): the
                // portal's words are all there is, and for several people it may have done
                // some before it stopped.
                let reason =
                    error.isUnclear
                    ? "outcome unknown: no clear answer (\(ErrorText.explain(error))); it may have been done; not sent again"
                    : kind.checksEveryoneFirst
                        ? "refused: \(ErrorText.explain(error)); the portal checks the whole batch before it changes anyone: none of it was done"
                        : batch.targets.count > 1
                            ? "refused: \(ErrorText.explain(error)); the portal may have done some of this batch before it stopped, and nothing on a person shows it"
                            : ErrorText.explain(error)
                record(done: [], problems: batch.targets.map { SkippedTarget(person: $0, reason: reason) })
                giveUp(reason: Self.unsentReason(error), outcome: .notSent)
                return .finished
            }
            rereading = Reread(people: batch.targets, cause: error)
            phase = .rereading
            usedReread = true
            return .reread(ids: batch.ids)
        }
        record(done: done, problems: problems)
        return next()
    }

    /// The wait is over: the batch turned away goes again, unless Esc asked to stop, and then
    /// it and the rest are not sent.
    public mutating func resume() -> Step {
        guard let waiting else { return next() }
        self.waiting = nil
        phase = .sending
        if stopRequested {
            let stopped = waiting.batch.targets.map {
                SkippedTarget(person: $0, reason: Self.stoppedReason, outcome: .notSent)
            }
            unsentBatches.append(stopped)
            answeredCount += stopped.count
            giveUp(reason: Self.stoppedReason, outcome: .notSent)
            return .finished
        }
        return .send(waiting.batch)
    }

    /// The batch that failed, as the portal shows it now: each person's real state decides.
    /// Nothing after it is sent.
    public mutating func reread(_ lookups: [Lookup]) -> Step {
        guard let rereading else { return next() }
        self.rereading = nil
        phase = .sending
        let cause = rereading.cause
        let why = Self.why(cause)
        var done: [Person] = []
        var problems: [SkippedTarget] = []
        for person in rereading.people {
            switch lookups.first(where: { $0.id == person.id }) {
            case .found(let now):
                if (kind.proof == .state || kind.proof == .membership) && kind.reached(now) {
                    done.append(now)
                } else {
                    problems.append(
                        SkippedTarget(
                            person: now, reason: "\(why); a re-read shows them \(kind.shownState(now)); not sent again")
                    )
                }
            case .missing:
                if kind == .delete {
                    done.append(person)
                } else {
                    problems.append(SkippedTarget(person: person, reason: "\(why); they no longer exist"))
                }
            case .failed(_, let error):
                problems.append(
                    SkippedTarget(
                        person: person,
                        reason:
                            "outcome unknown: \(why), and the re-read failed (\(ErrorText.explain(error))); r reloads"
                    ))
                if case .unauthorized = error { sessionExpired = error }
            case nil:
                problems.append(SkippedTarget(person: person, reason: "outcome unknown: \(why); r reloads"))
            }
        }
        record(done: done, problems: problems)
        giveUp(reason: Self.unsentReason(cause), outcome: .notSent)
        return .finished
    }

    /// The re-read itself failed as a whole: everyone of the batch is unknown.
    public mutating func rereadFailed(_ error: DocSpaceError) -> Step {
        guard let rereading else { return .finished }
        return reread(rereading.people.map { .failed(id: $0.id, error) })
    }

    /// The answer that sent a batch to be read back, in words: "refused: …" or "no clear
    /// answer (…)".
    static func why(_ cause: DocSpaceError) -> String {
        cause.isUnclear ? "no clear answer (\(ErrorText.explain(cause)))" : "refused: \(ErrorText.explain(cause))"
    }

    /// Why the people after a failed batch were not changed.
    static func unsentReason(_ error: DocSpaceError) -> String {
        "not sent: an earlier batch failed (\(ErrorText.explain(error)))"
    }

    // MARK: The outcome

    /// Everything recorded so far, as one report.
    public var report: ActionReport {
        var report = ActionReport(
            kind: action.kind, isUndo: action.isUndo, done: doneBatches.flatMap { $0 },
            failed: problemBatches.flatMap { $0 }, skipped: leftOut + unsentBatches.flatMap { $0 },
            fromReread: usedReread)
        report.dataLostIDs = dataLostIDs
        report.leftOutCount = leftOut.count
        report.stoppedBy = stoppedBy
        return report
    }

    // MARK: Bookkeeping

    private mutating func record(done: [Person], problems: [SkippedTarget]) {
        if !done.isEmpty { doneBatches.append(done) }
        if !problems.isEmpty { problemBatches.append(problems) }
    }

    /// Everyone not sent yet is reported with `reason`.
    private mutating func giveUp(reason: String, outcome: TargetOutcome) {
        let unsent = unsent.map { SkippedTarget(person: $0, reason: reason, outcome: outcome) }
        if !unsent.isEmpty { unsentBatches.append(unsent) }
        sentCount = total
    }

    /// Takes the next batch to send. A bulk delete never leaves a last batch of one: that
    /// would go out as `DELETE people/{id}` instead of `PUT people/delete`, so the batch
    /// before it gives one up.
    mutating func takeNextBatch() -> PendingAction? {
        guard sentCount < total else { return nil }
        var size = min(batchSize, total - sentCount)
        if action.kind == .delete, total > 1, size > 1, total - sentCount - size == 1 { size -= 1 }
        let batch = Array(action.targets[sentCount..<(sentCount + size)])
        sentCount += size
        batchesSent += 1
        return PendingAction(kind: action.kind, targets: batch, isUndo: action.isUndo)
    }
}

/// What the portal answered to one batch of a change.
public enum BatchAnswer: Sendable, Equatable {
    /// The people as the portal has them after the change (status, type, resend).
    case people([Person])
    /// After a delete: each id read again; only `.missing` proves it.
    case deletion([Lookup])
    /// The portal accepted a change that leaves nothing to read back (sign-out).
    case accepted
    /// After a membership change: the group's members as the portal lists them afterwards,
    /// by lower-cased id, and the error the change answered with when the group had to be
    /// read back after it.
    case membership(listed: [String: Person], cause: DocSpaceError?)
    case failure(DocSpaceError)
}

extension String {
    /// The text without a leading `prefix`.
    func dropping(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
