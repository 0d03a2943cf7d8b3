import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Undo is a change like the others; the type chooser starts on the safe type; more than
/// `ChangeKind.typedCountThreshold` people take their number typed.
@Suite("Undo confirmed, safe type default, scale confirmed")
struct UndoScaleDefaultTests {
    static let people: [Person] = (0..<60).map { People.person($0) }

    // MARK: Undo

    @Test("u names who it re-activates and sends nothing until y; cancelling keeps the offer")
    func undoIsConfirmed() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "), .char(" "), .char("t"), .char("y"))
        h.settle()
        h.press(.escape)  // the results
        #expect(h.state.undo?.people.map(\.id) == ["id-0", "id-1", "id-2"])
        var effects = h.press(.char("u"))
        #expect(Harness.requests(effects).isEmpty, "u alone sends nothing")
        #expect(effects.contains(.flushTypeAhead))
        let c = try #require(h.confirmation)
        #expect(c.action.isUndo)
        #expect(c.action.kind == .reactivate)
        #expect(c.action.ids == ["id-0", "id-1", "id-2"])
        #expect(c.title == "Undo: re-activate 3 people?")
        #expect(c.context == .confirmation)
        // The trigger again, Enter: nothing sent, the offer stays.
        effects = h.press(.char("u"), .enter)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.state.dialog == nil)
        #expect(h.state.undo != nil)
        #expect(h.server.people[0..<3].allSatisfy { $0.status == .terminated })
        h.press(.char("u"))
        effects = h.press(.char("y"))
        #expect(Harness.requests(effects) == [.verify(ids: ["id-0", "id-1", "id-2"])])
        #expect(h.state.undo == nil, "used up once confirmed")
        h.settle()
        #expect(h.server.people[0..<3].allSatisfy { $0.status == .active })
    }

    @Test("An undo of more than twenty asks for their number")
    func bigUndoIsTyped() throws {
        var h = Harness.loaded(Self.people)
        for _ in 0..<21 { h.press(.char(" ")) }
        h.press(.char("t"))
        h.type("21")
        h.press(.enter)
        h.settle()
        h.press(.escape)
        h.press(.char("u"))
        var c = try #require(h.confirmation)
        #expect(c.context == .typedConfirmation)
        #expect(c.typedAnswer?.shown == "21")
        #expect(Harness.requests(h.press(.char("y"), .enter)).isEmpty)
        c = try #require(h.confirmation)
        #expect(c.typedAnswer?.hint == "type 21 exactly, or Esc to cancel")
    }

    // MARK: Scale

    @Test("Terminate: twenty take y, twenty-one take their number; y alone sends nothing", arguments: [20, 21])
    func terminateScale(_ n: Int) throws {
        var h = Harness.loaded(Self.people)
        for _ in 0..<n { h.press(.char(" ")) }
        h.press(.char("t"))
        let c = try #require(h.confirmation)
        #expect(c.title == "Terminate \(n) people?")
        let effects = h.press(.char("y"))
        if n <= ChangeKind.typedCountThreshold {
            #expect(Harness.requests(effects) == [.verify(ids: (0..<n).map { "id-\($0)" })])
            return
        }
        #expect(c.context == .typedConfirmation)
        #expect(Harness.requests(effects).isEmpty)
        #expect(h.confirmation?.typedAnswer?.typed == "y")
        h.press(.control("u"))
        h.type("2")
        #expect(Harness.requests(h.press(.enter)).isEmpty, "a wrong number does not confirm")
        h.type("1")
        #expect(Harness.requests(h.press(.enter)) == [.verify(ids: (0..<n).map { "id-\($0)" })])
    }

    @Test("Re-activating more than twenty is typed too")
    func reactivateScale() throws {
        let disabled = (0..<30).map { People.person($0, status: .terminated) }
        var h = Harness.loaded(disabled)
        for _ in 0..<25 { h.press(.char(" ")) }
        h.press(.char("a"))
        #expect(h.confirmation?.typedAnswer?.expected == "25")
    }

    @Test("The number is written with grouped digits and may be typed with or without them")
    func groupedNumber() {
        var answer = TypedAnswer(count: 91_837)
        #expect(answer.shown == "91,837")
        answer.typed = "91,837"
        #expect(answer.isAnswered)
        answer.typed = "91837"
        #expect(answer.isAnswered)
        answer.typed = "9183"
        #expect(!answer.isAnswered)
        var word = TypedAnswer(word: "DELETE")
        word.typed = "DELETE"
        #expect(word.isAnswered)
        #expect(PeopleCount(91_837).text == "91,837 people")
        #expect(PeopleCount(1).text == "1 person")
        let action = PendingAction(kind: .terminate, targets: (0..<1_234).map { People.person($0) })
        #expect(Confirmation(action: action, portal: "p").title == "Terminate 1,234 people?")
    }

    @Test("A type change of more than twenty asks for their number; y alone sends nothing")
    func typeChangeScale() throws {
        let guests = (0..<25).map { People.person($0, type: .guest) }
        var h = Harness.loaded(guests)
        for _ in 0..<25 { h.press(.char(" ")) }
        h.press(.char("T"), .enter)  // User: the default
        guard case .confirm(let confirmation) = h.state.dialog, let plan = confirmation.typePlan else {
            Issue.record("no confirmation")
            return
        }
        #expect(plan.type == .user)
        #expect(confirmation.context == .typedConfirmation)
        #expect(h.state.inputContext == .typedConfirmation)
        #expect(Harness.requests(h.press(.char("y"), .enter)).isEmpty)
        h.press(.control("u"))
        h.type("25")
        #expect(Harness.requests(h.press(.enter)) == [.verify(ids: guests.map(\.id))])
    }

    // MARK: Safe defaults

    static func defaultType(for targets: [Person], me: Person = People.owner) -> EmployeeType? {
        TypeChoice(targets: targets, options: TypeRules.options(for: targets, me: me)).chosen?.type
    }

    @Test("The type chooser starts one step up from the lowest type, never on DocSpace admin")
    func safeDefaults() {
        #expect(Self.defaultType(for: [People.person(1, type: .guest)]) == .user)
        #expect(Self.defaultType(for: [People.person(1, type: .user)]) == .roomAdmin)
        #expect(Self.defaultType(for: [People.person(1, type: .roomAdmin)]) == .user)
        #expect(Self.defaultType(for: [People.person(1, type: .docSpaceAdmin)]) == .roomAdmin)
        // Marked people of mixed types: the step up from the lowest of them.
        #expect(Self.defaultType(for: [People.person(1, type: .user), People.person(2, type: .guest)]) == .user)
        #expect(
            Self.defaultType(for: [People.person(1, type: .roomAdmin), People.person(2, type: .user)]) == .roomAdmin)
        // A DocSpace admin (not the owner) choosing for a user: Room admin is theirs to give.
        var admin = People.person(9, type: .docSpaceAdmin)
        admin.id = "me"
        #expect(Self.defaultType(for: [People.person(1, type: .user)], me: admin) == .roomAdmin)
        // Every combination: never DocSpace admin.
        let types: [EmployeeType] = [.guest, .user, .roomAdmin, .docSpaceAdmin]
        for a in types {
            for b in types {
                let chosen = Self.defaultType(for: [People.person(1, type: a), People.person(2, type: b)])
                #expect(chosen != .docSpaceAdmin, "\(a) + \(b)")
                #expect(chosen != nil, "\(a) + \(b)")
            }
        }
    }

    @Test("When DocSpace admin is the only type allowed, nothing is highlighted and Enter does nothing")
    func onlyAdminLeft() throws {
        let options = [
            TypeOption(type: .docSpaceAdmin, applicableCount: 1, reason: nil),
            TypeOption(type: .roomAdmin, applicableCount: 0, reason: "already Room admin"),
            TypeOption(type: .user, applicableCount: 0, reason: "owner only"),
            TypeOption(type: .guest, applicableCount: 0, reason: "owner only"),
        ]
        var choice = TypeChoice(targets: [People.person(1, type: .roomAdmin)], options: options)
        #expect(choice.cursor == nil)
        #expect(choice.chosen == nil)
        choice.move(1)
        #expect(choice.chosen?.type == .docSpaceAdmin, "chosen on purpose with ↓")
    }

    @Test("T Enter y on a guest makes them a User, never an admin")
    func guestEnter() throws {
        var h = Harness.loaded([People.person(0, type: .guest)])
        h.press(.char("T"), .enter)
        guard case .confirm(let confirmation) = h.state.dialog, let plan = confirmation.typePlan else {
            Issue.record("no confirmation")
            return
        }
        #expect(plan.type == .user)
        h.press(.char("y"))
        h.settle()
        #expect(h.server.people[0].type == .user)
    }
}
