import Foundation
import Testing

/// `keys list/disable/delete` and `offboard`, the real binary against `demo-server`: its demo
/// API keys (Zoë: "CI upload" active, "Old laptop" off; Łukasz: an expired key) and its room
/// owners (李小龙 owns rooms).
@Suite("CLI API keys and off-boarding", .serialized)
struct CLIOffboardTests {
    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    private func keys(of person: String, _ env: [String: String]) throws -> [[String: Any]] {
        let listed = try runBinary(["keys", "list", person, "--json"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        return try #require(try json(listed.stdout) as? [[String: Any]])
    }

    @Test func keysKeepTheirBindingsAndManageAPIKeys() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let env = server.environment(home: makeTemporaryHome())

        let bindings = try runBinary(["keys"], environment: env)
        #expect(bindings.status == 0, "\(bindings.stderr)")
        #expect(bindings.stdout.contains("terminate"), "plain `keys` still prints the key bindings")
        let help = try runBinary(["keys", "--help"], environment: env)
        // The help wraps lines at the terminal's width: read it as one line.
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("`keys` alone (or `keys bindings`) prints the keyboard keys of the terminal UI"))
        #expect(words.contains("about people's API keys on the portal"))

        let zoe = "zoe.aeroskobing@example.com"
        let before = try keys(of: zoe, env)
        #expect(Set(before.compactMap { $0["name"] as? String }) == ["CI upload", "Old laptop"])
        let ci = try #require(before.first { $0["name"] as? String == "CI upload" }?["id"] as? String)
        let old = try #require(before.first { $0["name"] as? String == "Old laptop" }?["id"] as? String)

        let readOnly = try runBinary(["keys", "disable", ci, "--read-only"], environment: env)
        #expect(readOnly.status == 3, "a read-only session refuses: \(readOnly.stderr)")
        #expect(try keys(of: zoe, env).first { $0["id"] as? String == ci }?["active"] as? Bool == true)

        let disabled = try runBinary(["keys", "disable", ci, "--json"], environment: env)
        #expect(disabled.status == 0, "\(disabled.stderr)")
        let rows = try #require(try json(disabled.stdout) as? [[String: Any]])
        #expect(rows.map { $0["result"] as? String } == ["done"])
        #expect(try keys(of: zoe, env).first { $0["id"] as? String == ci }?["active"] as? Bool == false)

        let unconfirmed = try runBinary(["keys", "delete", old], environment: env)
        #expect(unconfirmed.status == 64, "no terminal, no --yes: \(unconfirmed.stderr)")
        #expect(try keys(of: zoe, env).count == 2, "nothing deleted")
        let unknown = try runBinary(["keys", "delete", "zzzz", "--yes"], environment: env)
        #expect(unknown.status == 3)
        let deleted = try runBinary(["keys", "delete", "sk-***0d3f", "--yes"], environment: env)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try keys(of: zoe, env).map { $0["id"] as? String } == [ci])
    }

    @Test func offboardRunsEveryStepPerPerson() throws {
        let server = try DemoServerProcess()
        defer { server.stop() }
        let home = makeTemporaryHome()
        let env = server.environment(home: home)
        let li = "li.xiaolong@example.com"
        let lukasz = "lukasz.wisniewski@example.com"

        let owners = try runBinary(["offboard", li, "--yes"], environment: env)
        #expect(owners.status == 3, "an owner of rooms needs --receiver or --keep-rooms")
        #expect(owners.stderr.contains("--receiver PERSON or --keep-rooms"))

        let dry = try runBinary(
            ["offboard", li, lukasz, "--receiver", "siobhan.obrien@example.com", "--dry-run", "--json"],
            environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        let planned = try #require(try json(dry.stdout) as? [[String: Any]])
        #expect(planned.count == 8, "two people × four steps")
        #expect(planned.allSatisfy { $0["result"] as? String != "done" })
        #expect(try keys(of: li, env).first?["active"] as? Bool == true, "a dry run changes nothing")

        let csv = (home as NSString).appendingPathComponent("offboard.csv")
        let done = try runBinary(
            ["offboard", li, lukasz, "--receiver", "siobhan.obrien@example.com", "--yes", "--json", "--results", csv],
            environment: env)
        #expect(done.status == 0, "\(done.stderr)")
        let rows = try #require(try json(done.stdout) as? [[String: Any]])
        let byStep = rows.map {
            "\($0["email"] as? String ?? "?") \($0["step"] as? String ?? "?") \($0["result"] as? String ?? "?")"
        }
        #expect(
            byStep == [
                "\(li) sign out everywhere done", "\(li) turn off API keys done", "\(li) terminate done",
                "\(li) hand over rooms done",
                "\(lukasz) sign out everywhere done", "\(lukasz) turn off API keys done", "\(lukasz) terminate done",
                "\(lukasz) hand over rooms skipped",
            ], "\(done.stdout)")
        #expect(try keys(of: li, env).allSatisfy { $0["active"] as? Bool == false })
        let shown = try runBinary(["show", li, "--json"], environment: env)
        #expect((try json(shown.stdout) as? [String: Any])?["status"] as? Int == 2, "terminated")
        let file = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(file.hasPrefix("id,name,email,step,outcome,detail\r\n"))
        #expect(file.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 9)
    }
}
