import ArgumentParser
import DocSpaceAPI
import Foundation
import PeopleCore

/// `list`: people matching filters, one page or all of them.
struct ListPeople: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List people, filtered and sorted by the portal.",
        discussion:
            "Without --status an admin sees everyone: active, pending and disabled. --all fetches every page (up to 8 at a time). --group takes a group's id or exact name (see `groups list`)."
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("active, terminated (or disabled), pending.", valueName: "status"))
    var status: String?

    @Option(
        name: .long,
        help: ArgumentHelp("docspace-admin, room-admin, user, guest; repeat for several.", valueName: "type"))
    var type: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Text the first name, last name or e-mail must contain (every word).", valueName: "text"))
    var search: String?

    @Option(
        name: .long, help: ArgumentHelp("Only the members of this group (its id or exact name).", valueName: "group"))
    var group: String?

    @Flag(name: .long, help: "Only people in no group.")
    var withoutGroup = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "default: people on the portal's default storage quota; custom: people with their own (the portal filters; DocSpace admins only).",
            valueName: "quota"))
    var quota: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Sort by firstname, lastname, displayname, email, type, department, usedspace, createdby, registrationdate.",
            valueName: "field"))
    var sort: String = "displayname"

    @Flag(name: .long, help: "Sort descending.")
    var desc = false

    @Flag(name: .long, help: "Fetch every page.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("How many people (1-100) when not --all.", valueName: "n"))
    var limit: Int = 100

    @Option(name: .long, help: ArgumentHelp("Skip this many people first.", valueName: "n"))
    var start: Int = 0

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only people with no sign-in for this long (90d), from the portal's login history; implies --all.",
            valueName: "days"))
    var inactive: String?

    @Flag(name: .long, help: "Only people with no sign-in within the login history the portal keeps; implies --all.")
    var neverSignedIn = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "sso: people who sign in through the portal's SSO; ldap: people from its LDAP directory; standard: neither.",
            valueName: "type"))
    var account: String?

    @Flag(name: .long, help: "Only the paid seats: DocSpace admins (the owner too) and room admins.")
    var paid = false

    @Flag(name: .long, help: "Only the free seats: users and guests.")
    var free = false
    @Flag(
        name: .long,
        help: "Only guests (the portal's Guests tab): a DocSpace admin gets every guest, a room admin their own.")
    var guests = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only people this person invited (their id, user name or e-mail; the portal's createdBy).",
            valueName: "person"))
    var inviter: String?

    @Flag(name: .long, help: "Only people you invited.")
    var invitedByMe = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The table's columns, in order: \(ListColumn.knownNames) (as the terminal UI's :columns); wins over a view's. JSON and CSV stay whole people.",
            valueName: "list"))
    var columns: String?
    @OptionGroup var saved: ViewOption

    func validate() throws {
        guard (1...PeopleQuery.maxCount).contains(limit) else {
            throw ValidationError("--limit must be 1…100 (use --all for more)")
        }
        guard start >= 0 else { throw ValidationError("--start cannot be negative") }
        if group != nil && withoutGroup { throw ValidationError("choose one of --group and --without-group") }
        _ = try query()
        if inactive != nil && neverSignedIn { throw ValidationError("choose one of --inactive and --never-signed-in") }
        _ = try inactiveDays()
        if paid && free { throw ValidationError("choose one of --paid and --free: no one is both") }
        if inviter != nil && invitedByMe { throw ValidationError("choose one of --inviter and --invited-by-me") }
        _ = try chosenColumns()
    }

    /// `--columns` read, `nil` when not given (the default table).
    func chosenColumns() throws -> [ListColumn]? {
        guard let columns else { return nil }
        do { return try ListColumn.list(parsing: columns) } catch { throw ValidationError("--columns: \(error)") }
    }

    /// `--inactive 90d` (or `90`) in days.
    func inactiveDays() throws -> Int? {
        guard let inactive else { return nil }
        let digits = inactive.hasSuffix("d") ? String(inactive.dropLast()) : inactive
        guard let days = Int(digits), days > 0 else {
            throw ValidationError("--inactive takes days, e.g. 90d")
        }
        return days
    }

    func query() throws -> PeopleQuery {
        var query = PeopleQuery(text: search, withoutGroup: withoutGroup, startIndex: start, count: limit)
        if let status {
            switch status.lowercased() {
            case "active": query.status = .active
            case "terminated", "disabled": query.status = .terminated
            case "pending", "invited": query.status = .pending
            default: throw ValidationError("unknown --status \(status): use active, terminated or pending")
            }
        }
        query.types = try type.map { text in
            guard let parsed = EmployeeType(parsing: text) else {
                throw ValidationError("unknown --type \(text): use docspace-admin, room-admin, user or guest")
            }
            return parsed
        }
        guard let field = PeopleQuery.SortField(rawValue: sort.lowercased()) else {
            throw ValidationError(
                "unknown --sort \(sort): use \(PeopleQuery.SortField.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let quota {
            guard let filter = QuotaFilter(word: quota) else {
                throw ValidationError("unknown --quota \(quota): use default or custom")
            }
            query.quota = filter
        }
        query.sortBy = field
        query.sortOrder = desc ? .descending : .ascending
        if let account {
            guard let login = AccountLoginType(parsing: account) else {
                throw ValidationError("unknown --account \(account): use sso, ldap or standard")
            }
            query.accountLoginType = login
        }
        if paid { query.payments = .paid }
        if free { query.payments = .free }
        if guests { query.area = .guests }
        query.invitedByMe = invitedByMe
        return query
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        if saved.view != nil {
            try await runView(on: session)
            return
        }
        var query: PeopleQuery
        do { query = try self.query() } catch { throw .usage("\(error)") }
        if let group {
            query.groupID = try await GroupLookup.find(group, client: session.client).id
        }
        if let inviter {
            let client = session.client
            query.inviterID = try await CommandRunner.call {
                try await (inviter.contains("@") ? client.person(email: inviter) : client.person(id: inviter)).id
            }
        }
        if inactive != nil || neverSignedIn {
            try await listBySignIn(query, on: session)
            return
        }
        if case .table = output.format, let chosen = try? chosenColumns() {
            try await listColumns(chosen, query, on: session)
            return
        }
        if all, let format = output.format.exportFormat {
            try await streamAll(query, as: format, on: session)
            return
        }
        if all, case .table = output.format {
            let table = try await CommandRunner.call { try await tableOfAll(query, on: session) }
            Console.out(table: table)
            Console.error(ListingRange.line(start: start, shown: table.rowCount, total: table.rowCount, all: true))
            return
        }
        let people: [Person]
        let total: Int
        if all {
            people = try await CommandRunner.call { try await session.client.collectAllPeople(query) }
            total = people.count
        } else {
            let page = try await CommandRunner.call { try await session.client.people(query) }
            people = page.people
            total = page.total
        }
        switch output.format {
        case .json: Console.json(PersonFormatter.json(people))
        case .csv: Console.csv(PersonFormatter.csv(people))
        case .table:
            Console.out(table: PersonFormatter.table(people))
            Console.error(ListingRange.line(start: start, shown: people.count, total: total, all: all))
        }
    }
}

extension ListPeople {
    /// `--all` as a table: the rows are made page by page as the pages come (each person
    /// once, as `collectAllPeople` counts them), so the people themselves are not kept.
    func tableOfAll(_ query: PeopleQuery, on session: PortalSession) async throws -> TextTable {
        HeapGrowth.forStreaming()
        var table = PersonFormatter.table([])
        var seen: Set<String> = []
        for try await page in session.client.allPeople(query) {
            for person in page.people where seen.insert(person.id).inserted {
                table.append(PersonFormatter.row(person))
            }
        }
        // A cancelled consumer's loop ends quietly; a partial list must not pass as complete.
        if Task.isCancelled { throw DocSpaceError.cancelled }
        return table
    }

    /// `--all --json|--csv`: each page is printed as soon as it is its turn, so memory stays
    /// that of a few pages whatever the portal's size (the table needs every row first for its
    /// column widths). The bytes are those the TUI's export writes for the same query.
    func streamAll(_ query: PeopleQuery, as format: PeopleExportFormat, on session: PortalSession)
        async throws(CLIFailure)
    {
        HeapGrowth.forStreaming()
        var writer = PeopleExportWriter(format: format)
        let pages = session.client.allPeople(query)
        var claimed: Int?
        var reached = 0
        do {
            for try await page in pages {
                claimed = claimed ?? page.total
                reached = page.end
                writer.append(page.people)
                if writer.hasRefused {
                    throw CLIFailure.configuration(
                        "a person's used space is not a finite number, which JSON cannot carry; use --csv")
                }
                Console.export(writer.drain(), as: format)
            }
        } catch let failure as CLIFailure {
            throw failure
        } catch let error as DocSpaceError {
            throw .api(error)
        } catch is CancellationError {
            throw .interrupted
        } catch {
            throw .api(.transport(message: String(describing: error)))
        }
        Console.export(writer.finishBytes(), as: format)
        if let claimed, reached < claimed {
            // `allPeople` ends at the first short or empty page: say so rather than pass the
            // portal's broken count off as complete.
            Console.error("The portal said \(claimed) people match but its pages ended after \(reached); listed those.")
        }
    }
}

/// `show`: one person, everything the API says.
struct Show: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one person by id, user name or e-mail.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp("Id, user name or e-mail.", valueName: "person"))
    var person: String

    func run(on session: PortalSession) async throws(CLIFailure) {
        let who = person
        let found = try await CommandRunner.call {
            who.contains("@") ? try await session.client.person(email: who) : try await session.client.person(id: who)
        }
        switch output.format {
        case .json: Console.json(PersonFormatter.json(found))
        case .csv: Console.csv(PersonFormatter.csv([found]))
        case .table: Console.out(lines: PersonFormatter.detail(found))
        }
    }
}
