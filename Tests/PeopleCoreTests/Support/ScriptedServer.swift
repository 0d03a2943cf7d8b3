import DocSpaceAPI
import Foundation

@testable import PeopleCore

/// A small People API in memory with the real server's rules that matter here: filter,
/// sort, paging, status changes, delete only when terminated, 404 for unknown ids.
struct ScriptedServer: Sendable {
    var people: [Person]
    /// Errors to answer the next requests with, in order, instead of doing anything.
    var failures: [DocSpaceError] = []
    var requestLog: [Request] = []
    /// Room owners and portal tasks (ScriptedServer+Types.swift).
    var types = TypesScript()
    /// The `total` every page claims, when the portal lies about it (`nil`: the true count).
    var claimedTotal: Int?
    /// People the portal refuses when a change reaches them, with its error. Like the real
    /// server, a change goes through its people one by one and stops at the first refusal:
    /// those before it are changed.
    var refusals: [String: DocSpaceError] = [:]
    /// People a per-person change without a trace reached (sessions ended, an app unlinked,
    /// a password-reset e-mail sent), in order.
    var actedOn: [String] = []
    /// The portal's groups (`GET group`); membership is each person's `groups`.
    var groups: [Group]
    /// The portal's rooms and who is in them (ScriptedServer+Rooms.swift).
    var rooms: [ScriptedRoom] = []
    /// The groups a portal has when a test names none.
    static let someGroups = [Group(id: "group-sales", name: "Sales"), Group(id: "group-support", name: "Support")]
    /// `GET settings/userquotasettings`: per-user quotas on, the default 5 GB.
    var quotaSettings = UserQuotaSettings(enableQuota: true, defaultQuota: ScriptedServer.defaultQuota)

    init(_ people: [Person], groups: [Group] = someGroups) {
        self.people = people
        self.groups = groups
    }

    mutating func answer(_ request: Request) -> Response {
        requestLog.append(request)
        if !failures.isEmpty { return .failure(failures.removeFirst()) }
        switch request {
        case .loadPage(let query):
            return .page(page(query))
        case .loadDetail(let id):
            guard let person = people.first(where: { $0.id == id }) else {
                return .failure(.notFound(message: "The user could not be found"))
            }
            return .person(person)
        case .verify(let ids):
            return .lookups(lookUp(ids))
        case .change(let kind, let ids):
            return .batch(change(kind, ids))
        case .signIn:
            return .signedIn
        case .switchProfile(let name):
            return .profileRefused("the scripted server knows no profile \(name)")
        case .export(var query, let format):
            var writer = PeopleExportWriter(format: format)
            query.startIndex = 0
            query.count = PeopleQuery.maxCount
            writer.append(
                page(
                    PeopleQuery(
                        text: query.text, status: query.status, types: query.types,
                        sortBy: query.sortBy, sortOrder: query.sortOrder,
                        startIndex: 0, count: Int.max / 2)
                ).people)
            let count = writer.count
            return .exported(ExportedPeople(contents: writer.finish(), count: count))
        case .startTypeChange, .typeChangeProgress, .reassignNecessary, .startReassign,
            .reassignProgress, .cancelTypeChange, .cancelReassign:
            return answerTypes(request)
        case .loadGroups(let query):
            return .groups(groupPage(query))
        case .loadEveryone(var query):
            query.startIndex = 0
            query.count = Int.max / 2
            return .everyone(page(query).people)
        // Answered by hand in their tests.
        case .create, .lookUpEmails, .invite, .importCheck, .importLine, .offboardStep, .readSignIns, .loadAPIKeys:
            return .failure(.server(status: 501, message: "not scripted"))
        case .personRooms(let id):
            return .personRooms(personRooms(id))
        case .ownedRooms(let ids, let first):
            return .ownedRooms(ownedRooms(ids, first: first))
        case .quotaSettings:
            return .quotaSettings(quotaSettings)
        case .guestShareLink(let id):
            // `GetGuestSharingLink`: 400 for anyone not a guest.
            guard let person = people.first(where: { $0.id == id }) else {
                return .failure(.notFound(message: "User not found"))
            }
            guard person.type == .guest else {
                return .failure(.badRequest(message: "User is not a guest", fieldErrors: [:]))
            }
            return .shareLink("https://portal.example.com/s/\(id)")
        }
    }

    /// One batch of a change, person by person; the first refusal ends it (the real server's
    /// loops in `UpdateUserStatus`, `UpdateUserType`, `ResendUserInvites`, `RemoveUsers`).
    /// The portal's default per-user limit, which a quota reset shows: 5 GB.
    static let defaultQuota: Int64 = 5_368_709_120

    mutating func change(_ kind: ChangeKind, _ ids: [String]) -> BatchAnswer {
        var answer: [Person] = []
        if kind == .delete {
            // `PUT people/delete` checks everyone's status first: one not terminated, nobody
            // deleted; then it removes them one by one, and a refusal stops it there.
            for id in ids {
                if let person = people.first(where: { $0.id == id }), person.status != .terminated {
                    return .failure(.forbidden(message: "The user is not suspended"))
                }
            }
            for (index, id) in ids.enumerated() {
                if let refusal = refusals[id] {
                    people.removeAll { ids[..<index].contains($0.id) }
                    return .failure(refusal)
                }
            }
            people.removeAll { ids.contains($0.id) }
            return .deletion(lookUp(ids))
        }
        if let group = kind.group { return changeMembership(kind, group, ids) }
        if kind == .removeGuest { return removeGuests(ids) }
        for id in ids {
            if let refusal = refusals[id] { return .failure(refusal) }
            guard let index = people.firstIndex(where: { $0.id == id }) else {
                if kind.proof == .answer && kind.batchSize == 1 { continue }
                return .failure(.forbidden(message: "Access denied"))
            }
            switch kind {
            case .terminate, .reactivate:
                if people[index].isOwner { return .failure(.forbidden(message: "Access denied")) }
                people[index].status = kind == .terminate ? .terminated : .active
            case .setType(let type):
                guard !people[index].isOwner, people[index].type < type || people[index].type == .docSpaceAdmin else {
                    return .failure(.forbidden(message: "Access denied"))
                }
                people[index] = people[index].retyped(type)
            case .delete:
                break
            case .resendInvitation:
                guard people[index].status == .pending else { continue }
            case .signOut, .resetTwoFactor, .sendPasswordReset, .turnOffKeys, .deleteKeys:
                actedOn.append(id)
            case .setEmail(let email):
                people[index].email = email
                people[index].activationStatus = .notActivated
            case .addToGroup, .removeFromGroup:
                break
            case .setQuota(let limit):
                people[index].quotaLimit = limit.wireValue
                people[index].isCustomQuota = true
            case .resetQuota:
                people[index].quotaLimit = Self.defaultQuota
                people[index].isCustomQuota = false
            case .removeGuest:
                break
            }
            answer.append(people[index])
        }
        return kind.proof == .answer && kind.batchSize == 1 ? .accepted : .people(answer)
    }

    /// `DELETE people/guests`: every id checked before anyone is removed (`DeleteGuests`): a
    /// refusal, an unknown id or someone not a guest refuses the whole request.
    mutating func removeGuests(_ ids: [String]) -> BatchAnswer {
        for id in ids {
            if let refusal = refusals[id] { return .failure(refusal) }
            guard let person = people.first(where: { $0.id == id }), person.type == .guest else {
                return .failure(.forbidden(message: "Access denied"))
            }
        }
        actedOn += ids
        return .accepted
    }

    /// The server's membership routes: people one by one until a refusal; adding skips guests
    /// and disabled people without a word; the answer is the group read afterwards, which
    /// lists Active and Pending members only.
    mutating func changeMembership(_ kind: ChangeKind, _ group: GroupRef, _ ids: [String]) -> BatchAnswer {
        let adding = kind == .addToGroup(group)
        var cause: DocSpaceError?
        for id in ids {
            if let refusal = refusals[id] {
                cause = refusal
                break
            }
            guard let index = people.firstIndex(where: { $0.id == id }) else { continue }
            people[index].groups.removeAll { $0.id == group.id }
            if adding {
                guard people[index].status != .terminated, people[index].type != .guest else { continue }
                people[index].groups.append(PersonGroup(id: group.id, name: group.name))
            }
        }
        let listed = people.filter { person in
            person.status != .terminated && person.groups.contains { $0.id == group.id }
        }
        return .membership(
            listed: Dictionary(uniqueKeysWithValues: listed.map { ($0.id.lowercased(), $0) }), cause: cause)
    }

    func lookUp(_ ids: [String]) -> [Lookup] {
        ids.map { id in
            people.first(where: { $0.id == id }).map(Lookup.found) ?? .missing(id: id)
        }
    }

    func page(_ query: PeopleQuery) -> PeoplePage {
        var matches = people.filter { person in
            if let status = query.status, person.status != status { return false }
            if !query.types.isEmpty, !query.types.contains(person.type) { return false }
            // `withoutGroup` wins over `groupId`, as on the server.
            if query.withoutGroup { return person.groups.isEmpty }
            if let group = query.groupID, !person.groups.contains(where: { $0.id == group }) { return false }
            // The server's account type, seat and quota filters (`GetUserQueryForFilter`).
            if let login = query.accountLoginType {
                let personLogin: AccountLoginType = person.isSSO ? .sso : (person.isLDAP ? .ldap : .standard)
                if personLogin != login { return false }
            }
            if let payments = query.payments {
                let paid = person.type == .docSpaceAdmin || person.type == .roomAdmin
                if (payments == .paid) != paid { return false }
            }
            if let quota = query.quota, (quota == .custom) != (person.isCustomQuota == true) { return false }
            if query.area == .guests, person.type != .guest { return false }
            if query.area == .people, person.type == .guest { return false }
            if query.invitedByMe, person.createdBy?.id != People.owner.id { return false }
            if !query.invitedByMe, let inviter = query.inviterID, person.createdBy?.id != inviter { return false }
            if let text = query.text?.lowercased(), !text.isEmpty {
                let fields = [person.firstName ?? "", person.lastName ?? "", person.email ?? ""].map { $0.lowercased() }
                return text.split(separator: " ").allSatisfy { term in fields.contains { $0.contains(term) } }
            }
            return true
        }
        matches.sort { a, b in
            if query.sortBy == .usedSpace {
                let (x, y) = (a.usedSpace ?? 0, b.usedSpace ?? 0)
                return query.sortOrder == .ascending ? x < y : x > y
            }
            let (x, y): (String, String)
            switch query.sortBy {
            case .email: (x, y) = (a.email ?? "", b.email ?? "")
            case .type: (x, y) = (a.type.rawValue, b.type.rawValue)
            default: (x, y) = (a.displayName, b.displayName)
            }
            return query.sortOrder == .ascending ? x < y : x > y
        }
        let start = min(query.startIndex, matches.count)
        let end = min(start + query.count, matches.count)
        return PeoplePage(
            people: Array(matches[start..<end]), startIndex: query.startIndex,
            total: claimedTotal ?? matches.count)
    }

    /// `GET group`: names containing the text (lower-cased), sorted, one page.
    func groupPage(_ query: GroupQuery) -> GroupPage {
        var matches = groups.filter { group in
            guard let text = query.text?.lowercased(), !text.isEmpty else { return true }
            return group.name.lowercased().contains(text)
        }
        func before(_ a: Group, _ b: Group) -> Bool {
            switch query.sortBy {
            case .name: a.name < b.name
            case .head: (a.head?.firstName ?? "", a.name) < (b.head?.firstName ?? "", b.name)
            case .memberCount: (a.memberCount, a.name) < (b.memberCount, b.name)
            }
        }
        matches.sort { query.sortOrder == .ascending ? before($0, $1) : before($1, $0) }
        let start = min(query.startIndex, matches.count)
        let end = min(start + query.count, matches.count)
        return GroupPage(groups: Array(matches[start..<end]), startIndex: query.startIndex, total: matches.count)
    }
}
