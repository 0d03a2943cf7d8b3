import DocSpaceAPI
import Foundation
import PeopleCore

extension ListPeople {
    /// The table of `--columns` (or a view's columns): one page, or every page with `--all`,
    /// each person made into a row as their page comes. The last sign-in is read from the
    /// login history once, as `--inactive` reads it, and only when it is one of the columns.
    func listColumns(_ columns: [ListColumn], _ query: PeopleQuery, on session: PortalSession)
        async throws(CLIFailure)
    {
        let history = columns.contains(.lastSignIn) ? await signInHistory(on: session) : nil
        var table = ColumnTable(columns, history: history)
        let total: Int
        if all {
            table = try await CommandRunner.call { try await columnTableOfAll(table, query, on: session) }
            total = table.table.rowCount
        } else {
            let page = try await CommandRunner.call { try await session.client.people(query) }
            table.append(page.people)
            total = page.total
        }
        Console.out(table: table.table)
        if let history { Self.noteSignIns(history) }
        Console.error(ListingRange.line(start: start, shown: table.table.rowCount, total: total, all: all))
    }

    /// Every page into `table`, each person once (as `tableOfAll`).
    private func columnTableOfAll(_ table: ColumnTable, _ query: PeopleQuery, on session: PortalSession)
        async throws -> ColumnTable
    {
        var table = table
        var seen: Set<String> = []
        for try await page in session.client.allPeople(query) {
            for person in page.people where seen.insert(person.id).inserted { table.append(person) }
        }
        if Task.isCancelled { throw DocSpaceError.cancelled }
        return table
    }

    func signInHistory(on session: PortalSession) async -> SignInHistory {
        await LastSignInReader(client: session.client).read(now: Date())
    }

    /// What the last sign-in column's words rest on, on standard error: a cell says "unknown"
    /// when the portal could not answer, and "none 180d" only within the history it keeps.
    static func noteSignIns(_ history: SignInHistory) {
        if let unknown = history.unknown {
            Console.error("Signed in: unknown, because \(unknown.words).")
        } else if let keptDays = history.keptDays {
            Console.error("Signed in: from the \(keptDays) days of login history the portal keeps.")
        }
    }
}
