import DocSpaceAPI
import PeopleCore

/// A change of a group itself from the command line (`groups create`, `rename`, `set-head`,
/// `move`, `delete`): the rule checked before sending (`GroupChange.refusal`), a dry run that
/// says what would be sent, or one request with its `sent` and outcome audit lines, proven by
/// the group read back; one row printed, the exit status of every other change.
struct GroupChangeCommand: Sendable {
    let session: PortalSession

    /// The signed-in person, whose rights the rules check.
    func me() async throws(CLIFailure) -> Person {
        let client = session.client
        return try await CommandRunner.call { try await client.me() }
    }

    /// Refuses, dry-runs or sends `change`. `confirm` runs before a real send (the typed
    /// confirmation of a delete).
    func perform(
        _ change: GroupChange, me: Person, options: GroupChangeOptions,
        confirm: () throws(CLIFailure) -> Void = {}
    ) async throws(CLIFailure) {
        if let refusal = change.refusal(me: me) {
            throw .refused("\(change.auditWord): nothing sent: \(refusal)")
        }
        var rows = BulkReport(action: change.auditWord)
        if options.dryRun {
            rows.add(
                group: change.groupName, id: change.groupID, name: change.groupName, .notSent,
                "would \(change.description) (\(change.serverCall))")
            rows.print(options.format)
            return
        }
        try confirm()
        let ticket = session.audit.sent(
            by: me, action: change.auditWord, request: change.serverCall, groupID: change.groupID,
            groupName: change.groupName)
        let outcome = await change.send(with: session.client)
        session.audit.record(outcome, of: change, by: me)
        ticket.answered()
        rows.stoppedBy = outcome.stoppedBy
        rows.add(
            group: change.groupName, id: outcome.group?.id ?? change.groupID,
            name: outcome.group?.name ?? change.groupName, outcome.outcome, outcome.detail)
        rows.print(options.format)
        try rows.outcome()
    }

    /// The people named (`--head`, members), each as the portal has them now; a name that
    /// matches no one stops the change before anything is sent.
    func people(_ names: [String]) async throws(CLIFailure) -> [Person] {
        var found: [Person] = []
        for answer in await TargetReread.read(typed: names, client: session.client) {
            switch answer.result {
            case .success(let person):
                if !found.contains(where: { $0.id == person.id }) { found.append(person) }
            case .failure(let error):
                throw .refused("nothing sent: \(answer.input): \(error)")
            }
        }
        return found
    }
}
