import DocSpaceAPI
import Foundation
import Testing

@testable import PeopleCore

/// The record survives the exit: a `sent` line before each change request, the `outcome`
/// line after it, `outcome unknown` when the app ends while one waits.
@Suite("Audit: sent, outcome, outcome unknown")
struct RecordTests {
    static let people: [Person] = (0..<300).map { People.person($0) }

    static func audits(_ effects: [Effect]) -> [AuditEntry] {
        effects.compactMap { if case .audit(let entry) = $0 { entry } else { nil } }
    }

    @Test("The sent line comes right before the request; the outcome line after the answer")
    func sentThenOutcome() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        let effects = h.send(.response(h.pendingChange!.id, h.server.answer(h.pendingChange!.request)))
        let index = try #require(effects.firstIndex { if case .request(_, .change) = $0 { true } else { false } })
        guard index > 0, case .audit(let sent) = effects[index - 1] else {
            Issue.record("no sent line before the request: \(effects)")
            return
        }
        #expect(sent.stage == .sent)
        #expect(sent.action == "terminate")
        #expect(sent.request == "PUT /api/2.0/people/status/Terminated")
        #expect(sent.source == "tui")
        #expect(sent.user.id == "owner")
        #expect(
            sent.targets == [
                AuditEntry.Target(
                    id: "id-0", email: "p0@example.com", displayName: "Person 00000",
                    outcome: "sent", detail: nil)
            ])
        h.settle()
        #expect(Self.audits(h.effects).map(\.stage) == [.sent, .outcome])
        #expect(h.state.outcomesUnknown.isEmpty)
    }

    @Test("Quitting (q y) while the terminate waits writes outcome unknown for its people")
    func quitWhileWaiting() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.answerChange()  // the re-check; the terminate is now on its way
        h.press(.char("q"))
        #expect(h.state.dialog == .quitWhileBusy)
        let effects = h.press(.char("y"))
        let unknown = try #require(Self.audits(effects).first)
        #expect(unknown.stage == .outcomeUnknown)
        #expect(unknown.request == "PUT /api/2.0/people/status/Terminated")
        #expect(unknown.targets.map(\.id) == ["id-0"])
        #expect(unknown.targets.map(\.detail) == [AuditEntry.outcomeUnknownDetail])
        #expect(effects.last == .quit)
        #expect(h.state.outcomesUnknown == [unknown])
    }

    @Test("Ctrl-C while a change waits asks first and n goes back; a second Ctrl-C quits and records it")
    func interruptAsksFirst() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.answerChange()
        var effects = h.send(.interrupt)
        #expect(!effects.contains(.quit))
        #expect(h.state.dialog == .quitWhileBusy)
        h.press(.char("n"))
        #expect(h.state.dialog == nil)
        effects = h.send(.interrupt)
        #expect(!effects.contains(.quit))
        effects = h.send(.interrupt)
        #expect(effects.contains(.quit))
        #expect(Self.audits(effects).map(\.stage) == [.outcomeUnknown])
    }

    @Test("Ctrl-C with nothing on its way quits at once, writing nothing")
    func interruptWhenIdle() {
        var h = Harness.loaded(Self.people)
        let effects = h.send(.interrupt)
        #expect(effects.contains(.quit))
        #expect(Self.audits(effects).isEmpty)
    }

    @Test("The quit question keeps the dialog it stands in front of")
    func quitQuestionKeepsTheDialogBelow() {
        var h = Harness.loaded(Self.people)
        h.press(.char("t"), .char("y"))
        h.answerChange()
        h.press(.char("n"))  // the add form over the waiting change
        let form = h.state.dialog
        h.send(.interrupt)
        #expect(h.state.dialog == .quitWhileBusy)
        h.press(.escape)
        #expect(h.state.dialog == form)
    }

    @Test("SIGHUP (ending) during a change in batches: what answered, the batch on its way unknown, the rest not sent")
    func endingMidRun() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char("*"))
        h.settle()
        h.press(.char("t"))
        h.type("300")
        h.press(.enter)
        h.answerChange()  // the re-check
        h.answerChange()  // batch 1 of 3
        #expect(h.pendingChange != nil, "batch 2 is on its way")
        let effects = h.send(.ending)
        let audits = Self.audits(effects)
        #expect(audits.map(\.stage) == [.outcome, .outcomeUnknown])
        let partial = audits[0]
        #expect(partial.targets.filter { $0.outcome == "done" }.count == 100)
        #expect(partial.targets.filter { $0.detail == "not sent: the app ended first" }.count == 100)
        #expect(audits[1].targets.count == 100)
        #expect(effects.contains(.quit))
    }

    @Test("Ending while a demotion's portal task runs: outcome unknown for that person, with the task's request")
    func endingDuringDemotion() throws {
        var h = Harness.loaded([People.person(0, type: .roomAdmin), People.person(1, type: .roomAdmin)])
        h.press(.char(" "), .char(" "), .char("T"), .enter)  // User: the default for room admins
        h.settle()  // the receivers
        h.press(.enter, .char("y"))  // you; yes
        h.settle()  // the re-check and the first task's start; polls wait for the tick
        #expect(h.state.taskWatch?.current?.id == "id-0")
        let effects = h.send(.ending)
        let unknown = Self.audits(effects)
        #expect(unknown.map(\.stage) == [.outcomeUnknown])
        #expect(unknown.first?.request == "POST /api/2.0/people/type")
        #expect(unknown.first?.targets.map(\.id) == ["id-0"], "id-1's task was never started")
        #expect(Self.audits(h.effects).filter { $0.stage == .sent }.map(\.request) == ["POST /api/2.0/people/type"])
    }

    @Test("A type change's upgrade and an add write their sent lines too")
    func typesAndFormsAreSent() throws {
        var h = Harness.loaded([People.person(0, type: .guest)])
        h.press(.char("T"), .enter, .char("y"))
        h.settle()
        let types = Self.audits(h.effects)
        #expect(types.map(\.stage) == [.sent, .outcome])
        #expect(types[0].request == "PUT /api/2.0/people/type/User")
        #expect(types[0].targets.map(\.id) == ["id-0"])

        h.press(.char("n"))
        h.type("Zoë")
        h.press(.tab, .tab)
        h.type("zoe@example.com")
        h.press(.control("s"))
        let add = Self.audits(h.effects).dropFirst(2)
        #expect(add.first?.stage == .sent)
        #expect(add.first?.action == "add")
        #expect(add.first?.targets.first?.email == "zoe@example.com")
    }

    @Test("Lines written before stages existed read as outcomes; a sent line says so in its JSON")
    func codable() throws {
        let old =
            #"{"action":"terminate","portal":"p","request":"PUT x","source":"cli","targets":[],"time":"2026-11-29T07:15:00Z","user":{"id":"me"}}"#
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let entry = try decoder.decode(AuditEntry.self, from: Data(old.utf8))
        #expect(entry.stage == .outcome)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let json = String(decoding: try encoder.encode(entry.sent()), as: UTF8.self)
        #expect(json.contains(#""stage":"sent""#))
        let unknown = String(decoding: try encoder.encode(entry.outcomeUnknown()), as: UTF8.self)
        #expect(unknown.contains(#""stage":"outcome unknown""#))
    }
}
