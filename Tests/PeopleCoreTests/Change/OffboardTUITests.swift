import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `b` in the terminal UI's `update`: who owns rooms asked first, the receiver chosen or the
/// rooms kept, one question listing every step and every person; `y` sends each person ×
/// step through the same `OffboardRun`/`OffboardDriver` as the command line (here against a
/// scripted portal), a failing step stops only that person, Esc stops after the step on its
/// way, and the results, the audit lines and the results file say per person × step.
@Suite("Off-board in one step: the terminal UI")
struct OffboardTUITests {
    static let people = [People.person(1), People.person(2), People.person(3)]

    static func keys() -> [APIKey] {
        [
            APIKey(id: "k1", name: "Backup", maskedKey: "sk-***aaaa", ownerID: "id-1"),
            APIKey(id: "k2", name: "CI", maskedKey: "sk-***bbbb", ownerID: "id-2"),
            APIKey(id: "k3", name: "Sync", maskedKey: "sk-***cccc", ownerID: "id-3"),
        ]
    }

    /// The three marked, `b` pressed, and `reassign/necessary` answered (`owners` own rooms).
    static func asked(owners: Set<String> = []) throws -> Harness {
        var h = Harness.loaded(people)
        h.press(.char(" "), .char(" "), .char(" "))
        #expect(h.state.marks.count == 3)
        h.press(.char("b"))
        let check = try #require(h.pending.last)
        #expect(check.request == .reassignNecessary(ids: people.map(\.id)))
        h.answer(check.id, with: .handoverNeeds(people.map { .known(id: $0.id, needed: owners.contains($0.id)) }))
        return h
    }

    /// Answers every step the app sends by running it through `OffboardDriver.onPortal`
    /// against the scripted portal, until none is pending; `stopAfter` presses Esc after that
    /// many steps were answered.
    static func runSteps(_ h: inout Harness, portal: OffboardTests.Portal, stopAfter: Int? = nil) async throws {
        var answered = 0
        while let next = h.pending.last, case .offboardStep(let step, let person, let receiver, let me) = next.request {
            let answer = await OffboardDriver.onPortal(client: portal, me: me).perform(
                step, for: person, receiver: receiver)
            h.answer(next.id, with: .offboardStep(answer))
            answered += 1
            if answered == stopAfter { h.press(.escape) }
        }
    }

    static func results(_ h: Harness) -> [String] {
        guard case .addressReport(let report) = h.state.dialog else { return [] }
        return report.results.map { "\($0.email): \($0.outcome.rawValue)" }
    }

    @Test("the question lists every step with its undo and every person; only y sends; b itself never confirms")
    func question() throws {
        var h = try Self.asked()
        guard case .offboardQuestion(let question) = h.state.dialog else {
            Issue.record("no question: \(String(describing: h.state.dialog))")
            return
        }
        let lines = question.lines
        #expect(lines.contains { $0.contains("1. sign out everywhere — cannot be undone") })
        #expect(lines.contains { $0.contains("2. turn off API keys") })
        #expect(lines.contains { $0.contains("3. terminate — re-activate undoes it") })
        #expect(lines.contains { $0.contains("4. keep their rooms") })
        #expect(Self.people.allSatisfy { person in lines.contains { $0.contains(person.email ?? "?") } })
        h.press(.char("b"))
        h.press(.enter)
        #expect(h.state.dialog == nil, "Enter means no")
        #expect(
            !h.pending.contains { if case .offboardStep = $0.request { true } else { false } }, "nothing was sent")
        #expect(h.state.offboardRun == nil)
    }

    @Test("y runs every step for every person; a refused sign-out stops only that person's later steps")
    func failingStepStopsOnlyThatPerson() async throws {
        var h = try Self.asked()
        let portal = OffboardTests.Portal(people: Self.people, keys: Self.keys(), refuseSignOut: ["id-2"])
        h.press(.char("y"))
        try await Self.runSteps(&h, portal: portal)
        #expect(
            Self.results(h) == [
                "p1@example.com · sign out everywhere: done", "p1@example.com · turn off API keys: done",
                "p1@example.com · terminate: done", "p1@example.com · hand over rooms: skipped",
                "p2@example.com · sign out everywhere: failed", "p2@example.com · turn off API keys: not sent",
                "p2@example.com · terminate: not sent", "p2@example.com · hand over rooms: not sent",
                "p3@example.com · sign out everywhere: done", "p3@example.com · turn off API keys: done",
                "p3@example.com · terminate: done", "p3@example.com · hand over rooms: skipped",
            ])
        guard case .addressReport(let report) = h.state.dialog else { return }
        #expect(report.results[4].detail.contains("Access denied"), "the portal's words")
        #expect(portal.status("id-2") == .active)
        #expect(portal.status("id-1") == .terminated && portal.status("id-3") == .terminated)
        #expect(!portal.calls.contains("terminate id-2"))
        let outcomes = h.frontEnd.compactMap { effect -> String? in
            guard case .audit(let entry) = effect, entry.stage != .sent else { return nil }
            return entry.targets.first.map { "\(entry.action) \($0.id ?? "") \($0.outcome)" }
        }
        #expect(outcomes.count == 12, "one audit line per person × step")
        #expect(outcomes.contains("offboard sign out everywhere id-2 failed"))
        #expect(outcomes.contains("offboard terminate id-2 not sent"))
        let csv = h.frontEnd.compactMap { effect -> String? in
            if case .writeFile(let path, let contents) = effect, path.hasPrefix("offboard-results-") {
                contents
            } else {
                nil
            }
        }
        #expect(csv.count == 1)
        #expect(
            csv.first?.split(whereSeparator: \.isNewline).count == 13, "a header and a line per person × step")
        #expect(h.state.offboardRun == nil)
    }

    @Test("Esc stops after the step on its way: its answer is recorded, every later step is not sent")
    func escapeStops() async throws {
        var h = try Self.asked()
        let portal = OffboardTests.Portal(people: Self.people, keys: Self.keys())
        h.press(.char("y"))
        try await Self.runSteps(&h, portal: portal, stopAfter: 5)
        let results = Self.results(h)
        #expect(results.count == 12)
        #expect(results.prefix(4).allSatisfy { $0.hasSuffix(": done") || $0.hasSuffix(": skipped") })
        // Esc came after the fifth answer, with the sixth step already on its way.
        #expect(results[5] == "p2@example.com · turn off API keys: done", "the step on its way is answered")
        #expect(results.dropFirst(6).allSatisfy { $0.hasSuffix(": not sent") })
        #expect(portal.status("id-2") == .active && portal.status("id-3") == .active)
        #expect(!portal.calls.contains("sign-out id-3"))
    }

    @Test("owners of rooms: the receiver picker offers keeping the rooms; the question then says they are kept")
    func ownersKeepRooms() throws {
        var h = try Self.asked(owners: ["id-3"])
        guard case .receiverChoice(var choice) = h.state.dialog else {
            Issue.record("no receiver picker: \(String(describing: h.state.dialog))")
            return
        }
        #expect(choice.offersKeeping)
        choice.add([])
        h.state.dialog = .receiverChoice(choice)
        h.pending.removeAll()
        h.press(.down)
        h.press(.enter)
        guard case .offboardQuestion(let question) = h.state.dialog else {
            Issue.record("no question: \(String(describing: h.state.dialog))")
            return
        }
        #expect(question.plan.receiver == nil)
        #expect(question.owners.map(\.id) == ["id-3"])
        #expect(question.roomsLine.contains("kept for later"))
    }
}
