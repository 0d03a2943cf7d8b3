import Foundation

// docspace-people-bench: the Swift side of `scripts/bench`. Each subcommand measures one
// thing against a running stand-in (`docspace-people demo-server`) and prints plain numbers
// for the runner, which owns the servers, the pairing with the Python scripts and the report.
//
//   seed-workflow  --url U --api-key K [--people 200] [--prefix P]   → "SECONDS REQUESTS"
//   bulk-terminate --url U --api-key K                                → "REQUESTS SECONDS PEOPLE"
//   import-people  --url U --api-key K [--people 1000] [--prefix P]   → "REQUESTS SECONDS PEOPLE"
//   tui [--people 100000] [--only filters]                            → "NAME VALUE UNIT" lines
//
// Errors go to standard error with exit status 1: a benchmark that did not do the whole job
// must not print a time.

let arguments = BenchArguments(CommandLine.arguments.dropFirst())
do {
    switch arguments.command {
    case "seed-workflow":
        let counter = RequestCounter()
        let job = SeedWorkflow(
            client: try arguments.client(counting: counter), counter: counter,
            people: try arguments.int("people", default: 200),
            prefix: arguments.string("prefix") ?? "seed-swift-\(UUID().uuidString.prefix(8).lowercased())")
        let outcome = try await job.run()
        print(String(format: "%.6f %d", outcome.seconds, outcome.requests))
    case "bulk-terminate":
        // Everyone on the portal is marked: its size is the stand-in's (`--users`).
        let job = BulkTerminate(client: try arguments.client(), control: try arguments.standIn())
        let outcome = try await job.run()
        print(String(format: "%d %.6f %d", outcome.requests, outcome.seconds, outcome.people))
    case "import-people":
        let job = ImportPeople(
            client: try arguments.client(), control: try arguments.standIn(),
            people: try arguments.int("people", default: 1_000),
            prefix: arguments.string("prefix") ?? "import-\(UUID().uuidString.prefix(8).lowercased())")
        let outcome = try await job.run()
        print(String(format: "%d %.6f %d", outcome.requests, outcome.seconds, outcome.done))
    case "tui":
        // The in-process TUI figures (key_to_frame_*, filter_keystroke_*); the ones that need
        // a terminal (bytes_per_cursor_move, rss_100k_mb, cold_start_ms) are scripts/bench-tui's.
        // `--only filters`: issue #15's two figures alone (filter_switch_own_ms, mark_all_20k_*).
        try await TUIFigures(
            people: try arguments.int("people", default: 100_000), onlyFilters: arguments.string("only") == "filters"
        ).run()
    default:
        throw BenchFailure(
            "usage: docspace-people-bench seed-workflow|bulk-terminate|import-people|tui --url URL --api-key KEY [--people N]"
        )
    }
} catch {
    FileHandle.standardError.write(Data("docspace-people-bench: \(error)\n".utf8))
    exit(1)
}
