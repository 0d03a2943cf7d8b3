import DocSpaceAPI
import Testing

@testable import PeopleCore

/// A portal that fails: the status line names the failure in words, with the server's own
/// message; after an unclear failure of a change the people are re-read and only their real
/// state is reported; nothing is ever sent twice by the app.
@Suite("A portal that fails: words, re-reads, no repeats")
@MainActor
struct FailureTests {
    static let refusal = DocSpaceError.forbidden(message: "The user is not suspended")
    static let overloaded = DocSpaceError.server(status: 503, message: nil)

    @Test("Each failure is worded by DocSpaceError, with the server's message", arguments: HangScenario.allCases)
    func failureInWords(_ scenario: HangScenario) async {
        let rig = Rig()
        await rig.start()
        await scenario.prepare(rig)
        let error = scenario.isChange ? Self.refusal : Self.overloaded
        await rig.script.fail(scenario.operation, with: error, error, error, error)
        let rowsBefore = rig.state.list.loadedPeople
        scenario.trigger(rig)
        await rig.store.waitUntilIdle()
        let words = error.description
        switch scenario {
        case .listing, .search:
            #expect(rig.state.message?.text == "Could not load people: \(words)")
            #expect(rig.state.message?.level == .error)
        case .detail:
            #expect(rig.state.detail?.phase == .failed(words))
        case .terminate, .reactivate, .delete:
            let name = rig.state.selectedPerson?.displayName ?? "?"
            // The refused person is read back: the portal may have changed them before it refused.
            let shown = scenario == .terminate ? "still Active" : scenario == .delete ? "still there" : "still Disabled"
            #expect(
                rig.state.message?.text
                    == "\(scenario == .terminate ? "Terminate" : scenario == .delete ? "Delete" : "Re-activate") failed for \(name): refused: \(words); a re-read shows them \(shown); not sent again"
            )
            #expect(rig.state.message?.level == .error)
            // The row is as the server still has it.
            #expect(rig.state.list.loadedPeople == rowsBefore)
        case .bulkDelete:
            guard case .report(let report) = rig.state.dialog else {
                Issue.record("no results dialog")
                return
            }
            #expect(report.done.isEmpty)
            // Two people refused in one batch are read back (a portal may stop part-way).
            #expect(report.failed.count == 2)
            #expect(
                report.failed.allSatisfy {
                    $0.reason.hasPrefix("refused: \(words)") && $0.reason.contains("still there")
                })
            #expect(rig.state.message?.text == "Delete failed for all 2 people")
        }
    }

    @Test("The server's message reaches the status line (500 with a message, 502 with an HTML page)")
    func serverMessages() async {
        let rig = Rig()
        await rig.start()
        await rig.script.fail(.listing, with: .server(status: 500, message: "Database is read-only"))
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        #expect(
            rig.state.message?.text
                == "Could not load people: The portal failed to handle the request (500): Database is read-only")
        await rig.script.fail(.listing, with: .server(status: 502, message: nil))
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        #expect(rig.state.message?.text == "Could not load people: The portal failed to handle the request (502)")
        await rig.script.fail(.listing, with: .rateLimited(retryAfter: 20))
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        #expect(
            rig.state.message?.text == "Could not load people: Too many requests (429) — the portal asks to wait 20 s")
    }

    @Test("A first listing that fails says why in the list, and r tries again")
    func firstListingFails() async {
        let rig = Rig()
        await rig.script.fail(.listing, with: .transport(message: "connection refused"))
        await rig.start()
        #expect(rig.state.listProblem == "Could not load people: Could not reach the portal: connection refused")
        rig.press(.char("r"))
        await rig.store.waitUntilIdle()
        #expect(rig.state.listProblem == nil)
        #expect(rig.state.list.total == 30)
    }

    // MARK: Unclear failures of a change

    @Test("Terminate: the answer is lost but the portal did it: the re-read says done; sent once")
    func lostAnswerButDone() async {
        let rig = Rig()
        await rig.start()
        await rig.select("id-5")
        await rig.script.loseAnswer(.setStatus, with: .timeout(seconds: 30))
        rig.press(.char("t"), .char("y"))
        await rig.store.waitUntilIdle()
        #expect(await rig.script.calls(of: .setStatus).count == 1, "never repeated")
        #expect(rig.state.selectedPerson?.status == .terminated)
        #expect(
            rig.state.message?.text
                == "Terminated Person 00005 <p5@example.com> (the answer was lost; a re-read confirms it) (u undoes)")
        #expect(rig.state.undo?.people.map(\.id) == ["id-5"])
    }

    @Test("Terminate: the connection drops before the portal acts: the re-read shows them still active")
    func droppedBeforeDone() async {
        let rig = Rig()
        await rig.start()
        await rig.select("id-5")
        await rig.script.fail(.setStatus, with: .transport(message: "the connection was lost"))
        rig.press(.char("t"), .char("y"))
        await rig.store.waitUntilIdle()
        #expect(await rig.script.calls(of: .setStatus).count == 1, "never repeated")
        // The re-read went out after the change: verify, change, re-read.
        let reads = await rig.script.calls.filter { $0 == .person(id: "id-5") }
        #expect(reads.count >= 3)
        #expect(rig.state.selectedPerson?.status == .active)
        #expect(
            rig.state.message?.text
                == "Terminate failed for Person 00005: no clear answer (Could not reach the portal: the connection was lost); a re-read shows them still Active; not sent again"
        )
        #expect(rig.state.message?.level == .error)
        #expect(rig.state.undo == nil)
    }

    @Test("While re-reading, the status line says the answer was lost and what happens now")
    func rereadIsAnnounced() async {
        let rig = Rig()
        await rig.start()
        await rig.select("id-5")
        await rig.script.fail(.setStatus, with: .timeout(seconds: 30))
        await rig.script.hold(.setStatus)
        rig.press(.char("t"), .char("y"))
        await rig.script.waitUntilParked(.setStatus)
        await rig.script.hold(.detail)
        await rig.script.release(.setStatus)
        await rig.script.waitUntilParked(.detail)
        #expect(
            rig.state.message?.text
                == "No clear answer from the portal (The portal did not answer within 30 s); re-reading Person 00005 to see what happened…"
        )
        #expect(rig.state.busyLabel == "re-reading")
        #expect(rig.state.isChangeInFlight)
        await rig.script.release(.detail)
        await rig.store.waitUntilIdle()
        #expect(rig.state.message?.text.contains("a re-read shows them still Active") == true)
    }

    @Test(
        "Re-activate and delete after a lost answer: the re-read decides",
        arguments: [HangScenario.reactivate, .delete])
    func lostAnswerOthers(_ scenario: HangScenario) async {
        let rig = Rig()
        await rig.start()
        await scenario.prepare(rig)
        await rig.script.loseAnswer(scenario.operation, with: .transport(message: "the connection was lost"))
        scenario.trigger(rig)
        await rig.store.waitUntilIdle()
        #expect(await rig.script.calls(of: scenario.operation).count == 1)
        await scenario.expectDone(rig)
        #expect(rig.state.message?.text.contains("the answer was lost; a re-read confirms it") == true)
    }

    @Test("Bulk delete with no clear answer: each person re-read; per-person results; never resent")
    func bulkDeleteUnclear() async {
        let rig = Rig()
        await rig.start()
        await HangScenario.bulkDelete.prepare(rig)
        await rig.script.fail(.deleteMany, with: .timeout(seconds: 30))
        HangScenario.bulkDelete.trigger(rig)
        await rig.store.waitUntilIdle()
        #expect(await rig.script.calls(of: .deleteMany).count == 1)
        guard case .report(let report) = rig.state.dialog else {
            Issue.record("no results dialog")
            return
        }
        #expect(report.done.isEmpty)
        #expect(report.failed.map(\.person.id) == ["id-1", "id-2"])
        #expect(report.failed.allSatisfy { $0.reason.contains("a re-read shows them still there; not sent again") })
        #expect(rig.state.list.loadedPeople.contains { $0.id == "id-1" })
    }

    @Test("When the re-read fails too, the outcome is reported unknown, never done")
    func rereadFails() async {
        let rig = Rig()
        await rig.start()
        await rig.select("id-6")
        await rig.script.fail(.setStatus, with: .timeout(seconds: 30))
        await rig.script.hold(.setStatus)
        rig.press(.char("t"), .char("y"))
        await rig.script.waitUntilParked(.setStatus)
        await rig.script.fail(.detail, with: .transport(message: "connection refused"))
        await rig.script.release(.setStatus)
        await rig.store.waitUntilIdle()
        #expect(
            rig.state.message?.text
                == "Terminate failed for Person 00006: outcome unknown: no clear answer (The portal did not answer within 30 s), and the re-read failed (Could not reach the portal: connection refused); r reloads"
        )
        #expect(rig.state.undo == nil)
        #expect(await rig.script.calls(of: .setStatus).count == 1)
    }
}
