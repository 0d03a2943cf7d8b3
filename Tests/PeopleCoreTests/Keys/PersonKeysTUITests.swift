import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// `K` in the terminal UI's `update`: the selected person's API keys read on demand; someone
/// else's keys are said to be visible to admins only; `J` turns them off on the change path.
@Suite("API keys: the terminal UI")
struct PersonKeysTUITests {
    static func key(_ id: String, owner: String, active: Bool = true) -> APIKey {
        APIKey(id: id, name: "key \(id)", maskedKey: "sk-***\(id)", ownerID: owner, ownerName: owner)
    }

    @Test("K lists the selected person's keys only (the portal answers every key to an admin)")
    func listsTheirs() throws {
        var h = Harness.loaded(People.many(3))
        h.select("id-1")
        h.press(.char("K"))
        let read = try #require(h.pending.last { $0.request == .loadAPIKeys })
        #expect(h.state.personKeys?.personID == "id-1")
        h.answer(read.id, with: .apiKeys([Self.key("a", owner: "id-1"), Self.key("b", owner: "id-2")]))
        guard case .loaded(let keys) = h.state.personKeys?.phase else {
            Issue.record("not loaded: \(String(describing: h.state.personKeys))")
            return
        }
        #expect(keys.map(\.id) == ["a"])
    }

    @Test("a non-admin asks for someone else's keys: nothing is read, and the detail says why")
    func notVisible() throws {
        var h = Harness.loaded(People.many(3))
        h.state.session.me = People.person(9, type: .roomAdmin)
        h.select("id-1")
        h.press(.char("K"))
        #expect(!h.pending.contains { $0.request == .loadAPIKeys })
        #expect(h.state.personKeys?.phase == .notVisible)
    }

    @Test("J asks to turn off the keys of the marked people on the change path")
    func turnOff() throws {
        var h = Harness.loaded(People.many(3))
        h.select("id-1")
        h.press(.char("J"))
        guard case .confirm(let confirmation) = h.state.dialog else {
            Issue.record("no question: \(String(describing: h.state.dialog))")
            return
        }
        #expect(confirmation.action.kind == .turnOffKeys(.all))
        #expect(confirmation.action.targets.map(\.id) == ["id-1"])
    }
}
