import ArgumentParser

/// `quota set SIZE PERSON…` and `quota reset PERSON…`: people's storage quotas, on the one
/// change path.
struct QuotaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota",
        abstract: "Set people's storage quota, or reset it to the portal's default.",
        discussion: """
            Sizes use binary units: 1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes, 1 GB = 1,024 MB, \
            1 TB = 1,024 GB. The portal lets DocSpace admins (the owner included) change \
            quotas. While the portal has per-user quotas switched off, nothing is sent.
            """,
        subcommands: [SetQuota.self, ResetQuota.self])
}
