import DocSpaceAPI
import Foundation

/// `COMMAND --name value …`, parsed by hand: the bench is run by a script, not by people,
/// and must not pull the argument parser's weight into what it measures.
struct BenchArguments {
    let command: String
    private var values: [String: String] = [:]

    init(_ words: ArraySlice<String>) {
        command = words.first ?? ""
        var rest = words.dropFirst()
        while let word = rest.popFirst() {
            guard word.hasPrefix("--") else { continue }
            values[String(word.dropFirst(2))] = rest.popFirst() ?? ""
        }
    }

    func string(_ name: String) -> String? { values[name] }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), value > 0 else { throw BenchFailure("--\(name) must be a positive number") }
        return value
    }

    func url() throws -> URL {
        guard let text = values["url"], let url = URL(string: text) else { throw BenchFailure("--url URL is required") }
        return url
    }

    /// A client as the app builds one, signed in with the stand-in owner's API key.
    /// Every request it sends is counted in `counter`.
    func client(counting counter: RequestCounter = RequestCounter()) throws -> DocSpaceClient {
        guard let key = values["api-key"] else { throw BenchFailure("--api-key KEY is required") }
        return DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: try url(), credentials: .apiKey(key), userAgent: "docspace-people-bench",
                observer: { _ in counter.increment() }))
    }

    func standIn() throws -> StandInControl {
        StandInControl(baseURL: try url())
    }
}
