import ArgumentParser
import DocSpaceAPI
import Foundation

/// The people a bulk command acts on: ids, user names or e-mails from the arguments and from
/// a file (`--from FILE`, `-` for standard input; one per line, `#` comments allowed).
struct TargetOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("People by id, user name or e-mail.", valueName: "person"))
    var people: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read more people from a file, one per line (- for standard input).", valueName: "file"))
    var from: String?

    func targets() throws(CLIFailure) -> [String] {
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
        guard !all.isEmpty else { throw .usage("name at least one person (id, user name or e-mail), or --from FILE") }
        return all
    }
}

/// Looks people up by what the user typed, a few at a time.
enum TargetResolver {
    struct Resolved: Sendable {
        var input: String
        var result: Result<Person, DocSpaceError>
    }

    static func resolve(_ inputs: [String], client: any PeopleClient, maxConcurrent: Int = 8) async -> [Resolved] {
        await withTaskGroup(of: (Int, Resolved).self) { group in
            var results = [Resolved?](repeating: nil, count: inputs.count)
            var next = 0
            func add(_ index: Int) {
                let input = inputs[index]
                group.addTask {
                    do {
                        let person = input.contains("@")
                            ? try await client.person(email: input)
                            : try await client.person(id: input)
                        return (index, Resolved(input: input, result: .success(person)))
                    } catch let error as DocSpaceError {
                        return (index, Resolved(input: input, result: .failure(error)))
                    } catch {
                        return (index, Resolved(input: input, result: .failure(.cancelled)))
                    }
                }
            }
            while next < min(maxConcurrent, inputs.count) { add(next); next += 1 }
            for await (index, resolved) in group {
                results[index] = resolved
                if next < inputs.count { add(next); next += 1 }
            }
            return results.compactMap { $0 }
        }
    }
}
