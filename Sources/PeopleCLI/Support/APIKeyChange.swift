import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `keys disable KEY…` and `keys delete KEY…` on the one change path. The keys named are
/// found in the portal's listing first (a name that matches none stops it before any change);
/// the change's targets are their owners, since the path reports per person, and the change
/// acts only on the keys named (`APIKeyChoice.only`). A delete cannot be undone: on a
/// terminal it asks, and without one `--yes` is required, as `delete` does.
struct APIKeyChange {
    let deleting: Bool

    func perform(
        _ names: [String], json: Bool, dryRun: Bool, yes: Bool, session: PortalSession
    ) async throws(CLIFailure) {
        let client = session.client
        let all = try await CommandRunner.call { try await client.apiKeys() }
        var keys: [APIKey] = []
        for match in APIKeyLookup.match(names, in: all) {
            guard let key = match.key else {
                throw .refused("nothing changed: \(TerminalText.sanitized(match.input)): \(match.problem ?? "")")
            }
            if !keys.contains(where: { $0.id == key.id }) { keys.append(key) }
        }
        let choice = APIKeyChoice.only(Set(keys.map { $0.id.lowercased() }))
        let kind: ChangeKind = deleting ? .deleteKeys(choice) : .turnOffKeys(choice)
        if !dryRun { try session.requireWritable(kind.auditWord) }
        var owners: [String] = []
        for key in keys where !owners.contains(key.ownerID) { owners.append(key.ownerID) }
        for key in keys {
            Console.error(
                "  \(TerminalText.sanitized(key.name)) (\(key.maskedKey)) of \(TerminalText.sanitized(key.ownerName))")
        }
        if deleting, !dryRun, !yes { try confirm(keys.count) }
        try await ChangeCommand(kind: kind, session: session)
            .perform(names: owners, json: json, dryRun: dryRun, session: session)
    }

    private func confirm(_ count: Int) throws(CLIFailure) {
        guard Console.inputIsTerminal else {
            throw .usage("keys delete needs confirmation: run it on a terminal, or pass --yes")
        }
        let answer = Console.ask(
            "Delete \(count == 1 ? "this API key" : "these \(count) API keys")? Scripts using them stop working; this cannot be undone. Type y to delete: "
        )
        guard answer?.lowercased() == "y" else { throw .refused("cancelled: nothing deleted") }
    }
}
