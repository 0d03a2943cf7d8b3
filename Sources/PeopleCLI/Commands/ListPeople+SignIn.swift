import DocSpaceAPI
import Foundation
import PeopleCore

extension ListPeople {
    /// `--inactive`/`--never-signed-in`: every person of the query, and the login history read
    /// once (`LastSignInReader`). When the portal cannot say, the command fails naming why —
    /// a list then would show wrong people.
    func listBySignIn(_ query: PeopleQuery, on session: PortalSession) async throws(CLIFailure) {
        let days: Int?
        do { days = try inactiveDays() } catch { throw .usage("\(error)") }
        var everyone = query
        everyone.startIndex = 0
        everyone.count = PeopleQuery.maxCount
        let people = try await CommandRunner.call { try await session.client.collectAllPeople(everyone) }
        let now = Date()
        let history = await LastSignInReader(client: session.client).read(now: now)
        if let unknown = history.unknown {
            throw .refused("The portal cannot say who signed in when: \(unknown.words).")
        }
        guard let keptDays = history.keptDays else {
            throw .refused("The portal did not say how long it keeps login history.")
        }
        let chosen: [Person]
        if let days {
            guard days <= keptDays else {
                throw .refused(
                    "The portal keeps \(keptDays) days of login history: it cannot tell who has not signed in for \(days) days."
                )
            }
            let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
            chosen = people.filter { history.lastSignIn(of: $0.id).isInactive(since: cutoff, now: now) == true }
        } else {
            chosen = people.filter { history.lastSignIn(of: $0.id) == .noneWithin(days: keptDays) }
        }
        let rows = SignInListing.rows(chosen, history, keptDays: keptDays)
        if case .table = output.format, let columns = try? chosenColumns() {
            var table = ColumnTable(columns, history: history)
            table.append(chosen)
            Console.out(table: table.table)
            Console.error("\(rows.count) of \(people.count) people; \(Self.signInsWords(keptDays))")
            return
        }
        switch output.format {
        case .json: Console.json(PersonFormatter.json(rows))
        case .csv: Console.csv(SignInListing.csv(rows))
        case .table:
            Console.out(table: SignInListing.table(rows))
            Console.error("\(rows.count) of \(people.count) people; \(Self.signInsWords(keptDays))")
        }
    }

    static func signInsWords(_ keptDays: Int) -> String {
        "no sign-in means none in the \(keptDays) days of login history the portal keeps."
    }
}
