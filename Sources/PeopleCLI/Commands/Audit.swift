import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore
import TerminalUI

/// `audit`: what this machine's user changed, from the local audit log.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the local audit log of changes (newest last).",
        discussion:
            "Each change request has a SENT line, written before it goes out, and an outcome line when the answer is known (OUTCOME UNKNOWN when the app ended first). Kept in $XDG_STATE_HOME/docspace-people/audit.jsonl (mode 0600). It never holds a token."
    )

    @Flag(name: .long, help: "Print the log's JSON lines as they are.") var json = false
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only the last N lines (a change request has a SENT line and an outcome line).", valueName: "n")) var last:
        Int?
    @Flag(name: .long, help: "As root, read the audit log of a home that belongs to another user (sudo -E).")
    var trustForeignHome = false

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last needs a number of lines, 1 or more") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        do {
            try ForeignHome.check(environment, trusted: trustForeignHome)
        } catch {
            throw CommandRunner.report(error)
        }
        let log = AuditLogFile(directory: AppPaths(environment: environment).stateDirectory)
        var (entries, unreadable): ([AuditEntry], Int)
        do {
            (entries, unreadable) = try log.readEntries()
        } catch {
            throw CommandRunner.report(.configuration(error.description))
        }
        if let last { entries = Array(entries.suffix(last)) }
        if json {
            let encoder = AuditLogFile.encoder()
            for entry in entries {
                if let data = try? encoder.encode(entry) {
                    Console.json(JSONControlEscapes.escapingDELAndC1(String(decoding: data, as: UTF8.self)))
                }
            }
        } else if entries.isEmpty {
            Console.error("no changes recorded in \(log.path)")
        } else {
            // Each line goes through `Console`, which shows every field harmlessly: the request
            // holds ids the portal gave, and names and details are the portal's words.
            let time = ISO8601DateFormatter()
            for entry in entries {
                Console.out(
                    "\(time.string(from: entry.time))  \(TerminalText.sanitized(entry.user.email ?? entry.user.id)) on \(TerminalText.sanitized(entry.portal)) [\(entry.source)]: \(entry.action) — \(Self.stageText(entry))"
                )
                Console.out("    \(entry.request)")
                for target in entry.targets {
                    let who = [target.displayName, target.email.map { "<\($0)>" }].compactMap { $0 }.joined(
                        separator: " ")
                    Console.out(
                        "    \(target.outcome.padding(toLength: 7, withPad: " ", startingAt: 0)) \(TerminalText.sanitized(who.isEmpty ? (target.id ?? "?") : who))\(target.detail.map { " — " + TerminalText.sanitized($0) } ?? "")"
                    )
                }
            }
        }
        if unreadable > 0 {
            Console.error("warning: \(unreadable) line(s) of \(log.path) could not be read")
        }
    }

    /// What kind of line it is, in capitals where it needs attention: `SENT` (the request
    /// went out; its outcome follows on a later line), `outcome: 2 done, 1 failed`, or
    /// `OUTCOME UNKNOWN` (the app ended before the answer came).
    static func stageText(_ entry: AuditEntry) -> String {
        let people = PeopleCount(entry.targets.count).text
        switch entry.stage {
        case .sent:
            return "SENT to the portal for \(people); the outcome follows on its own line"
        case .outcome:
            let counts = Dictionary(grouping: entry.targets, by: \.outcome).mapValues(\.count)
            let summary = ["done", "skipped", "failed"].compactMap { key in
                counts[key].map { "\(NumberText.grouped($0)) \(key)" }
            }
            .joined(separator: ", ")
            return "outcome: " + summary
        case .outcomeUnknown:
            return "OUTCOME UNKNOWN for \(people): \(AuditEntry.outcomeUnknownDetail)"
        }
    }
}
