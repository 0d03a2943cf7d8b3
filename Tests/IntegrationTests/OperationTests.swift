import DocSpaceAPI
import Foundation
import StandInPortal
import Testing

/// Every `PeopleClient` operation against the stand-in portal over loopback.
@Suite("Client ↔ stand-in: operations")
struct OperationTests {
    @Test("login with e-mail and password, then use the token")
    func login() async throws {
        try await LivePortal.run { portal in
            let token = try await DocSpaceClient.login(
                baseURL: portal.url, userName: "owner@example.com",
                password: LivePortal.ownerPassword)
            #expect(!token.token.isEmpty)
            #expect(token.expires?.date != nil)
            let me = try await portal.client(.token(token.token)).me()
            #expect(me.isOwner)
            #expect(me.email == "owner@example.com")
            #expect(me.type == .docSpaceAdmin)
        }
    }

    @Test("me with the API key acts as the owner")
    func meWithKey() async throws {
        try await LivePortal.run { portal in
            let me = try await portal.client().me()
            #expect(me.isOwner)
            #expect(me.registrationDate?.date != nil, "the portal's dates parse")
        }
    }

    @Test("one page: count, startIndex, total")
    func onePage() async throws {
        try await LivePortal.run(LivePortal.options(users: 30)) { portal in
            let page = try await portal.client().people(PeopleQuery(startIndex: 10, count: 7))
            #expect(page.people.count == 7)
            #expect(page.startIndex == 10)
            #expect(page.total == 30)
        }
    }

    @Test("filters: text with + and @, status, types")
    func filters() async throws {
        try await LivePortal.run { portal in
            let plusID = await portal.add("zed+tag@example.org", type: .guest)
            let terminatedID = await portal.add("gone@example.org", status: .terminated)
            let client = portal.client()

            let byText = try await client.people(PeopleQuery(text: "zed+tag@example.org"))
            #expect(byText.people.map(\.id) == [plusID])

            let terminated = try await client.people(PeopleQuery(status: .terminated))
            #expect(terminated.people.map(\.id).contains(terminatedID))
            #expect(terminated.people.allSatisfy { $0.status == .terminated })

            let guests = try await client.people(PeopleQuery(types: [.guest]))
            #expect(guests.people.contains { $0.id == plusID })
            #expect(guests.people.allSatisfy { $0.type == .guest })

            let mixed = try await client.people(PeopleQuery(types: [.guest, .docSpaceAdmin]))
            #expect(mixed.people.allSatisfy { $0.type == .guest || $0.type == .docSpaceAdmin })
            #expect(mixed.people.contains { $0.isOwner })
        }
    }

    @Test("all pages: 250 people in exactly 3 requests, in order, at most maxConcurrent at once")
    func allPages() async throws {
        try await LivePortal.run(LivePortal.options(users: 250)) { portal in
            let client = portal.client()
            await portal.server.resetStats()
            var starts: [Int] = []
            var ids: [String] = []
            for try await page in client.allPeople(PeopleQuery(), maxConcurrent: 2) {
                starts.append(page.startIndex)
                ids += page.people.map(\.id)
            }
            #expect(starts == [0, 100, 200])
            #expect(ids.count == 250)
            #expect(Set(ids).count == 250)
            let stats = await portal.server.stats()
            #expect(stats.perRoute["GET /api/2.0/people/filter"] == 3)
            #expect(stats.maxInFlight <= 2)

            let sorted = try await client.collectAllPeople(PeopleQuery(sortBy: .email))
            #expect(sorted.count == 250)
            let emails = sorted.compactMap(\.email).map { $0.lowercased() }
            #expect(emails == emails.sorted())
        }
    }

    @Test("person by id and by e-mail (with + in it)")
    func personLookups() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("ann+work@example.org")
            let client = portal.client()
            let byID = try await client.person(id: id)
            #expect(byID.email == "ann+work@example.org")
            let byEmail = try await client.person(email: "ann+work@example.org")
            #expect(byEmail.id == id)
        }
    }

    @Test("create a user, a room admin and a guest (through people/active)")
    func create() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            let user = try await client.create(
                NewPerson(firstName: "Jane", lastName: "O'Brien", email: "jane@example.org", type: .user))
            #expect(user.type == .user)
            #expect(user.displayName == "Jane O'Brien", "the server's HTML-encoded name comes back decoded")
            #expect(user.status == .active)
            #expect(user.activationStatus == .pending)

            let admin = try await client.create(
                NewPerson(
                    firstName: "Rob", lastName: "Roe", email: "rob@example.org",
                    type: .roomAdmin, password: "Str0ng-Passw0rd!"))
            #expect(admin.type == .roomAdmin)

            let guest = try await client.create(
                NewPerson(firstName: "Gus", lastName: "Guest", email: "gus@example.org", type: .guest))
            #expect(guest.type == .guest)
            #expect(await portal.requests("POST /api/2.0/people/active") == 1)
            #expect(await portal.server.snapshot(email: "gus@example.org")?.type == .guest)
        }
    }

    @Test("invite and resend")
    func invite() async throws {
        try await LivePortal.run { portal in
            let client = portal.client()
            let pending = try await client.invite(
                [Invitation(email: "new.person@example.org", type: .user)], culture: nil)
            let invitee = try #require(pending.first { $0.displayName == "new.person@example.org" })
            let snapshot = await portal.server.snapshot(email: "new.person@example.org")
            #expect(snapshot?.status == .pending)
            #expect(snapshot?.id == invitee.id)

            let resent = try await client.resendInvitations(ids: [invitee.id])
            #expect(resent.map(\.id) == [invitee.id])
            #expect(resent.first?.status == .pending)
        }
    }

    @Test("terminate and reactivate")
    func status() async throws {
        try await LivePortal.run { portal in
            let a = await portal.add("a@example.org")
            let b = await portal.add("b@example.org")
            let client = portal.client()
            let terminated = try await client.setStatus(.terminated, ids: [a, b])
            #expect(terminated.map(\.id) == [a, b])
            #expect(terminated.allSatisfy { $0.status == .terminated })
            let active = try await client.setStatus(.active, ids: [b])
            #expect(active.first?.status == .active)
            #expect(await portal.server.snapshot(id: a)?.status == .terminated)
        }
    }

    @Test("upgrade a guest to user, then to room admin")
    func upgrade() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("g@example.org", type: .guest)
            let client = portal.client()
            let asUser = try await client.upgradeType(.user, ids: [id])
            #expect(asUser.first?.type == .user)
            let asRoomAdmin = try await client.upgradeType(.roomAdmin, ids: [id])
            #expect(asRoomAdmin.first?.type == .roomAdmin)
        }
    }

    @Test("demote through the asynchronous type change and poll its progress")
    func typeChange() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("ra@example.org", type: .roomAdmin)
            let client = portal.client()
            let started = try await client.startTypeChange(userId: id, to: .user, reassignTo: nil)
            #expect(!started.id.isEmpty)
            let finished = try await eventually {
                try await client.typeChangeProgress(userId: id)?.isCompleted == true
            }
            #expect(finished)
            let progress = try #require(try await client.typeChangeProgress(userId: id))
            #expect(progress.error == nil)
            #expect(progress.percentage == 100)
            let demoted = try await client.person(id: id)
            #expect(demoted.type == .user)
        }
    }

    @Test("cancel a demotion and a hand-over while they run: Canceled, and nothing changed")
    func cancelTasks() async throws {
        var options = LivePortal.options()
        options.taskDuration = .seconds(30)  // long enough to be cancelled, never waited for
        try await LivePortal.run(options) { portal in
            let id = await portal.add("slow.demotion@example.org", type: .roomAdmin, ownsRooms: true)
            let client = portal.client()
            _ = try await client.startTypeChange(userId: id, to: .user, reassignTo: nil)
            let cancelled = try #require(try await client.cancelTypeChange(userId: id))
            #expect(cancelled.state == .canceled)
            // `QueueWorker.Terminate` takes the task off the queue: no progress afterwards.
            #expect(try await client.typeChangeProgress(userId: id) == nil)
            #expect(try await client.person(id: id).type == .roomAdmin)
            #expect(try await client.reassignNecessary(userId: id))

            let from = await portal.add(
                "slow.handover@example.org", type: .roomAdmin, status: .terminated, ownsRooms: true)
            _ = try await client.startReassign(from: from, to: id, deleteProfile: true)
            let stopped = try #require(try await client.cancelReassign(userId: from))
            #expect(stopped.state == .canceled)
            #expect(try await client.reassignNecessary(userId: from))
            #expect(await portal.server.snapshot(id: from) != nil)
        }
    }

    @Test("delete one (after terminating), then it is gone")
    func deleteOne() async throws {
        try await LivePortal.run { portal in
            let id = await portal.add("leaver@example.org", status: .terminated)
            let client = portal.client()
            let deleted = try await client.delete(id: id)
            #expect(deleted.id == id)
            #expect(deleted.status == .terminated)
            #expect(
                await docSpaceError { try await client.person(id: id) }
                    == .notFound(message: "The user could not be found"))
        }
    }

    @Test("delete many")
    func deleteMany() async throws {
        try await LivePortal.run { portal in
            let a = await portal.add("x1@example.org", status: .terminated)
            let b = await portal.add("x2@example.org", status: .terminated)
            let kept = try await portal.client().delete(ids: [a, b])
            #expect(Set(kept.map(\.id)) == [a, b])
            #expect(await portal.server.snapshot(id: a) == nil)
            #expect(await portal.server.snapshot(id: b) == nil)
        }
    }

    @Test("Group names are shown as the portal sends them; department and displayName decoded")
    func groupNamesAsSent() async throws {
        try await LivePortal.run { portal in
            let id = await portal.server.addPerson(
                PortalPersonSeed(
                    email: "q.and.a@example.org", firstName: "Q", lastName: "Person", groups: ["Q&amp;A", "R&D <EU>"]))
            let client = portal.client()
            // The server encodes `department` and `displayName` but copies group names as stored.
            let one = try await client.person(id: id)
            #expect(one.groups.map(\.name) == ["Q&amp;A", "R&D <EU>"])
            let listed = try #require(try await client.people(PeopleQuery(text: "q.and.a")).people.first)
            #expect(listed.groups.map(\.name) == ["Q&amp;A", "R&D <EU>"], "the fast list path too")
            #expect(listed.department == "Q&amp;A, R&D <EU>", "department is decoded once, back to the stored names")
        }
    }

    @Test("reassign/necessary counts shared files too: a person who only shared files needs a hand-over")
    func necessaryCountsSharedFiles() async throws {
        try await LivePortal.run { portal in
            // Asked without `type=Guest` the server answers about rooms only and would say
            // `false` here: the delete would then lose the shared files without a word.
            let sharer = await portal.add("sharer@example.org", status: .terminated, sharesFiles: true)
            let nothing = await portal.add("nothing@example.org", status: .terminated)
            let client = portal.client()
            #expect(try await client.reassignNecessary(userId: sharer))
            #expect(try await client.reassignNecessary(userId: nothing) == false)
            // A room admin may ask too (the permission is checked for Guest).
            _ = await portal.add("ra.asks@example.org", type: .roomAdmin)
            let token = try #require(await portal.server.issueToken(forEmail: "ra.asks@example.org"))
            #expect(try await portal.client(.token(token)).reassignNecessary(userId: sharer))
        }
    }

    @Test("reassign: necessary, start, progress")
    func reassign() async throws {
        try await LivePortal.run { portal in
            let from = await portal.add(
                "owner.of.rooms@example.org", type: .roomAdmin, status: .terminated, ownsRooms: true)
            let to = await portal.add("receiver@example.org", type: .roomAdmin)
            let client = portal.client()
            let fromOwnsRooms = try await client.reassignNecessary(userId: from)
            #expect(fromOwnsRooms)
            let toOwnsRooms = try await client.reassignNecessary(userId: to)
            #expect(toOwnsRooms == false)
            _ = try await client.startReassign(from: from, to: to, deleteProfile: false)
            let finished = try await eventually {
                try await client.reassignProgress(userId: from)?.isCompleted == true
            }
            #expect(finished)
            let progress = try await client.reassignProgress(userId: from)
            #expect(progress?.state == .completed)
        }
    }
}
