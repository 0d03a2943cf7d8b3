import Foundation
import PeopleCore

/// Root running with another user's home (`sudo -E` keeps `HOME`; so can `XDG_CONFIG_HOME`
/// and `XDG_STATE_HOME`). Everything this tool keeps lives there — the config with its
/// `token_file` and `url`, the tokens, the logs — and that user can plant any of it: a config
/// that sends `/root/…`'s first line to their listener, a log that is a link to a root-only
/// file. So, like ssh (which reads no `~/.ssh` file its user does not own), root refuses to
/// use that user's files unless told loudly (`--trust-foreign-home`), and even then creates
/// nothing there: a root-owned folder in their home breaks their own runs.
struct ForeignHome: Equatable, CustomStringConvertible {
    /// The first of `HOME`, `XDG_CONFIG_HOME`, `XDG_STATE_HOME` that another user owns.
    var folder: String
    var variable: String
    var owner: uid_t

    /// The foreign folder root was given, or nil when not root or when every one is root's.
    static func find(in environment: [String: String], effectiveUser: uid_t = geteuid()) -> ForeignHome? {
        guard effectiveUser == 0 else { return nil }
        for variable in ["HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"] {
            guard let folder = environment[variable], folder.hasPrefix("/") else { continue }
            var info = stat()
            if stat(folder, &info) == 0 && info.st_uid != effectiveUser {
                return ForeignHome(folder: folder, variable: variable, owner: info.st_uid)
            }
        }
        return nil
    }

    /// Refuses (ssh's rule), or — with `--trust-foreign-home` — accepts that user's files for
    /// the rest of the run. Called before anything is read from the home.
    static func check(_ environment: [String: String], trusted: Bool) throws(CLIFailure) {
        guard let foreign = find(in: environment) else { return }
        guard trusted else { throw .configuration(foreign.description) }
        FileOwners.trust(foreign.owner)
    }

    var description: String {
        let user = FileRefusal.userName(owner)
        return "running as root with \(variable)=\(folder), which belongs to \(user) (sudo -E keeps it): "
            + "refusing to read their config, tokens and logs, as ssh does — a file they put there could make root "
            + "read or write any file. Use `sudo -H` or `sudo -i` (root's own home), run it as that user, or pass "
            + "--trust-foreign-home to read their files anyway (nothing is created in their home either way)"
    }
}
