import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `z`: the portal's per-user quota settings first; quotas off → said, nothing opens and
/// nothing is sent; on → the size field (`StorageSize`), then the one confirmation of
/// `ChangeKind.setQuota`, then the change read back.
@Suite("The quota dialog")
struct QuotaDialogTests {
    private func sizeField(_ h: Harness) -> QuotaSizeField? {
        if case .quotaSize(let field) = h.state.dialog { field } else { nil }
    }

    @Test("z for two marked people: the settings read, the size typed, y/N, then both show the limit")
    func setForMarked() throws {
        var h = Harness.loaded(People.many(3))
        h.state.marks = Marks(Array(People.many(3).prefix(2)))
        let asked = h.press(.char("z"))
        #expect(Harness.requests(asked) == [.quotaSettings])
        #expect(h.state.dialog == nil, "nothing opens before the portal answers")
        h.settle()
        let field = try #require(sizeField(h))
        #expect(field.count == 2)
        #expect(field.portalDefault == ScriptedServer.defaultQuota)
        #expect(h.state.inputContext == .quotaSize)
        h.type("2 GB")
        h.press(.enter)
        let confirmation = try #require(h.confirmation)
        #expect(confirmation.title == "Set the storage quota of 2 people to 2 GB?")
        h.confirm()
        h.settle()
        #expect(h.server.people.filter { $0.quotaLimit == 2_147_483_648 }.map(\.id) == ["id-0", "id-1"])
        #expect(h.report?.done.count == 2)
    }

    @Test("A size the parser refuses stays in the field with why; no limit is a size; Esc changes nothing")
    func badSizeThenNoLimit() throws {
        var h = Harness.loaded(People.many(2))
        h.press(.char("z"))
        h.settle()
        h.type("500")
        let refused = h.press(.enter)
        #expect(Harness.requests(refused).isEmpty)
        #expect(try #require(sizeField(h)).problem?.contains("has no unit") == true)
        h.type("x")  // typing again clears the problem
        #expect(sizeField(h)?.problem == nil)
        h.press(.control("u"))
        h.type("no limit")
        h.press(.enter)
        #expect(h.confirmation?.action.kind == .setQuota(.noLimit))
        h.press(.escape)
        #expect(h.state.dialog == nil)

        h.press(.char("z"))
        h.settle()
        let closed = h.press(.escape)
        #expect(h.state.dialog == nil)
        #expect(Harness.requests(closed).isEmpty)
        #expect(h.server.requestLog.filter { if case .change = $0 { true } else { false } }.isEmpty)
    }

    @Test("Per-user quotas off: z, :quota-set and :quota-reset say so; no field, no question, nothing sent")
    func quotasOff() {
        var h = Harness.loaded(People.many(2))
        h.server.quotaSettings = UserQuotaSettings(enableQuota: false, defaultQuota: -2)
        for keys in [
            [Key.char("z")], [.char(":")] + "quota-set 2GB".map(Key.char) + [.enter],
            [.char(":")] + "quota-reset".map(Key.char) + [.enter],
        ] {
            for key in keys { h.press(key) }
            h.settle()
            #expect(h.state.dialog == nil)
            #expect(h.state.message?.text.hasPrefix("Per-user storage quotas are off on this portal") == true)
        }
        #expect(h.server.requestLog.filter { if case .change = $0 { true } else { false } }.isEmpty)
    }

    @Test("z in a read-only session or on nobody asks nothing of the portal")
    func refusedBeforeReading() {
        var readOnly = Harness.loaded(People.many(2), readOnly: true)
        let effects = readOnly.press(.char("z"))
        #expect(Harness.requests(effects).isEmpty)
        #expect(readOnly.state.dialog == nil)

        var empty = Harness.loaded([])
        let none = empty.press(.char("z"))
        #expect(Harness.requests(none).isEmpty)
        #expect(empty.state.message?.text.hasPrefix("Set quota: ") == true)
    }
}
