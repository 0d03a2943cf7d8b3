import ArgumentParser
import DocSpaceAPI

/// What every bulk command takes besides the connection: the people, `--json`, `--dry-run`.
struct BulkOptions: ParsableArguments {
    @Flag(name: .long, help: "Print per-person results as JSON.") var json = false
    @Flag(name: .long, help: "Show what would be done; change nothing.") var dryRun = false
    @OptionGroup var targets: TargetOptions
}

/// `terminate`: disable accounts (reversible with `activate`).
struct Terminate: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Terminate (disable) people; reversible with activate.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await StatusChange(status: .terminated, session: session).runCommand(bulk)
    }
}

/// `activate`: re-enable terminated accounts.
struct Activate: PortalCommand {
    static let configuration = CommandConfiguration(abstract: "Re-activate terminated people.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var bulk: BulkOptions

    func run(on session: PortalSession) async throws(CLIFailure) {
        try await StatusChange(status: .active, session: session).runCommand(bulk)
    }
}

extension StatusChange {
    /// The whole command: refuse in read-only sessions, act, print per person, exit status.
    func runCommand(_ options: BulkOptions) async throws(CLIFailure) {
        if !options.dryRun { try session.requireWritable(verb) }
        let report = try await run(try options.targets.targets(), dryRun: options.dryRun)
        report.print(json: options.json)
        if !options.dryRun { try report.outcome() }
    }
}
