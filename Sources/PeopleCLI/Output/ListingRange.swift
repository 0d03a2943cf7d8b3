/// The line a listing prints on standard error after its table: which of how many it shows,
/// and how to see the rest ("1–100 of 2,040 (--all for every page)").
enum ListingRange {
    /// - Parameters:
    ///   - start: the `--start` index of the page shown.
    ///   - noun: what is counted, after the total ("groups"); nothing for people.
    static func line(start: Int, shown: Int, total: Int, all: Bool, noun: String = "") -> String {
        let first = shown == 0 ? 0 : start + 1
        let more = !all && start + shown < total ? " (--all for every page)" : ""
        return "\(first)–\(start + shown) of \(total)\(noun.isEmpty ? "" : " " + noun)\(more)"
    }
}
