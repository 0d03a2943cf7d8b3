import ArgumentParser

/// What every `groups` change takes besides its group and people: the outcome as a table,
/// `--json` or `--csv`, and `--dry-run`.
struct GroupChangeOptions: ParsableArguments {
    @Flag(name: .long, help: "Print the outcome as JSON.") var json = false
    @Flag(name: .long, help: "Print the outcome as CSV.") var csv = false
    @Flag(name: .long, help: "Show what would be sent; change nothing.") var dryRun = false

    var format: OutputFormat { json ? .json : csv ? .csv : .table }

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }
}
