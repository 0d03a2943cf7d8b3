import DocSpaceAPI
import Foundation

/// The API-key changes (`ApiKeysController`): their rule and their requests. The server has no
/// route for "the keys of this person": every key of the portal is listed (a DocSpace admin
/// sees all) and the person's are those they created. A refusal is not an error there but a
/// 200 `false`, and a key whose answer was `true` is only believed when a second listing shows
/// it: the listing after the change decides the outcome.
extension ChangeKind {
    /// `UpdateApiKey`/`DeleteApiKey` answer `false` to anyone but a DocSpace admin (the owner
    /// included) for a key they did not create; so an admin's tool offers them to admins only.
    /// The server lets an admin act on anyone's keys: the owner's and other admins' too, and
    /// a disabled person's.
    public static func keysRefusal(me: Person) -> Refusal? {
        if me.type != .docSpaceAdmin && !me.isOwner {
            return Refusal(Self.keysAdminsOnly, short: "admins")
        }
        return nil
    }

    /// The refusal's words, for help texts and the off-boarding's skipped step too.
    public static let keysAdminsOnly =
        "DocSpace admins only: the portal lets anyone else turn off or delete only the keys they created"

    /// Turns off (or deletes) the chosen keys of each person, then lists the keys again: a key
    /// still there (deleting) or still working (turning off) fails the person. An expired key
    /// already signs nobody in and the server refuses to change it (`false`), so turning off
    /// leaves it as it is.
    @concurrent
    static func sendKeys(_ ids: [String], choice: APIKeyChoice, deleting: Bool, with client: any PeopleClient)
        async throws -> BatchAnswer
    {
        let now = Date()
        for id in ids {
            let keys = try await client.apiKeys().filter {
                $0.ownerID.lowercased() == id.lowercased() && choice.includes($0)
            }
            for key in keys where deleting || key.works(at: now) {
                let changed =
                    deleting
                    ? try await client.deleteAPIKey(id: key.id)
                    : try await client.setAPIKeyActive(id: key.id, isActive: false)
                if !changed {
                    throw DocSpaceError.forbidden(
                        message:
                            "the portal answered false for the key \"\(key.name)\" (\(key.maskedKey)): it changes another person's key only for a DocSpace admin, and never an expired key"
                    )
                }
            }
            let after = try await client.apiKeys().filter {
                $0.ownerID.lowercased() == id.lowercased() && choice.includes($0)
            }
            let left = deleting ? after : after.filter { $0.works(at: now) }
            if let key = left.first {
                throw DocSpaceError.server(
                    status: 200,
                    message:
                        "the portal answered yes, and a listing afterwards still shows the key \"\(key.name)\" (\(key.maskedKey)) \(deleting ? "there" : "active")"
                )
            }
        }
        return .accepted
    }
}
