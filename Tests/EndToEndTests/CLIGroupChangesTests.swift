import Foundation
import Testing

/// The group changes end to end: the real binary against `demo-server` — create, add,
/// remove, rename, set-head, move and delete, each with its dry run, its outcome rows, its
/// audit lines and the read-only refusal.
@Suite("CLI group changes end to end", .serialized)
struct CLIGroupChangesTests {
    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    private func rows(_ run: RunResult) throws -> [[String: Any]] {
        try #require(try json(run.stdout) as? [[String: Any]], "\(run.stdout)\n\(run.stderr)")
    }

    /// The e-mails of people `list` finds with these arguments.
    private func emails(_ arguments: [String], _ env: [String: String]) throws -> [String] {
        let listed = try runBinary(["list", "--json", "--limit", "20"] + arguments, environment: env)
        return try rows(listed).compactMap { $0["email"] as? String }
    }

    private func group(_ name: String, _ env: [String: String]) throws -> [String: Any]? {
        let shown = try runBinary(["groups", "show", name, "--json"], environment: env)
        guard shown.status == 0 else { return nil }
        return try json(shown.stdout) as? [String: Any]
    }

    private func memberEmails(_ group: [String: Any]?) -> Set<String> {
        Set((group?["members"] as? [[String: Any]] ?? []).compactMap { $0["email"] as? String })
    }

    @Test func createAddRemoveRenameSetHeadMoveDelete() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-group-changes").path)
        let users = try emails(["--status", "active", "--type", "user"], env)
        #expect(users.count >= 5)
        let guest = try #require(try emails(["--type", "guest", "--status", "active"], env).first)
        let disabled = try #require(try emails(["--status", "terminated", "--type", "user"], env).first)

        // Create: a dry run sends nothing; the real one makes the group with its head.
        let dry = try runBinary(
            ["groups", "create", "Field Team", "--head", users[0], users[1], "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try rows(dry).map { $0["result"] as? String } == ["not sent"])
        #expect(
            (try rows(dry).first?["detail"] as? String)?.hasPrefix("would create the group Field Team headed by")
                == true)
        #expect(try group("Field Team", env) == nil)
        let created = try runBinary(
            ["groups", "create", "Field Team", "--head", users[0], users[1]], environment: env)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("created with 2 people"), "\(created.stdout)")
        #expect(memberEmails(try group("Field Team", env)) == [users[0], users[1]])

        // Add: the guest and the disabled person are not sent, with the server's reason.
        let added = try runBinary(
            ["groups", "add", "Field Team", users[2], users[3], guest, disabled, "--json"], environment: env)
        #expect(added.status == 2, "some not done: \(added.stderr)")
        let addedRows = try rows(added)
        let byInput = Dictionary(uniqueKeysWithValues: addedRows.map { ($0["input"] as? String ?? "", $0) })
        #expect(byInput[users[2]]?["result"] as? String == "done")
        #expect(byInput[users[2]]?["detail"] as? String == "now in Field Team")
        #expect(byInput[guest]?["result"] as? String == "not sent")
        #expect(byInput[guest]?["detail"] as? String == "a guest: the portal does not add guests to groups")
        #expect(
            byInput[disabled]?["detail"] as? String == "disabled: the portal does not add disabled people to groups")
        #expect(memberEmails(try group("Field Team", env)) == Set(users[0...3]))

        // Remove, as CSV; a dry run first changes nothing.
        let dryRemove = try runBinary(["groups", "remove", "Field Team", users[3], "--dry-run"], environment: env)
        #expect(
            dryRemove.stdout.contains("would remove from Field Team (DELETE /api/2.0/group/"), "\(dryRemove.stdout)")
        #expect(memberEmails(try group("Field Team", env)).contains(users[3]))
        let removed = try runBinary(["groups", "remove", "Field Team", users[3], "--csv"], environment: env)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("input,id,name,email,result,detail"))
        #expect(removed.stdout.contains("done,no longer in Field Team"))
        #expect(!memberEmails(try group("Field Team", env)).contains(users[3]))

        // Rename and set the head.
        let renamed = try runBinary(["groups", "rename", "Field Team", "Field Crew"], environment: env)
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdout.contains("now named Field Crew"))
        #expect(try group("Field Team", env) == nil)
        let headed = try runBinary(["groups", "set-head", "Field Crew", users[4], "--json"], environment: env)
        #expect(headed.status == 0, "\(headed.stderr)")
        let crew = try group("Field Crew", env)
        #expect((crew?["manager"] as? [String: Any])?["email"] as? String == users[4])
        #expect(memberEmails(crew).contains(users[4]), "the head becomes a member")

        // Move every member to a new group.
        #expect(try runBinary(["groups", "create", "Landing"], environment: env).status == 0)
        let moved = try runBinary(["groups", "move", "Field Crew", "Landing"], environment: env)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("every member moved to Landing"))
        #expect(memberEmails(try group("Field Crew", env)).isEmpty)
        #expect(memberEmails(try group("Landing", env)) == Set(users[0...2] + [users[4]]))

        // Delete: asks on a terminal, needs --yes without one; the people stay.
        let unconfirmed = try runBinary(["groups", "delete", "Field Crew"], environment: env)
        #expect(unconfirmed.status == 64)
        #expect(unconfirmed.stderr.contains("--yes"))
        let dryDelete = try runBinary(["groups", "delete", "Field Crew", "--dry-run"], environment: env)
        #expect(dryDelete.stdout.contains("would delete the group Field Crew (its people stay)"))
        #expect(try group("Field Crew", env) != nil)
        let deleted = try runBinary(["groups", "delete", "Field Crew", "--yes", "--json"], environment: env)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try rows(deleted).first?["detail"] as? String == "deleted; its people stay")
        #expect(try group("Field Crew", env) == nil)
        #expect(try runBinary(["show", users[0]], environment: env).status == 0, "the people stay")

        // The audit log has a sent and an outcome line for each change.
        let audit = try runBinary(["audit"], environment: env)
        for word in [
            "group-create", "group-add", "group-remove", "group-rename", "group-set-head", "group-move",
            "group-delete",
        ] {
            #expect(audit.stdout.contains("\(word) — SENT"), "\(word): \(audit.stdout)")
        }
    }

    @Test func refusalsAmbiguityAndReadOnly() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: try DemoHome("dsp-group-refusals").path)
        let user = try #require(try emails(["--status", "active", "--type", "user"], env).first)
        let guest = try #require(try emails(["--type", "guest", "--status", "active"], env).first)

        // Creating with a guest is refused before sending (the server would refuse it all).
        let withGuest = try runBinary(["groups", "create", "Guests Too", guest], environment: env)
        #expect(withGuest.status == 3)
        #expect(withGuest.stderr.contains("a guest: the portal does not put guests in groups"))
        #expect(try group("Guests Too", env) == nil)

        // Two groups of one name: a change naming it is refused, listing their ids.
        #expect(try runBinary(["groups", "create", "Twins"], environment: env).status == 0)
        #expect(try runBinary(["groups", "create", "Twins"], environment: env).status == 0)
        let ambiguous = try runBinary(["groups", "rename", "Twins", "Solo"], environment: env)
        #expect(ambiguous.status == 3)
        #expect(ambiguous.stderr.contains("2 groups are named \"Twins\""), "\(ambiguous.stderr)")

        // Read-only: refused with exit 3 before anything is read; a dry run still works.
        for change in [
            ["groups", "add", "Engineering", user], ["groups", "create", "Nope"],
            ["groups", "delete", "Engineering", "--yes"],
        ] {
            let refused = try runBinary(change + ["--read-only"], environment: env)
            #expect(refused.status == 3, "\(change)")
            #expect(refused.stderr.contains("read-only"), "\(change): \(refused.stderr)")
        }
        let dryReadOnly = try runBinary(
            ["groups", "add", "Engineering", user, "--dry-run", "--read-only"], environment: env)
        #expect(dryReadOnly.status == 0, "\(dryReadOnly.stderr)")
        #expect(dryReadOnly.stdout.contains("would add to Engineering"))
    }
}
