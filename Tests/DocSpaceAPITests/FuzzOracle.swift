import DocSpaceAPI
import Foundation

/// Gives a fuzz input to its client call and judges the outcome: a value must be sane, a
/// failure must be a `DocSpaceError` that describes itself without the secret and is not a
/// connection failure (an answer did arrive). Anything else is a violation.
enum FuzzOracle {
    static let baseURL = URL(string: "https://portal.fuzz.test")!
    /// The API key the client holds: it must never appear in an error.
    static let apiKey = "sk-FUZZ-0123456789abcdef"
    /// The password login sends: it must never appear in an error either.
    static let password = "fuzz-pw-Kq8z-3141"

    enum Verdict: Sendable {
        case decoded
        case failed(DocSpaceError)
        case violation(String)
    }

    static func judge(_ input: FuzzInput) async -> Verdict {
        do {
            let value = try await input.operation.call(with: input.response)
            let problems = Self.problems(in: value)
            return problems.isEmpty ? .decoded : .violation("insane value: " + problems.joined(separator: "; "))
        } catch let error as DocSpaceError {
            let text = error.description
            let secret = input.operation == .login ? password : apiKey
            if text.isEmpty { return .violation("\(error) has an empty description") }
            if text.contains(secret) { return .violation("the secret is in the error: \(text)") }
            switch error {
            case .cancelled, .timeout, .transport:
                return .violation("an answer that arrived was reported as \(error)")
            default:
                return .failed(error)
            }
        } catch {
            return .violation("threw \(type(of: error)), not DocSpaceError: \(error)")
        }
    }

    // MARK: Sanity of values

    static func problems(in value: FuzzValue) -> [String] {
        switch value {
        case .person(let person): problems(in: person)
        case .people(let people): people.flatMap(problems(in:))
        case .page(let page):
            page.people.flatMap(problems(in:))
                + (page.startIndex == FuzzOperation.listQuery.startIndex ? [] : ["page startIndex \(page.startIndex)"])
                + (page.total >= 0 ? [] : ["negative page total \(page.total)"])
                + (page.people.isEmpty || page.total >= page.startIndex + page.people.count
                    ? []
                    : [
                        "page total \(page.total) is less than the \(page.startIndex + page.people.count) people it reaches"
                    ])
        case .summaries(let summaries): summaries.flatMap(problems(in:))
        case .task(let task): problems(in: task)
        case .optionalTask(let task): task.map(problems(in:)) ?? []
        case .bool: []
        case .token(let token):
            (token.token.isEmpty ? ["empty token"] : []) + problems(in: token.expires, "expires")
        }
    }

    static func problems(in person: Person) -> [String] {
        var found: [String] = []
        if person.id.isEmpty { found.append("person with an empty id") }
        if person.displayName.isEmpty { found.append("person \(person.id) with an empty display name") }
        for group in person.groups where group.id.isEmpty { found.append("group with an empty id") }
        if let creator = person.createdBy { found += problems(in: creator) }
        if let used = person.usedSpace, !used.isFinite { found.append("usedSpace \(used)") }
        found += problems(in: person.registrationDate, "registrationDate")
        found += problems(in: person.terminated, "terminated")
        return found
    }

    static func problems(in summary: PersonSummary) -> [String] {
        var found: [String] = []
        if summary.id.isEmpty { found.append("summary with an empty id") }
        if summary.displayName.isEmpty { found.append("summary \(summary.id) with an empty display name") }
        return found
    }

    static func problems(in task: TaskProgress) -> [String] {
        (0...100).contains(task.percentage) ? [] : ["task percentage \(task.percentage)"]
    }

    static func problems(in date: APIDate?, _ field: String) -> [String] {
        guard let instant = date?.date else { return [] }
        return instant.timeIntervalSince1970.isFinite ? [] : ["\(field) is not a finite instant"]
    }
}
