import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import PeopleCLI

@Suite("Saved views: [views.NAME] read from config.toml and written back")
struct SavedViewConfigTests {
    static let file = """
        # my portals
        default_profile = "work"

        [profiles.work]   # the office
        url = "https://work.example.com"
        read_only = true

        [views.sales]
        # the sales team, active only
        status = "active"
        group = "Sales"
        type = ["user", "guest"]
        columns = ["name", "email", "storage"]

        # keys of my own
        [keys]
        terminate = "x"
        """

    @Test("Every setting is read: status, type, group, search, sort, desc, quota, columns")
    func readsEverySetting() throws {
        let config = try ConfigFile.parse(
            """
            [views.all]
            status = "pending"
            type = "guest"
            without_group = true
            search = "smith"
            sort = "registrationdate"
            desc = true
            quota = "custom"
            columns = ["registered", "name"]
            """)
        let view = try #require(config.views["all"])
        #expect(view.status == .pending && view.types == [.guest] && view.withoutGroup)
        #expect(view.search == "smith" && view.sort == .registrationDate && view.descending)
        #expect(view.quota == .custom && view.columns == [.registered, .name])
    }

    @Test("An unknown setting or a bad value (the inviter's too) names the line and what is known")
    func errorsNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("[views.x]\nstatus = \"active\"\ncolour = \"red\"\n", 3, "unknown view setting \"colour\""),
            ("[views.x]\nstatus = \"sleeping\"\n", 2, "use active, terminated or pending"),
            ("[views.x]\n\ncolumns = [\"name\", \"shoe size\"]\n", 3, "unknown columns \"shoe size\""),
            ("[views.x]\ndesc = \"yes\"\n", 2, "desc must be true or false"),
            ("[views.x]\ngroup = \"Sales\"\nwithout_group = true\n", 3, "one of group and without_group"),
            ("[views.x]\n[views.x]\n", 2, "defined twice"),
            // The inviter: "me" is invited_by_me; not both at once; a quoted, non-empty string.
            ("[views.x]\nstatus = \"active\"\ninviter = \"me\"\n", 3, "for your own write invited_by_me = true"),
            ("[views.x]\ninvited_by_me = true\n\ninviter = \"rita\"\n", 4, "one of inviter and invited_by_me"),
            ("[views.x]\ninviter = true\n", 2, "inviter must be a quoted, non-empty string"),
            ("[views.x]\ninviter = \"\"\n", 2, "inviter must be a quoted, non-empty string"),
        ]
        for (text, line, words) in cases {
            do {
                _ = try ConfigFile.parse(text)
                Issue.record("parsed: \(text)")
            } catch {
                #expect(error.line == line, "\(error)")
                #expect(error.reason.contains(words), "\(error)")
            }
        }
    }

    @Test("Saving replaces only that view: comments, other tables and blank lines stay byte for byte")
    func replacesOnlyTheView() throws {
        let view = SavedView(status: .terminated, group: "g-1", columns: [.name, .inviter])
        let written = try ViewSectionWriter.replacing("sales", with: view, in: Self.file)
        let expected = Self.file.replacingOccurrences(
            of: """
                [views.sales]
                # the sales team, active only
                status = "active"
                group = "Sales"
                type = ["user", "guest"]
                columns = ["name", "email", "storage"]
                """,
            with: """
                [views.sales]
                status = "terminated"
                group = "g-1"
                columns = ["name", "inviter"]
                # the sales team, active only
                """)
        #expect(written == expected)
        #expect(try ConfigFile.parse(written).views["sales"] == view)
    }

    @Test("A new view is added at the end; the file before it is unchanged")
    func appendsANewView() throws {
        let view = SavedView(search: "a \"quoted\" word", sort: .email, descending: true)
        let written = try ViewSectionWriter.replacing("mine", with: view, in: Self.file)
        #expect(written.hasPrefix(Self.file + "\n"))
        #expect(written.hasSuffix("[views.mine]\nsearch = \"a \\\"quoted\\\" word\"\nsort = \"email\"\ndesc = true\n"))
        #expect(try ConfigFile.parse(written).views["mine"] == view)
    }

    @Test("A file that does not parse is not written: the file on disk is untouched and the reason named")
    func malformedFileUntouched() throws {
        let folder = try Self.folder()
        let path = folder + "/config.toml"
        let broken = Self.file + "\nread_only = maybe\n"
        try broken.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        #expect(throws: ViewSaveRefusal.self) { try ConfigViewFile(path: path).save(SavedView(), as: "x") }
        do {
            _ = try ConfigViewFile(path: path).save(SavedView(), as: "x")
        } catch {
            #expect(error.description.contains("does not parse") && error.description.contains("line"))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["config.toml"])
    }

    @Test("The file keeps its mode (0644 stays 0644) and is replaced whole")
    func modeKept() throws {
        let folder = try Self.folder()
        let path = folder + "/config.toml"
        try Self.file.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        let saved = try ConfigViewFile(path: path).save(SavedView(status: .active), as: "sales")
        #expect(saved == path)
        var info = stat()
        #expect(lstat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o644)
        #expect(try ConfigFile.parse(String(contentsOfFile: path, encoding: .utf8)).views["sales"]?.status == .active)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["config.toml"])
    }

    @Test("A symlinked config file is refused and neither it nor its target changes")
    func symlinkRefused() throws {
        let folder = try Self.folder()
        let target = folder + "/real.toml"
        try Self.file.write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o644)
        try FileManager.default.createSymbolicLink(atPath: folder + "/config.toml", withDestinationPath: target)
        #expect(throws: ViewSaveRefusal.self) {
            try ConfigViewFile(path: folder + "/config.toml").save(SavedView(), as: "x")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.file)
    }

    @Test("list --view: the view fills what the command line left at its defaults; given flags win")
    func commandLineWins() throws {
        let view = SavedView(status: .active, types: [.guest], group: "Sales", sort: .email, descending: true)
        let plain = try ListPeople.parse(["--view", "v"]).applying(view)
        let query = try plain.query()
        #expect(query.status == .active && query.types == [.guest] && query.sortBy == .email)
        #expect(query.sortOrder == .descending && plain.group == "Sales")
        let overridden = try ListPeople.parse(["--view", "v", "--status", "pending", "--without-group"]).applying(view)
        #expect(try overridden.query().status == .pending)
        #expect(overridden.group == nil && overridden.withoutGroup)
    }

    @Test(
        "The portal's other filters in a view: account, seats, guests, invited by me — read, written back, applied by list --view"
    )
    func otherFilters() throws {
        let config = try ConfigFile.parse(
            """
            [views.guests]
            account = "ldap"
            seats = "free"
            guests = true
            invited_by_me = true
            """)
        let view = try #require(config.views["guests"])
        #expect(view.account == .ldap && view.seats == .free && view.guests && view.invitedByMe)
        #expect(
            ViewKey.lines(of: view) == [
                "account = \"ldap\"", "seats = \"free\"", "guests = true", "invited_by_me = true",
            ])
        let query = try ListPeople.parse(["--view", "guests"]).applying(view).query()
        #expect(query.accountLoginType == .ldap && query.payments == .free)
        #expect(query.area == .guests && query.invitedByMe)
        let paid = try ListPeople.parse(["--view", "guests", "--paid"]).applying(view).query()
        #expect(paid.payments == .paid)
        #expect(throws: (any Error).self) {
            try ConfigFile.parse("[views.x]\nseats = \"cheap\"\n")
        }
    }

    @Test("inviter = \"PERSON\": read, written back, applied by list --view; --inviter given wins")
    func inviterSetting() throws {
        let config = try ConfigFile.parse("[views.ivans]\nguests = true\ninviter = \"ivan.petrov@example.com\"\n")
        let view = try #require(config.views["ivans"])
        #expect(view.inviter == "ivan.petrov@example.com" && !view.invitedByMe)
        #expect(ViewKey.lines(of: view) == ["guests = true", "inviter = \"ivan.petrov@example.com\""])
        let written = try ViewSectionWriter.replacing("ivans", with: view, in: "")
        #expect(try ConfigFile.parse(written).views["ivans"] == view)
        let merged = try ListPeople.parse(["--view", "ivans"]).applying(view)
        #expect(merged.inviter == "ivan.petrov@example.com" && !merged.invitedByMe)
        let given = try ListPeople.parse(["--view", "ivans", "--inviter", "rita"]).applying(view)
        #expect(given.inviter == "rita")
        let mine = try ListPeople.parse(["--view", "ivans", "--invited-by-me"]).applying(view)
        #expect(mine.inviter == nil && mine.invitedByMe)
    }

    @Test("list --view takes the view's columns for its table; --columns wins; the standard set shows as the TUI's")
    func viewColumns() throws {
        let view = SavedView(columns: [.storage, .name, .lastSignIn])
        #expect(
            try ListPeople.parse(["--view", "v"]).applying(view).chosenColumns() == [.storage, .name, .lastSignIn])
        let given = try ListPeople.parse(["--view", "v", "--columns", "email"]).applying(view)
        #expect(try given.chosenColumns() == [.email])
        #expect(try ListPeople.parse(["--view", "v"]).applying(SavedView()).chosenColumns() == nil, "default table")
        var guests = SavedView(columns: ListColumn.standard)
        guests.guests = true
        #expect(
            try ListPeople.parse(["--view", "g"]).applying(guests).chosenColumns() == [
                .name, .email, .type, .inviter, .status,
            ])
    }

    @Test("--view reaches the command it is given to: list --view to list, --view alone to the terminal UI")
    func viewReachesItsCommand() throws {
        let list = try #require(try DocSpacePeople.parseAsRoot(["list", "--view", "team"]) as? ListPeople)
        #expect(list.saved.view == "team")
        let tui = try #require(try DocSpacePeople.parseAsRoot(["--view", "team"]) as? DocSpacePeople)
        #expect(tui.saved.view == "team")
    }

    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "views-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o700)
        return folder
    }
}
