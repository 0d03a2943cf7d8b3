import ArgumentParser
import DocSpaceAPI

/// `groups list`: name, head and member count of each group, as the portal sorts them.
struct ListGroups: PortalCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List groups: name, head, number of members.",
        discussion:
            "The member count leaves out disabled members, as the portal counts them; sorting by members counts them in, as the portal sorts."
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Text the group's name must contain (any case).", valueName: "text"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("Sort by name, head or members.", valueName: "field"))
    var sort: String = "name"

    @Flag(name: .long, help: "Sort descending.")
    var desc = false

    @Flag(name: .long, help: "Fetch every page.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("How many groups (1-100) when not --all.", valueName: "n"))
    var limit: Int = 100

    @Option(name: .long, help: ArgumentHelp("Skip this many groups first.", valueName: "n"))
    var start: Int = 0

    /// The words of `--sort`, each the server's `GroupSortType`.
    static let sortFields: [(word: String, field: GroupQuery.SortField)] = [
        ("name", .name), ("head", .head), ("members", .memberCount),
    ]

    func validate() throws {
        guard (1...GroupQuery.maxCount).contains(limit) else {
            throw ValidationError("--limit must be 1…100 (use --all for more)")
        }
        guard start >= 0 else { throw ValidationError("--start cannot be negative") }
        _ = try query()
    }

    func query() throws -> GroupQuery {
        guard let field = Self.sortFields.first(where: { $0.word == sort.lowercased() })?.field else {
            throw ValidationError("unknown --sort \(sort): use \(Self.sortFields.map(\.word).joined(separator: ", "))")
        }
        return GroupQuery(
            text: search, sortBy: field, sortOrder: desc ? .descending : .ascending, startIndex: start, count: limit)
    }

    func run(on session: PortalSession) async throws(CLIFailure) {
        let query: GroupQuery
        do { query = try self.query() } catch { throw .usage("\(error)") }
        let groups: [Group]
        let total: Int
        if all {
            groups = try await GroupLookup.all(query, client: session.client)
            total = groups.count
        } else {
            let page = try await CommandRunner.call { try await session.client.groups(query) }
            groups = page.groups
            total = page.total
        }
        switch output.format {
        case .json: Console.json(GroupFormatter.json(groups))
        case .csv: Console.csv(GroupFormatter.csv(groups))
        case .table:
            Console.out(lines: GroupFormatter.table(groups))
            Console.error(ListingRange.line(start: start, shown: groups.count, total: total, all: all, noun: "groups"))
        }
    }
}
