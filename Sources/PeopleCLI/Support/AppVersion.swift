/// The app's version, shown by `--version` and sent as the User-Agent.
///
/// `number` is the release (bumped by hand, here); `commit` and `buildDate` come from the
/// BuildStamp plugin, which writes them under `.build` before every build, so a binary copied
/// to an admin host can still say exactly which source it was built from.
public struct AppVersion: Sendable {
    /// The release number, e.g. `0.1.0`: the User-Agent's version and the archive's name.
    public var number: String
    /// The commit built from: 12 hex digits, `-dirty` when tracked files had changes, or
    /// `unknown` when built outside a git checkout.
    public var commit: String
    /// The day of the build, UTC, `YYYY-MM-DD` (`SOURCE_DATE_EPOCH` fixes it).
    public var buildDate: String

    public init(number: String, commit: String, buildDate: String) {
        self.number = number
        self.commit = commit
        self.buildDate = buildDate
    }

    public static let current = AppVersion(number: "0.1.0", commit: BuildStamp.commit, buildDate: BuildStamp.date)

    /// What `--version` prints: `0.1.0 (commit 0123456789ab, built 2026-11-29)`.
    public var summary: String {
        "\(number) (commit \(commit), built \(buildDate))"
    }
}
