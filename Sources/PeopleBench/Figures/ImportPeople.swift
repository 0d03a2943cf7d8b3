import DocSpaceAPI
import Foundation
import PeopleCore

/// Importing N people from a CSV file the way `docspace-people import` does it, through the
/// same PeopleCore path: the file read (`ImportFile`), the portal read once for the checks
/// (`ImportPortal`: the signed-in person and everyone, a page of 100 at a time), every line
/// checked (`ImportPlan`), then one `POST people` per line in file order (`ImportRun`). The
/// portal counts every request from the first read to the last line's answer; every line
/// must be done, or no time is printed.
struct ImportPeople {
    let client: DocSpaceClient
    let control: StandInControl
    let people: Int
    /// Makes this run's addresses unique on a portal that other runs used.
    let prefix: String

    struct Outcome {
        var requests: Int
        var seconds: Double
        var done: Int
    }

    /// The file: a header and `people` lines with first name, last name and type.
    var csv: String {
        var text = "e-mail,first name,last name,type\r\n"
        for index in 0..<people {
            text += "\(prefix)-\(index)@example.org,Import,Person,user\r\n"
        }
        return text
    }

    func run() async throws -> Outcome {
        let text = csv
        try await control.resetStats()
        let clock = ContinuousClock()
        let started = clock.now
        let file = try ImportFile.read(text)
        let portal = try await ImportPortal.read(client: client, needsGroups: file.namesGroups)
        let plan = ImportPlan(file: file, portal: portal, mode: .create)
        guard plan.isClean else {
            throw BenchFailure("the generated file has problems: \(plan.problems.prefix(3).map(\.description))")
        }
        var results: [ImportResult] = []
        await ImportRun(client: client, mode: .create).run(
            plan.steps, stopReason: { nil }, willSend: { _ in }, answered: { results.append($0) })
        let elapsed = clock.now - started
        let stats = try await control.stats()
        let done = results.count { $0.outcome == .done }
        guard done == people else {
            let first = results.first { $0.outcome != .done }
            throw BenchFailure("\(people - done) of \(people) lines not done: \(first?.detail ?? "no answer")")
        }
        return Outcome(requests: stats.total, seconds: elapsed.seconds, done: done)
    }
}
