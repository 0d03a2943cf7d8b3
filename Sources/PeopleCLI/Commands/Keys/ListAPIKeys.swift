import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore

/// `keys list PERSON`: the person's API keys — name, created, last used, active or expired,
/// the id to name it by. The portal has no route for one person's keys: every key the caller
/// may see is listed (`GET keys`) and the person's picked by creator.
struct ListAPIKeys: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a person's API keys on the portal (not the keyboard keys: that is `keys`).",
        discussion: """
            GET /api/2.0/keys. A DocSpace admin (the owner included) sees everyone's keys; the \
            portal shows anyone else only their own, so for another person they see none.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Flag(name: .long, help: "Print JSON.") var json = false
    @Argument(help: ArgumentHelp("The person, by id, user name or e-mail.", valueName: "person")) var person: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        let client = session.client
        let targets = try await ChangeCommand(kind: .turnOffKeys(.all), session: session).find([person])
        if let notFound = targets.notFound.first { throw .api(notFound.error) }
        guard let owner = targets.people.first else { throw .refused("no such person: \(person)") }
        let all = try await CommandRunner.call { try await client.apiKeys() }
        let keys = all.filter { $0.ownerID.lowercased() == owner.id.lowercased() }
        let now = Date()
        if json {
            let rows: [[String: Any]] = keys.map { key in
                [
                    "id": key.id, "name": key.name, "key": key.maskedKey, "created": key.createdOn?.text ?? NSNull(),
                    "lastUsed": key.lastUsed?.text ?? NSNull(), "expires": key.expiresAt?.text ?? NSNull(),
                    "active": key.isActive, "expired": key.isExpired(at: now), "owner": owner.id,
                ]
            }
            let data =
                (try? JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            Console.json(String(decoding: data, as: UTF8.self))
            return
        }
        if let refusal = ChangeKind.keysRefusal(me: targets.me), owner.id != targets.me.id {
            Console.error("Note: \(refusal.text) — the portal shows you only your own keys.")
        }
        if keys.isEmpty {
            Console.out("\(owner.displayName) <\(owner.email ?? owner.id)> has no API keys the portal shows you.")
            return
        }
        var table = TextTable(
            header: ["NAME", "KEY", "CREATED", "LAST USED", "STATE", "ID"], maxWidths: [30, 12, 16, 16, 24, 36])
        for key in keys {
            let state =
                key.isExpired(at: now)
                ? "expired \(APIKeyLookup.shortDate(key.expiresAt, none: "").prefix(10))"
                : key.isActive
                    ? (key.expiresAt == nil
                        ? "active" : "active to \(APIKeyLookup.shortDate(key.expiresAt, none: "").prefix(10))")
                    : "off"
            table.append([
                key.name, key.maskedKey, APIKeyLookup.shortDate(key.createdOn, none: "?"),
                APIKeyLookup.shortDate(key.lastUsed, none: "never"), state, key.id,
            ])
        }
        Console.out(table: table)
    }
}
