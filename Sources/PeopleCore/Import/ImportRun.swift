import DocSpaceAPI

/// Sends the lines of a checked file, one request per line in file order (each person is
/// its own request, so one refusal never hides the outcome of another), and reports each
/// line as soon as its answer is in, so the results file is written as the run goes.
/// The command line and the benchmark drive it; the rules of the run are here:
/// - an answer that is lost or unclear (timeout, dropped connection, 504) is never reported
///   done or failed blindly: the address is read back, and the person is done when the
///   portal shows them;
/// - a refusal is that line's failure, in the portal's words, and the run goes on;
/// - an expired session or a cancelled run stops it: every line after is "not sent", and
///   `stoppedBy` keeps the error (an expired session is the command's exit 5);
/// - `stopReason` is asked before each line (Ctrl-C): once it answers, the rest are "not sent";
/// - a line's quota is set once the person is there, as a change of that one person on the
///   change path (`ChangeKind.setQuota`, its re-read proving it); a quota the portal refuses
///   makes the line failed, with the person's id and the portal's words.
public struct ImportRun: Sendable {
    public let client: any PeopleClient
    public let mode: ImportMode
    /// The invitation e-mails' language; `nil`: the portal's own.
    public let culture: Culture?
    /// One change of one person, start to end (the command line passes its own, which writes
    /// the audit lines). The plan has checked the change's rules already.
    public let change: @Sendable (ChangeKind, Person) async -> ActionReport

    public init(
        client: any PeopleClient, mode: ImportMode, culture: Culture? = nil,
        change: (@Sendable (ChangeKind, Person) async -> ActionReport)? = nil
    ) {
        self.client = client
        self.mode = mode
        self.culture = culture
        self.change =
            change ?? { kind, person in
                let run = ChangeRun(action: PendingAction(kind: kind, targets: [person]), leftOut: [])
                return await ChangeDriver(client: client).run(run).report
            }
    }

    /// Runs every step in order. `willSend` is called before a line's request goes out (the
    /// audit's `sent` line), `answered` with each line's row, skipped and not sent included.
    /// Returns the portal's error that stopped the run (an expired session, a cancel), if one did.
    @discardableResult
    public func run(
        _ steps: [ImportStep], stopReason: () -> String?, willSend: (ImportItem) -> Void,
        answered: (ImportResult) -> Void
    ) async -> DocSpaceError? {
        var stopped: String?
        var stoppedBy: DocSpaceError?
        for step in steps {
            switch step {
            case .skip(let line, let email, let reason):
                answered(ImportResult(line: line, email: email, outcome: .skipped, detail: "not sent: \(reason)"))
            case .send(let item):
                if stopped == nil { stopped = stopReason() }
                if let stopped {
                    answered(ImportResult(line: item.line, email: item.email, outcome: .notSent, detail: stopped))
                    continue
                }
                willSend(item)
                let (result, stop) = await send(item)
                answered(result)
                stopped = stop
                if stop != nil { stoppedBy = result.stoppedBy }
            }
        }
        return stoppedBy
    }

    /// Sends one line; its row, and why the run must stop after it, if it must.
    public func send(_ item: ImportItem) async -> (ImportResult, stop: String?) {
        let (result, stop) =
            switch mode {
            case .create: await create(item)
            case .invite: await invite(item)
            }
        guard let quota = item.quota, result.outcome == .done, let id = result.personID else { return (result, stop) }
        return await setQuota(quota, of: id, after: result)
    }

    /// The quota of a person just created or invited, on the change path. The person is
    /// named by the id the portal gave; the change re-reads them to prove the limit.
    private func setQuota(_ quota: StorageLimit, of id: String, after created: ImportResult) async -> (
        ImportResult, stop: String?
    ) {
        let person: Person
        do {
            person = try await client.person(id: id)
        } catch {
            let failure = EffectRunner.docSpaceError(error)
            return quotaFailed(created, reason: ErrorText.explain(failure), failure)
        }
        let report = await change(.setQuota(quota), person)
        if report.done.contains(where: { $0.id == id }) {
            var result = created
            result.detail += "; storage quota \(StorageSize.text(quota))"
            return (result, nil)
        }
        let reason = (report.failed + report.skipped).first(where: { $0.person.id == id })?.reason ?? "not confirmed"
        return quotaFailed(created, reason: reason, report.stoppedBy)
    }

    private func quotaFailed(_ created: ImportResult, reason: String, _ failure: DocSpaceError?) -> (
        ImportResult, stop: String?
    ) {
        var result = created
        result.outcome = .failed
        result.detail += "; the storage quota was not set: \(reason)"
        result.stoppedBy = failure
        return (result, failure.flatMap(Self.stopReason(after:)))
    }

    private func create(_ item: ImportItem) async -> (ImportResult, stop: String?) {
        do {
            let person = try await client.create(item.newPerson)
            return (
                ImportResult(
                    line: item.line, email: item.email, outcome: .done, personID: person.id,
                    detail: Self.createdDetail(item, person)), nil
            )
        } catch {
            let failure = EffectRunner.docSpaceError(error)
            return await afterFailure(
                item, failure, proven: { $0.status != .terminated },
                doneDetail: { person in
                    "created as \(person.type.displayName): a re-read shows them, after: \(InvitationReread.reason(failure))"
                })
        }
    }

    private func invite(_ item: ImportItem) async -> (ImportResult, stop: String?) {
        do {
            let answer = try await client.invite([Invitation(email: item.email, type: item.type)], culture: culture)
            // The answer lists every pending person; a pending person's name is their address.
            guard let invited = answer.first(where: { $0.displayName.lowercased() == item.email.lowercased() })
            else {
                return (
                    ImportResult(
                        line: item.line, email: item.email, outcome: .failed,
                        detail: "the portal did not confirm the invitation"), nil
                )
            }
            var detail = "invited as \(item.type.displayName) (pending)"
            detail += await addToGroups(item, id: invited.id)
            return (
                ImportResult(line: item.line, email: item.email, outcome: .done, personID: invited.id, detail: detail),
                nil
            )
        } catch {
            let failure = EffectRunner.docSpaceError(error)
            return await afterFailure(
                item, failure, proven: { $0.status == .pending },
                doneDetail: { _ in
                    "invited as \(item.type.displayName) (pending): a re-read shows them, after: \(InvitationReread.reason(failure))"
                })
        }
    }

    /// An invitation carries no groups: each group is joined after it, one request per group.
    /// A group that refuses leaves the invitation done, with the group's problem said.
    private func addToGroups(_ item: ImportItem, id: String) async -> String {
        var missed: [String] = []
        for group in item.groups {
            do {
                _ = try await client.addMembers(groupID: group.id, ids: [id])
            } catch {
                missed.append("\(group.name) (\(ErrorText.explain(EffectRunner.docSpaceError(error))))")
            }
        }
        return missed.isEmpty ? "" : "; not put in \(missed.joined(separator: ", "))"
    }

    /// A refusal is the line's failure; an unclear answer is read back first.
    private func afterFailure(
        _ item: ImportItem, _ failure: DocSpaceError, proven: (Person) -> Bool, doneDetail: (Person) -> String
    ) async -> (ImportResult, stop: String?) {
        let stop = Self.stopReason(after: failure)
        guard failure.isUnclear else {
            var result = ImportResult(
                line: item.line, email: item.email, outcome: .failed, detail: "refused: \(ErrorText.explain(failure))")
            result.stoppedBy = stop == nil ? nil : failure
            return (result, stop)
        }
        do {
            let person = try await client.person(email: item.email)
            if proven(person) {
                return (
                    ImportResult(
                        line: item.line, email: item.email, outcome: .done, personID: person.id,
                        detail: doneDetail(person)), nil
                )
            }
            return (
                ImportResult(
                    line: item.line, email: item.email, outcome: .failed, personID: person.id,
                    detail:
                        "\(InvitationReread.reason(failure)); a re-read shows them \(person.status.displayName.lowercased())"
                ),
                nil
            )
        } catch DocSpaceError.notFound {
            return (
                ImportResult(
                    line: item.line, email: item.email, outcome: .failed,
                    detail: "\(InvitationReread.reason(failure)); a re-read shows no one at this address"), nil
            )
        } catch {
            let reread = EffectRunner.docSpaceError(error)
            var result = InvitationReread.unread(item.email, cause: failure, error: reread).importResult(
                line: item.line)
            let stop = Self.stopReason(after: reread)
            result.stoppedBy = stop == nil ? nil : reread
            return (result, stop)
        }
    }

    /// Why no further line may be sent after this error, or `nil` to go on.
    static func stopReason(after failure: DocSpaceError) -> String? {
        if case .unauthorized = failure { return "not sent: the session ended (\(ErrorText.explain(failure)))" }
        if failure == .cancelled { return "not sent: the run was cancelled" }
        return nil
    }

    /// "created as Room admin", with what the portal did differently from the line.
    static func createdDetail(_ item: ImportItem, _ person: Person) -> String {
        var detail = "created as \(person.type.displayName)"
        if person.type != item.type {
            detail += ", not \(item.type.displayName): the portal had no free seat for that type"
        }
        let joined = Set(person.groups.map(\.id))
        let missed = item.groups.filter { !joined.contains($0.id) }.map(\.name)
        if !missed.isEmpty { detail += "; the portal did not put them in \(missed.joined(separator: ", "))" }
        return detail
    }
}

extension AddressResult {
    func importResult(line: Int) -> ImportResult {
        ImportResult(line: line, email: email, outcome: outcome, personID: personID, detail: detail)
    }
}
