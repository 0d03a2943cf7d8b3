import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `:quota-set SIZE` and `:quota-reset` in the terminal UI: the one confirmation, then the
/// change read back; a bad size asks nothing.
@Suite("Storage quotas from the command line of the terminal UI")
struct QuotaCommandLineTests {
    @Test(":quota-set 1.5 GB for the marked people asks y/N, then each shows the limit; :quota-reset goes back")
    func setThenReset() throws {
        var h = Harness.loaded(People.many(3))
        h.state.marks = Marks(Array(People.many(3).prefix(2)))
        h.press(.char(":"))
        h.type("quota-set 1.5 GB")
        let asked = h.press(.enter)
        #expect(Harness.requests(asked) == [.quotaSettings], "the settings first")
        h.settle()
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Set the storage quota of 2 people to 1.5 GB?")
        #expect(confirmation.action.serverCall == "PUT /api/2.0/people/userquota {quota: 1610612736}")
        h.confirm()
        h.settle()
        #expect(h.server.people.filter { $0.quotaLimit == 1_610_612_736 }.map(\.id) == ["id-0", "id-1"])
        #expect(h.report?.done.count == 2)

        h.state.marks = []
        h.press(.escape)  // the results view closes
        #expect(h.state.dialog == nil)
        h.command("quota-reset")
        h.settle()
        #expect(h.confirmation?.title == "Reset the storage quota of 1 person to the portal's default?")
        h.confirm()
        h.settle()
        #expect(h.server.people.first { $0.id == "id-0" }?.isCustomQuota == false)
    }

    @Test(":quota-set with a bad size says why and asks nothing; read-only refuses")
    func refusals() {
        var h = Harness.loaded(People.many(2))
        h.press(.char(":"))
        h.type("quota-set 500")
        let effects = h.press(.enter)
        #expect(h.confirmation == nil)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.message?.text.contains("has no unit") == true)

        var readOnly = Harness.loaded(People.many(2), readOnly: true)
        readOnly.command("quota-set 2GB")
        #expect(readOnly.confirmation == nil)
        #expect(readOnly.state.message?.text == "Read-only session: changes are turned off")
    }
}
