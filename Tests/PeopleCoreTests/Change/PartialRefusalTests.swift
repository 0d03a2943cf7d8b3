import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The real server changes people one by one and stops at the first it refuses: those before
/// it are changed. Every batched change of the terminal UI is run against a scripted portal
/// that changes 3 of 6 marked people and then refuses; the results, the status line and the
/// audit line must say what the portal shows, person by person.
@Suite("One change path: a portal that changes some and then refuses")
struct PartialRefusalTests {
    /// One batched change and how to start it from the list.
    struct Case: Sendable, CustomStringConvertible {
        var kind: ChangeKind
        var keys: [Key]
        var status: EmployeeStatus
        var type: EmployeeType = .user
        var description: String { kind.auditWord }
    }

    static let cases: [Case] = [
        Case(kind: .terminate, keys: [.char("t")], status: .active),
        Case(kind: .reactivate, keys: [.char("a")], status: .terminated),
        Case(kind: .delete, keys: [.char("d")], status: .terminated),
        Case(kind: .setType(.user), keys: [.char("T"), .enter], status: .active, type: .guest),
        Case(kind: .resendInvitation, keys: [.char("I")], status: .pending),
        Case(kind: .signOut, keys: [.char("S")], status: .active),
        Case(kind: .resetTwoFactor, keys: [.char("A")], status: .active),
        Case(kind: .sendPasswordReset, keys: [.char("R")], status: .active),
        // The command line: `:quota-set 2GB`, then Enter.
        Case(
            kind: .setQuota(.bytes(2_147_483_648)),
            keys: [.char(":")] + "quota-set 2GB".map { Key.char($0) } + [.enter], status: .active),
        Case(kind: .resetQuota, keys: [.char(":")] + "quota-reset".map { Key.char($0) } + [.enter], status: .active),
        // `>`, then Enter on the first group the picker lists (Sales).
        Case(
            kind: .addToGroup(GroupRef(id: "group-sales", name: "Sales")), keys: [.char(">"), .enter],
            status: .active),
        Case(kind: .removeGuest, keys: [.char("E")], status: .active, type: .guest),
    ]

    static let refusal = DocSpaceError.paymentRequired(message: "No free seats")

    /// Six marked people; the portal refuses the fourth.
    func run(_ change: Case) throws -> (Harness, ActionReport) {
        let people = (0..<6).map { People.person($0, status: change.status, type: change.type) }
        var h = Harness.loaded(people)
        h.state.marks = Marks(people)
        h.server.refusals["id-3"] = Self.refusal
        h.press(change.keys[0])
        for key in change.keys.dropFirst() {
            h.settle()  // what the dialog lists (the group picker's groups)
            h.press(key)
        }
        h.settle()  // a quota change reads the portal's quota settings before it asks
        #expect(h.confirmation != nil || h.state.dialog != nil, "the question is open")
        h.confirm()
        h.settle()
        let report = try #require(h.report, "no results for \(change)")
        return (h, report)
    }

    @Test("Changed 3 of 6, then refused: 3 done from what the portal shows, the rest with its words", arguments: cases)
    func partial(_ change: Case) throws {
        let (h, report) = try run(change)
        let words = ErrorText.explain(Self.refusal)
        let done = Set(report.done.map(\.id))
        let failed = report.failed.filter { $0.outcome == .failed }
        switch change.kind.proof {
        case .state, .gone:
            // The refused batch was read back: the three the portal changed are done.
            #expect(done == ["id-0", "id-1", "id-2"], "\(change)")
            #expect(Set(failed.map(\.person.id)) == ["id-3", "id-4", "id-5"])
            #expect(failed.allSatisfy { $0.reason.hasPrefix("refused: \(words); a re-read shows them") })
            #expect(report.fromReread)
            #expect(h.state.message?.text == "\(change.kind.pastTense) 3 of 6; 3 failed")
        case .membership:
            // The group was read back after the refusal: the three it lists are done.
            #expect(done == ["id-0", "id-1", "id-2"], "\(change)")
            #expect(Set(failed.map(\.person.id)) == ["id-3", "id-4", "id-5"])
            #expect(
                failed.allSatisfy {
                    $0.reason.hasPrefix("refused: \(words); ") && $0.reason.hasSuffix("; not sent again")
                })
            #expect(report.fromReread)
            #expect(h.state.message?.text == "\(change.kind.pastTense) 3 of 6; 3 failed")
        case .answer where change.kind.batchSize == 1:
            // One request per person: three answered, the fourth refused, the rest never sent.
            #expect(done == ["id-0", "id-1", "id-2"])
            #expect(failed.map(\.person.id) == ["id-3"])
            #expect(failed[0].reason == words)
            #expect(report.skipped.map(\.person.id) == ["id-4", "id-5"])
            #expect(
                report.skipped.allSatisfy {
                    $0.outcome == .notSent && $0.reason.hasPrefix("not sent: an earlier batch failed")
                })
            #expect(h.server.actedOn == ["id-0", "id-1", "id-2"])
        case .answer where change.kind.checksEveryoneFirst:
            // The portal checks every person of the request before it changes anyone
            // (`DeleteGuests`): a refusal means none was done, and nobody was acted on.
            #expect(done.isEmpty)
            #expect(failed.count == 6)
            #expect(
                failed.allSatisfy {
                    $0.reason.hasSuffix("checks the whole batch before it changes anyone: none of it was done")
                })
            #expect(h.server.actedOn.isEmpty)
        case .answer:
            // One request for all: an e-mail leaves nothing to read back, so the report says
            // what is known and no more.
            #expect(done.isEmpty)
            #expect(failed.count == 6)
            #expect(failed.allSatisfy { $0.reason.hasPrefix("refused: \(words); the portal may have done some") })
        }
        // The audit line says the same, person by person, in the same words.
        let audit = try #require(
            h.frontEnd.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
                .last)
        #expect(audit.action == change.kind.auditWord)
        let rows = report.resultRows
        #expect(audit.targets.map(\.id) == rows.map(\.person.id))
        #expect(audit.targets.map(\.outcome) == rows.map(\.outcome.rawValue))
        #expect(audit.targets.map(\.detail) == rows.map(\.detail))
    }
}
