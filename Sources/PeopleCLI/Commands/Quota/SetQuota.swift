import ArgumentParser
import DocSpaceAPI
import PeopleCore

/// `quota set SIZE PERSON…`: a custom storage limit for each person.
struct SetQuota: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the storage quota of people: a size such as 500MB, 2GB, 1.5 GB, or none.",
        discussion: """
            PUT /api/2.0/people/userquota, 100 people a request. SIZE is a number and a unit \
            (B, KB, MB, GB, TB; binary: 1 MB = 1,048,576 bytes, 1 GB = 1,073,741,824 bytes), or \
            none (also "no limit") for no limit. The portal refuses a size above its own storage. \
            People already above the size keep their files but cannot add more.
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @Argument(help: ArgumentHelp("The size: 500MB, 2GB, \"1.5 GB\", none.", valueName: "size")) var size: String
    @OptionGroup var targets: TargetOptions

    func validate() throws {
        do { _ = try StorageSize.parse(size) } catch { throw ValidationError(error.description) }
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        let limit: StorageLimit
        do { limit = try StorageSize.parse(size) } catch { throw .usage(error.description) }
        try await QuotaChange(session: session).perform(.setQuota(limit), targets: targets, options: options)
    }
}

/// `quota reset PERSON…`: back to the portal's default limit.
struct ResetQuota: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Reset the storage quota of people to the portal's default.",
        discussion: """
            PUT /api/2.0/people/resetquota, 100 people a request. A plan without storage \
            statistics refuses it (402).
            """)
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var options: GroupChangeOptions
    @OptionGroup var targets: TargetOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await QuotaChange(session: session).perform(.resetQuota, targets: targets, options: options)
    }
}

/// What `quota set` and `quota reset` share: the read-only refusal, then the portal's
/// per-user quota setting — while it is off the portal stores a limit but neither applies nor
/// shows it, so nothing is sent — then the change through `ChangeCommand`.
private struct QuotaChange {
    let session: PortalSession

    func perform(_ kind: ChangeKind, targets: TargetOptions, options: GroupChangeOptions) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable(kind.auditWord) }
        let names = try targets.targets()
        let client = session.client
        let settings: UserQuotaSettings?
        do {
            settings = try await client.userQuotaSettings()
        } catch let error as DocSpaceError {
            // Only DocSpace admins may read the setting; the change's own rule then leaves
            // everyone out with that reason.
            guard case .forbidden = error else { throw .api(error) }
            settings = nil
        } catch {
            throw .api(.transport(message: "\(error)"))
        }
        if let settings, !settings.enableQuota {
            throw .refused(
                "Per-user storage quotas are switched off on this portal (Settings → Storage management): nothing sent."
            )
        }
        try await ChangeCommand(kind: kind, session: session)
            .perform(names: names, format: options.format, dryRun: options.dryRun, session: session)
    }
}
