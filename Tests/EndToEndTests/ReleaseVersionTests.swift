import ArgumentParser
import Foundation
import PeopleCLI
import Testing

/// What every build must carry for a release: `--version` names the commit it was built
/// from, and the shell completions cover every subcommand. Runs on the binary under test
/// (the debug build in scripts/test, or `DOCSPACE_PEOPLE_BINARY`).
@Suite("Release: version and completions")
struct ReleaseVersionTests {
    static let versionLine =
        #"^(\d+\.\d+\.\d+[^ ]*) \(commit ([0-9a-f]{12}(-dirty)?|unknown), built (\d{4}-\d{2}-\d{2})\)$"#

    @Test func versionNamesNumberCommitAndBuildDate() throws {
        let result = try runBinary(["--version"])
        #expect(result.status == 0)
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.range(of: Self.versionLine, options: .regularExpression) != nil, "\(line)")
        #expect(line.hasPrefix(AppVersion.current.number + " "))
        #expect(line == AppVersion.current.summary)
    }

    /// On a git checkout (a developer's, or CI's fresh clone) the binary names the commit the
    /// checkout is at; `-dirty` only says files had changed when it was built.
    @Test func versionCarriesTheCheckoutsCommit() throws {
        let line = try runBinary(["--version"]).stdout
        guard let head = SourceCheckout.head else {
            // Not a git checkout: nothing to compare with, so the binary must not claim one.
            #expect(line.contains("(commit unknown,"), "\(line)")
            return
        }
        #expect(
            line.contains("(commit \(head),") || line.contains("(commit \(head)-dirty,"),
            "--version says \(line), the checkout is at \(head)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptMentionsEverySubcommand(shell: String) throws {
        #expect(CommandNames.subcommands.count >= 10)
        let result = try runBinary(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.count > 500)
        #expect(CommandNames.missing(in: result.stdout) == [], "\(shell) completion")
    }

    /// The check itself can fail: a name only inside another word or option is not a mention.
    @Test func aSubcommandOnlyInsideOtherWordsCountsAsMissing() {
        for name in CommandNames.subcommands {
            #expect(CommandNames.missing(in: "\(name)-x --\(name) x\(name)").contains(name))
            #expect(!CommandNames.missing(in: "a \(name) b").contains(name))
            #expect(!CommandNames.missing(in: "'\(name)'").contains(name))
        }
    }
}
