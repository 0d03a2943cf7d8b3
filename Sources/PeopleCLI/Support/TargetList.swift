import ArgumentParser
import DocSpaceAPI
import Foundation

/// The people a bulk command acts on: ids, user names or e-mails from the arguments and from
/// a file (`--from FILE`, `-` for standard input; one per line, `#` comments allowed). They
/// are found on the portal by PeopleCore's `TargetReread` (listing pages when that is cheaper
/// than a request per person), as the terminal UI re-reads its marked people.
struct TargetOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("People by id, user name or e-mail.", valueName: "person"))
    var people: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Read more people from a file, one per line (- for standard input).", valueName: "file"))
    var from: String?

    func targets() throws(CLIFailure) -> [String] {
        try Self.names(people, from: from, required: true)
    }

    /// The people typed and those read from `from`, each once; at least one when `required`.
    static func names(_ people: [String], from: String?, required: Bool) throws(CLIFailure) -> [String] {
        var all = people
        if let from {
            let text: String
            if from == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: from) else {
                    throw .usage("cannot read \(from)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let item = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    .trimmingCharacters(in: .whitespaces)
                // A CSV export's first column is the id; accept such files too.
                let first = item.split(separator: ",").first.map(String.init) ?? item
                if !first.isEmpty && first != "id" { all.append(first) }
            }
        }
        var seen = Set<String>()
        all = all.filter { seen.insert($0.lowercased()).inserted }
        guard !all.isEmpty || !required else {
            throw .usage("name at least one person (id, user name or e-mail), or --from FILE")
        }
        return all
    }
}
