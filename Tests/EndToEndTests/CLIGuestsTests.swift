import Foundation
import Testing

/// Guests end to end: the real binary against `demo-server`, signed in as the owner —
/// `list --guests` with its inviter filters, `guests share-link`, and `guests remove` with its
/// dry run, rows, refusals person by person, audit and read-only refusal. What `DELETE
/// people/guests` does is checked by what a re-read shows: the guest is no longer the owner's
/// to remove, and the account is still there, active.
@Suite("CLI guests end to end", .serialized)
struct CLIGuestsTests {
    private func rows(_ run: RunResult) throws -> [[String: Any]] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]],
            "\(run.stdout)\n\(run.stderr)")
    }

    private func emails(_ run: RunResult) throws -> [String] {
        try rows(run).compactMap { $0["email"] as? String }
    }

    @Test func listShareAndRemove() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = try DemoHome("dsp-guests")
        let env = server.environment(home: home.path)

        let guests = try runBinary(["list", "--guests", "--all", "--json"], environment: env)
        #expect(guests.status == 0, "\(guests.stderr)")
        #expect(try rows(guests).allSatisfy { $0["isVisitor"] as? Bool == true })
        let byIvan = try emails(
            try runBinary(
                ["list", "--guests", "--inviter", "ivan.petrov@example.com", "--all", "--json"], environment: env))
        #expect(Set(byIvan) == ["kim.minjun@example.org", "contact@smithandsons.example.com"])
        let mine = try emails(
            try runBinary(["list", "--guests", "--invited-by-me", "--all", "--json"], environment: env))
        #expect(!mine.isEmpty && !mine.contains("kim.minjun@example.org"))
        let guest = mine[0]

        let link = try runBinary(["guests", "share-link", guest], environment: env)
        #expect(link.status == 0, "\(link.stderr)")
        #expect(link.stdout.contains("/s/"), "\(link.stdout)")
        let notGuest = try runBinary(["guests", "share-link", "lukasz.wisniewski@example.com"], environment: env)
        #expect(notGuest.status != 0)
        #expect(notGuest.stderr.contains("User is not a guest"), "\(notGuest.stderr)")

        let dry = try runBinary(["guests", "remove", guest, "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try rows(dry).map { $0["result"] as? String } == ["not sent"])

        let readOnly = try runBinary(["guests", "remove", guest, "--read-only"], environment: env)
        #expect(readOnly.status == 3, "\(readOnly.stderr)")

        // Ivan's guest and a user are left out before sending: the portal would refuse all.
        let removed = try runBinary(
            ["guests", "remove", guest, "kim.minjun@example.org", "lukasz.wisniewski@example.com", "--json"],
            environment: env)
        let results = Dictionary(
            try rows(removed).map { (($0["input"] as? String) ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(results[guest]?["result"] as? String == "done", "\(removed.stdout)")
        #expect(
            results[guest]?["detail"] as? String
                == "no longer your guest; the account stays (room admins stop seeing it)")
        #expect(results["kim.minjun@example.org"]?["result"] as? String == "not sent")
        #expect(
            (results["kim.minjun@example.org"]?["detail"] as? String)?.hasPrefix("not your guest: invited by") == true)
        #expect(results["lukasz.wisniewski@example.com"]?["detail"] as? String == "not a guest")

        // A re-read: the account stays, active and a guest; it is no longer the owner's to remove.
        let shown = try runBinary(["show", guest, "--json"], environment: env)
        let person = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(person["status"] as? Int == 1 && person["isVisitor"] as? Bool == true)
        let again = try runBinary(["guests", "remove", guest, "--json"], environment: env)
        #expect(again.status != 0)
        #expect(try rows(again).first?["result"] as? String == "failed", "\(again.stdout)")

        #expect(home.auditLog.contains("guest-remove"))
    }
}
