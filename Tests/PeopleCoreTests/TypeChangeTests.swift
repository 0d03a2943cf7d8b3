import DocSpaceAPI
import PeopleTestSupport
import Testing

@testable import PeopleCore

@Suite("Type changes: offered types, upgrades, demotions with progress")
struct TypeChangeTests {
    static let admin = People.person(9, type: .docSpaceAdmin, name: "Zoe Admin")

    /// Ten people: 0–2 guests, 3–4 room admins, 5 a DocSpace admin, 6 disabled, 7–8 users, 9 an admin.
    static var people: [Person] {
        var people = (0..<9).map { n -> Person in
            let type: EmployeeType = n < 3 ? .guest : n < 5 ? .roomAdmin : n == 5 ? .docSpaceAdmin : .user
            return People.person(n, type: type)
        }
        people[6].status = .terminated
        return people + [admin]
    }

    static func audits(_ effects: [Effect]) -> [AuditEntry] {
        effects.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
    }

    func pending(_ h: Harness, where match: (Request) -> Bool) -> (id: RequestID, request: Request)? {
        h.pending.first { match($0.request) }
    }

    /// Answers the pending re-check (`GET people/{id}` for each target) from the server.
    func answerVerify(_ h: inout Harness) {
        guard let item = pending(h, where: { if case .verify = $0 { true } else { false } }) else {
            Issue.record("no re-check pending")
            return
        }
        h.answer(item.id, with: h.server.answer(item.request))
    }

    // MARK: Rules

    @Test("Offered types follow the portal's rules for the signed-in admin")
    func offeredTypes() {
        let owner = People.owner
        var admin = Self.admin
        admin.id = "me"
        var roomAdmin = People.person(50, type: .roomAdmin)
        roomAdmin.id = "ra"
        var myGuest = People.person(51, type: .guest)
        myGuest.createdBy = PersonSummary(id: "ra", displayName: "RA")
        var otherGuest = People.person(52, type: .guest)
        otherGuest.createdBy = PersonSummary(id: "someone-else", displayName: "Someone Else")
        // What a room admin's session sees: the portal sends `createdBy` to admins only.
        let guestOfUnknownInviter = People.person(53, type: .guest)

        func available(_ people: [Person], _ me: Person) -> [EmployeeType] {
            TypeRules.options(for: people, me: me).filter(\.isAvailable).map(\.type)
        }
        // The owner: every other type, upgrades and demotions.
        #expect(available([People.person(1, type: .user)], owner) == [.docSpaceAdmin, .roomAdmin, .guest])
        #expect(TypeRules.verdict(People.person(1, type: .user), to: .guest, me: owner) == .demotion)
        #expect(TypeRules.verdict(People.person(1, type: .user), to: .roomAdmin, me: owner) == .upgrade)
        #expect(TypeRules.verdict(People.person(1, type: .docSpaceAdmin), to: .roomAdmin, me: owner) == .upgrade)
        // A DocSpace admin: no admin-making, nothing on other admins.
        #expect(available([People.person(1, type: .guest)], admin) == [.roomAdmin, .user])
        #expect(available([People.person(1, type: .docSpaceAdmin)], admin).isEmpty)
        #expect(
            TypeRules.verdict(People.person(1, type: .docSpaceAdmin), to: .user, me: admin)
                == .refused("admins: owner only"))
        // A room admin: only the guests they invited, only to User; when the inviter is not
        // known (as the portal answers room admins) the portal decides.
        #expect(available([myGuest], roomAdmin) == [.user])
        #expect(available([otherGuest], roomAdmin).isEmpty)
        #expect(available([guestOfUnknownInviter], roomAdmin) == [.user])
        // A room admin may demote where the server lets them (`StartUserTypeUpdate` checks the
        // permission for User or Guest, which room admins pass): users to Guest, other room
        // admins to User or Guest; never a DocSpace admin.
        #expect(available([People.person(54, type: .user)], roomAdmin) == [.guest])
        #expect(TypeRules.verdict(People.person(54, type: .user), to: .guest, me: roomAdmin) == .demotion)
        #expect(available([People.person(55, type: .roomAdmin)], roomAdmin) == [.user, .guest])
        #expect(available([People.person(56, type: .docSpaceAdmin)], roomAdmin).isEmpty)
        #expect(
            TypeRules.verdict(People.person(56, type: .docSpaceAdmin), to: .user, me: roomAdmin)
                == .refused("admins: owner only"))
        #expect(TypeRules.reasonNoneApplies(to: [otherGuest], me: roomAdmin) == "no other type allowed")
        // Never on oneself, the owner, a disabled person; users and guests change nobody.
        #expect(TypeRules.reasonNoneApplies(to: [owner], me: owner) == "not on yourself")
        #expect(TypeRules.reasonNoneApplies(to: [owner], me: admin) == "not on the owner")
        var disabled = People.person(1, type: .user)
        disabled.status = .terminated
        #expect(available([disabled], owner).isEmpty)
        #expect(TypeRules.reasonNoneApplies(to: [disabled], me: owner) == "disabled: re-activate first")
        #expect(available([otherGuest], People.person(60, type: .user)).isEmpty)
        // Several people: a type is offered when it applies to any of them, with the count.
        let options = TypeRules.options(
            for: [People.person(1, type: .guest), People.person(2, type: .user)], me: owner)
        #expect(options.map(\.applicableCount) == [2, 2, 1, 1])
    }

    @Test("The action bar greys T with the reason; the dialog offers only allowed types")
    func availabilityAndDialog() throws {
        var h = Harness.loaded(Self.people)
        #expect(h.state.availability(of: .changeType) == .available)
        h.select("id-6")
        #expect(h.state.availability(of: .changeType) == .unavailable("disabled: re-activate first"))
        let refused = h.press(.char("T"))
        #expect(h.state.dialog == nil)
        #expect(refused.contains(.bell))
        #expect(h.state.message?.text.contains("disabled: re-activate first") == true)

        h.select("id-7")  // a user
        h.press(.char("T"))
        guard case .typeChoice(let choice) = h.state.dialog else {
            Issue.record("no type dialog")
            return
        }
        #expect(choice.options.map(\.type) == [.docSpaceAdmin, .roomAdmin, .user, .guest])
        #expect(choice.options[2].reason == "already User")
        #expect(choice.chosen?.type == .roomAdmin, "the safe default: one step up, never DocSpace admin")
        // The cursor skips the type they already have.
        h.press(.down, .down)
        guard case .typeChoice(let moved) = h.state.dialog else {
            Issue.record("dialog closed")
            return
        }
        #expect(moved.chosen?.type == .guest)

        var readOnly = Harness.loaded(Self.people, readOnly: true)
        #expect(readOnly.state.availability(of: .changeType) == .unavailable("read-only"))
        readOnly.press(.char("T"))
        #expect(readOnly.state.dialog == nil)
    }

    // MARK: Upgrades

    @Test("Upgrade: y/N naming people and type, re-check, PUT, done only as the answer shows")
    func upgrade() throws {
        var h = Harness.loaded(Self.people)
        h.press(.char(" "), .char(" "))  // marks the guests id-0 and id-1
        h.press(.char("T"), .up, .enter)  // Room admin (the default is User)
        guard case .confirm(let confirmation) = h.state.dialog, let plan = confirmation.typePlan else {
            Issue.record("no confirmation")
            return
        }
        #expect(plan.upgrades.map(\.id) == ["id-0", "id-1"])
        #expect(plan.demotions.isEmpty)
        #expect(plan.title == "Change 2 people to Room admin?")
        // The trigger key and other keys are swallowed.
        #expect(Harness.requests(h.press(.char("T"), .char("x"))).isEmpty)
        #expect(h.state.dialog != nil)
        let confirmed = h.press(.char("y"))
        #expect(Harness.requests(confirmed) == [.verify(ids: ["id-0", "id-1"])])
        answerVerify(&h)
        let put = try #require(pending(h) { if case .change(.setType, _) = $0 { true } else { false } })
        #expect(put.request == .change(.setType(.roomAdmin), ids: ["id-0", "id-1"]))
        // The portal raised id-0 but left id-1 a guest.
        var raised = Self.people[0]
        raised.isVisitor = false
        raised.isRoomAdmin = true
        h.answer(put.id, with: .batch(.people([raised, Self.people[1]])))
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.done.map(\.id) == ["id-0"])
        #expect(report.failed.map(\.reason) == ["the portal left them Guest"])
        #expect(report.failed.map(\.outcome) == [.skipped])
        #expect(h.state.message?.text == "Changed to Room admin: 1 of 2; 1 failed")
        #expect(h.state.marks.map(\.id) == ["id-1"])
        let audit = try #require(Self.audits(h.effects).last)
        #expect(audit.action == "set-type RoomAdmin")
        #expect(audit.request == "PUT /api/2.0/people/type/RoomAdmin")
        #expect(audit.source == "tui")
        #expect(audit.targets.map(\.outcome) == ["skipped", "done"])
        h.press(.enter)
        #expect(h.state.dialog == nil)
    }

    @Test("250 marked guests: three batches of at most 100 through the one change path, every one reported")
    func upgradeManyThroughUpdate() throws {
        let guests = (0..<250).map { People.person($0, type: .guest) }
        var h = Harness.loaded(guests)
        h.state.marks = Marks(guests)
        h.press(.char("T"), .enter)  // User: the default
        h.confirm()  // 250: their number, typed
        h.settle()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.done.count == 250)
        let batches = h.server.requestLog.compactMap {
            if case .change(.setType, let ids) = $0 { ids.count } else { nil }
        }
        #expect(batches == [100, 100, 50])
        // One outcome line for the whole change (each batch has its `sent` line).
        #expect(Self.audits(h.effects).map(\.targets.count) == [250])
        #expect(h.state.marks.isEmpty)
    }

    // MARK: Demotions

    /// Opens the type dialog on `id`, picks `type`, then the receiver `receiverIndex` from the picker.
    func demote(_ h: inout Harness, _ id: String, downs: Int, receiverIndex: Int = 0) {
        h.select(id)
        h.press(.char("T"))
        for _ in 0..<downs { h.press(.down) }
        h.press(.enter)
    }

    @Test("Demotion: receiver picker, confirmation, POST, polling on the tick, re-read, done")
    func demotionWithProgress() throws {
        var h = Harness.loaded(Self.people)
        demote(&h, "id-3", downs: 2)  // a room admin → Guest
        guard case .receiverChoice(let picker) = h.state.dialog else {
            Issue.record("no picker")
            return
        }
        #expect(picker.candidates.map(\.id) == ["owner"])
        let list = try #require(h.pendingPages.last)
        #expect(list.query.types == [.docSpaceAdmin])
        #expect(list.query.status == .active)
        h.answer(
            list.id,
            with: .page(PeoplePage(people: [People.owner, Self.people[5], Self.admin], startIndex: 0, total: 3)))
        guard case .receiverChoice(let listed) = h.state.dialog else {
            Issue.record("picker closed")
            return
        }
        #expect(listed.candidates.map(\.id) == ["owner", "id-5", "id-9"])
        h.press(.down, .down, .enter)
        guard case .confirm(let confirmation) = h.state.dialog, let plan = confirmation.typePlan else {
            Issue.record("no confirmation")
            return
        }
        #expect(plan.receiver?.id == "id-9")
        #expect(plan.demotions.map(\.id) == ["id-3"])
        h.press(.char("y"))
        answerVerify(&h)  // the re-check
        let start = try #require(pending(h) { if case .startTypeChange = $0 { true } else { false } })
        #expect(start.request == .startTypeChange(userID: "id-3", to: .guest, reassignTo: "id-9"))
        #expect(h.state.dialog == .taskProgress)
        h.answer(start.id, with: h.server.answerTypes(start.request))
        #expect(h.state.taskWatch?.progress?.percentage == 0)

        // Not before the poll interval; then one request at a time.
        #expect(Harness.requests(h.tick(0.2)).isEmpty)
        let firstPoll = Harness.requests(h.tick(0.4))
        #expect(firstPoll == [.typeChangeProgress(userID: "id-3")])
        #expect(Harness.requests(h.tick(1)).isEmpty)
        h.answerNext()
        #expect(h.state.taskWatch?.progress?.percentage == 50)
        #expect(Harness.requests(h.tick(0.5)) == [.typeChangeProgress(userID: "id-3")])
        h.answerNext()  // 100 %: complete
        let reread = try #require(h.pending.last)
        #expect(reread.request == .verify(ids: ["id-3"]))
        h.answerNext()
        #expect(h.state.taskWatch == nil)
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Changed to Guest: Person 00003 <p3@example.com>")
        h.settle()
        #expect(h.state.list.loadedPeople.first { $0.id == "id-3" }?.type == .guest)
        let audit = try #require(Self.audits(h.effects).last)
        #expect(audit.request == "POST /api/2.0/people/type")
        #expect(audit.targets.first?.outcome == "done")
        #expect(audit.targets.first?.detail?.contains("Zoe Admin") == true)
    }

    @Test("A failed demotion task is reported with the portal's message")
    func demotionTaskFails() throws {
        var h = Harness.loaded(Self.people)
        h.server.types.failing["id-3"] = "Can not reassign rooms: storage unavailable"
        demote(&h, "id-3", downs: 0)  // → User: the default for a room admin
        h.settle()  // the picker's list
        h.press(.enter, .char("y"))
        h.settle()  // re-check, start
        h.tick(0.5)
        h.settle()
        h.tick(0.5)
        h.settle()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.done.isEmpty)
        #expect(report.failed.first?.reason == "the portal's task failed: Can not reassign rooms: storage unavailable")
        #expect(h.state.message?.text.contains("storage unavailable") == true)
        #expect(h.server.people.first { $0.id == "id-3" }?.type == .roomAdmin)
        #expect(Self.audits(h.effects).last?.targets.first?.outcome == "failed")
    }

    @Test("Refused start: the server's message, and the next person still goes")
    func demotionStartRefused() throws {
        var h = Harness.loaded(Self.people)
        h.press(.down, .down, .down, .char(" "), .char(" "))  // id-3 and id-4, room admins
        h.press(.char("T"), .down, .down, .enter)  // → Guest
        h.settle()
        h.press(.enter, .char("y"))
        answerVerify(&h)  // re-check
        let start = try #require(pending(h) { if case .startTypeChange = $0 { true } else { false } })
        h.answer(start.id, with: .failure(.badRequest(message: "Can not update type", fieldErrors: [:])))
        #expect(h.pending.last?.request == .startTypeChange(userID: "id-4", to: .guest, reassignTo: "owner"))
        #expect(h.state.taskWatch?.position == 2)
        h.settle()
        h.tick(0.5)
        h.settle()
        h.tick(0.5)
        h.settle()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.done.map(\.id) == ["id-4"])
        #expect(report.failed.map(\.person.id) == ["id-3"])
        #expect(report.failed.first?.reason.contains("Can not update type") == true)
    }

    @Test("Esc while polling stops watching: the task goes on, the rest is not started, late answers are dropped")
    func escapeStopsWatching() throws {
        var h = Harness.loaded(Self.people)
        h.press(.down, .down, .down, .char(" "), .char(" "))
        h.press(.char("T"), .down, .down, .enter)
        h.settle()
        h.press(.enter, .char("y"))
        h.settle()  // re-check, first start
        h.tick(0.5)
        let poll = try #require(h.pending.last)
        let stopped = h.press(.escape)
        #expect(h.state.taskWatch == nil)
        #expect(stopped.contains(.bell))
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(report.stoppedWatching)
        #expect(report.failed.map(\.person.id) == ["id-3", "id-4"])
        #expect(report.failed[0].reason.contains("the portal's task goes on"))
        #expect(report.failed[1].reason == "not started: you stopped watching")
        #expect(h.state.message?.text.contains("stopped watching: the portal's task goes on") == true)
        // The poll's late answer changes nothing and starts nothing.
        let late = h.send(
            .response(
                poll.id, .task(TaskProgress(id: "t", error: nil, percentage: 100, isCompleted: true, state: .completed))
            ))
        #expect(Harness.requests(late).isEmpty)
        #expect(!h.server.requestLog.contains(.startTypeChange(userID: "id-4", to: .guest, reassignTo: "owner")))
        #expect(Self.audits(h.effects).last?.targets.first?.detail?.hasPrefix("outcome unknown") == true)
    }

    @Test("To User for a guest and a room admin: the upgrade first, then the demotion, one report")
    func mixedUpgradeAndDemotion() throws {
        var h = Harness.loaded(Self.people)
        h.state.marks = [Self.people[0], Self.people[3]]
        h.press(.char("T"))
        guard case .typeChoice(let choice) = h.state.dialog else {
            Issue.record("no type dialog")
            return
        }
        #expect(choice.options.map(\.applicableCount) == [2, 1, 2, 1])
        h.press(.enter)  // User: the default (one step up from the guest)
        h.settle()  // the picker's list
        h.press(.enter)  // you
        guard case .confirm(let confirmation) = h.state.dialog, let plan = confirmation.typePlan else {
            Issue.record("no confirmation")
            return
        }
        #expect(plan.upgrades.map(\.id) == ["id-0"])
        #expect(plan.demotions.map(\.id) == ["id-3"])
        h.press(.char("y"))
        h.settle()
        #expect(h.server.requestLog.contains(.change(.setType(.user), ids: ["id-0"])))
        #expect(h.server.requestLog.contains(.startTypeChange(userID: "id-3", to: .user, reassignTo: "owner")))
        h.tick(0.5)
        h.settle()
        h.tick(0.5)
        h.settle()
        guard case .report(let report) = h.state.dialog else {
            Issue.record("no results")
            return
        }
        #expect(Set(report.done.map(\.id)) == ["id-0", "id-3"])
        #expect(h.state.message?.text == "Changed to User: 2 people")
        #expect(
            Self.audits(h.effects).map(\.request) == ["PUT /api/2.0/people/type/User", "POST /api/2.0/people/type"])
    }

    @Test("Esc in the type dialog, the picker or the confirmation sends nothing")
    func escapeBeforeSending() {
        var h = Harness.loaded(Self.people)
        h.select("id-3")
        h.press(.char("T"), .escape)
        #expect(h.state.dialog == nil)
        h.press(.char("T"), .down, .down, .enter)
        h.settle()
        h.press(.escape)
        #expect(h.state.dialog == nil)
        h.press(.char("T"), .down, .down, .enter)
        h.settle()
        h.press(.enter)  // the picker: you
        h.press(.enter)  // the confirmation: Enter is No
        #expect(h.state.dialog == nil)
        #expect(h.state.message?.text == "Cancelled: nothing was changed")
        #expect(
            !h.server.requestLog.contains { request in
                switch request {
                case .verify, .change, .startTypeChange: true
                default: false
                }
            })
    }

    @Test("A person whose type changed since the dialog opened stops the change before anything is sent")
    func recheckRefuses() throws {
        var h = Harness.loaded(Self.people)
        h.select("id-0")
        h.press(.char("T"), .up, .enter, .char("y"))  // Room admin
        h.server.people[0] = h.server.people[0].retyped(.user)
        answerVerify(&h)
        h.settle()
        #expect(!h.server.requestLog.contains { if case .change(.setType, _) = $0 { true } else { false } })
        #expect(h.state.message?.text == "Not sent, nothing changed: Person 00000 is now User")
    }
}

/// Counts the batches of `PUT people/type`; fails the given batch (1-based) with a 402.
actor TypeRecordingClient: ScriptedPeopleClient {
    var upgradeBatches: [[String]] = []
    let failOnBatch: Int?

    init(failOnBatch: Int? = nil) { self.failOnBatch = failOnBatch }

    func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person] {
        upgradeBatches.append(ids)
        if upgradeBatches.count == failOnBatch { throw DocSpaceError.paymentRequired(message: "No free seat") }
        return ids.map { Person(id: $0, displayName: $0).retyped(type) }
    }
}
