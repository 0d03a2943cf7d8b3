import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The one reply rule, checked once against every dialog that asks y/N: only `y` confirms;
/// Enter, Esc and `n` cancel; the key that opened the question and every other key are
/// swallowed (the question stays).
@Suite("One confirmation: every y/N question follows the same rule")
struct QuestionRuleTests {
    /// A way to open one question, and what it looks like open.
    struct Question: Sendable, CustomStringConvertible {
        var name: String
        /// The key that opened it: pressing it again must not confirm.
        var trigger: Key
        var open: @Sendable () -> Harness
        var isOpen: @Sendable (Harness) -> Bool
        var description: String { name }
    }

    static func list(_ people: [Person], readOnly: Bool = false) -> Harness {
        Harness.loaded(people, readOnly: readOnly)
    }

    static let questions: [Question] = [
        Question(
            name: "remove guests", trigger: .char("E"),
            open: {
                var h = list([People.person(0, type: .guest), People.person(1, type: .guest)])
                h.press(.char("E"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .removeGuest }),
        Question(
            name: "terminate", trigger: .char("t"),
            open: {
                var h = list(People.many(3))
                h.press(.char("t"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .terminate }),
        Question(
            name: "re-activate", trigger: .char("a"),
            open: {
                var h = list([People.person(0, status: .terminated)])
                h.press(.char("a"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .reactivate }),
        Question(
            name: "delete one", trigger: .char("d"),
            open: {
                var h = list([People.person(0, status: .terminated)])
                h.press(.char("d"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .delete }),
        Question(
            name: "resend", trigger: .char("I"),
            open: {
                var h = list([People.person(0, status: .pending)])
                h.press(.char("I"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .resendInvitation }),
        Question(
            name: "add to a group", trigger: .char(">"),
            open: {
                var h = list(People.many(3))
                h.press(.char(">"))
                h.settle()  // the groups arrive
                h.press(.enter)
                return h
            },
            isOpen: {
                if case .addToGroup = $0.confirmation?.action.kind { true } else { false }
            }),
        Question(
            name: "remove from a group", trigger: .char("<"),
            open: {
                var h = list(People.many(3))
                h.press(.char("<"))
                h.settle()
                h.press(.enter)
                return h
            },
            isOpen: {
                if case .removeFromGroup = $0.confirmation?.action.kind { true } else { false }
            }),
        Question(
            name: "sign out", trigger: .char("S"),
            open: {
                var h = list(People.many(3))
                h.press(.char("S"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .signOut }),
        Question(
            name: "reset two-factor", trigger: .char("A"),
            open: {
                var h = list(People.many(3))
                h.press(.char("A"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .resetTwoFactor }),
        Question(
            name: "password reset", trigger: .char("R"),
            open: {
                var h = list(People.many(3))
                h.press(.char("R"))
                return h
            }, isOpen: { $0.confirmation?.action.kind == .sendPasswordReset }),
        Question(
            name: "off-board", trigger: .char("b"),
            open: {
                var h = list(People.many(3))
                h.press(.char("b"))
                h.settle()  // who owns rooms: nobody
                return h
            },
            isOpen: { if case .offboardQuestion = $0.state.dialog { true } else { false } }),
        Question(
            name: "undo", trigger: .char("u"),
            open: {
                var h = list(People.many(3))
                h.press(.char("t"), .char("y"))
                h.settle()
                h.press(.char("u"))
                return h
            }, isOpen: { $0.confirmation?.action.isUndo == true }),
        Question(
            name: "type change", trigger: .char("T"),
            open: {
                var h = list([People.person(0, type: .guest)])
                h.press(.char("T"), .enter)
                return h
            },
            isOpen: { if case .confirm(let c) = $0.state.dialog { c.typePlan != nil } else { false } }),
        Question(
            name: "quit while a change runs", trigger: .char("q"),
            open: {
                var h = list(People.many(3))
                h.press(.char("t"), .char("y"))  // the re-check is on its way
                h.press(.char("q"))
                return h
            }, isOpen: { $0.state.dialog == .quitWhileBusy }),
        Question(
            name: "make read-write", trigger: .char("W"),
            open: {
                var h = list(People.many(3), readOnly: true)
                h.press(.char("W"))
                return h
            }, isOpen: { $0.state.dialog == .confirmReadWrite }),
        Question(
            name: "throw the add form away", trigger: .escape,
            open: {
                var h = list(People.many(3))
                h.press(.char("n"))
                h.type("Jane")
                h.press(.escape)
                return h
            },
            isOpen: {
                if case .addPerson(let form) = $0.state.dialog { form.confirmingDiscard } else { false }
            }),
    ]

    @Test("The key that opened it, and any other key, are swallowed", arguments: questions)
    func swallowed(_ question: Question) {
        var h = question.open()
        #expect(question.isOpen(h), "\(question) did not open")
        // The trigger is swallowed too, except Esc, which is a cancel key by the rule.
        let keys: [Key] = (question.trigger == .escape ? [] : [question.trigger]) + [.char("x"), .char("j"), .tab]
        for key in keys {
            h.press(key)
            #expect(question.isOpen(h), "\(question): \(key) must not answer")
        }
    }

    @Test("Only y confirms", arguments: questions)
    func yesConfirms(_ question: Question) {
        var h = question.open()
        h.press(.char("y"))
        #expect(!question.isOpen(h), "\(question): y answers")
        #expect(h.state.message?.text.hasPrefix("Cancelled") != true, "\(question): y is not a cancel")
    }

    @Test("Enter, Esc, n and N cancel", arguments: questions)
    func cancelKeys(_ question: Question) {
        for key in [Key.enter, .escape, .char("n"), .char("N")] {
            var h = question.open()
            let before = h.server.requestLog.count
            let effects = h.press(key)
            #expect(!question.isOpen(h), "\(question): \(key) cancels")
            let changes = Harness.requests(effects).filter {
                if case .change = $0 { true } else if case .verify = $0 { true } else { false }
            }
            #expect(changes.isEmpty, "\(question): \(key) sends nothing")
            #expect(h.server.requestLog.count == before)
        }
    }
}
