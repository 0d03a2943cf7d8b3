import DocSpaceAPI
import Foundation
import PeopleTestSupport

/// A portal that works like the real server where the stand-in cannot produce a refusal: it
/// changes the people of a request one by one and stops at the first it refuses (those before
/// it are changed), and answers a resend or a sign-out for a refused person with the refusal.
final class PartialPortal: ScriptedPeopleClient, @unchecked Sendable {
    static let me = Person(
        id: "owner", displayName: "Olga Owner", email: "owner@example.com", isOwner: true, isAdmin: true)
    static let refusal = DocSpaceError.forbidden(message: "Access denied: the portal says no")

    private let lock = NSLock()
    private var people: [Person]
    /// Ids the portal refuses to change.
    let refused: Set<String>
    private(set) var signedOut: [String] = []
    /// The addresses a password-reset e-mail went to, in order.
    private(set) var mailed: [String] = []

    init(_ people: [Person], refusing refused: Set<String>) {
        self.people = people
        self.refused = refused
    }

    /// Six people, p0…p5 (ids id-0…id-5).
    static func person(_ n: Int, status: EmployeeStatus) -> Person {
        Person(
            id: "id-\(n)", displayName: "Person \(n)", userName: "user\(n)", email: "p\(n)@example.com",
            status: status, activationStatus: status == .pending ? .pending : .activated, isCollaborator: true)
    }

    func current(_ id: String) -> Person? { lock.withLock { people.first { $0.id == id } } }

    /// Changes each id in turn; the first refused one stops the request with the refusal.
    private func each(_ ids: [String], _ change: (inout Person) -> Void) throws -> [Person] {
        try lock.withLock {
            var answered: [Person] = []
            for id in ids {
                if refused.contains(id) { throw Self.refusal }
                guard let index = people.firstIndex(where: { $0.id == id }) else { continue }
                change(&people[index])
                answered.append(people[index])
            }
            return answered
        }
    }

    func me() async throws -> Person { Self.me }

    func people(_ query: PeopleQuery) async throws -> PeoplePage {
        let all = lock.withLock { [Self.me] + people }
        let page = Array(all.dropFirst(query.startIndex).prefix(query.count))
        return PeoplePage(people: page, startIndex: query.startIndex, total: all.count)
    }

    /// By id or by user name, as `GET people/{id}` answers.
    func person(id: String) async throws -> Person {
        if id == Self.me.id { return Self.me }
        guard let person = current(id) ?? lock.withLock({ people.first { $0.userName == id } }) else {
            throw DocSpaceError.notFound(message: "The user could not be found")
        }
        return person
    }

    func person(email: String) async throws -> Person {
        guard let person = lock.withLock({ people.first { $0.email == email } }) else {
            throw DocSpaceError.notFound(message: "The user could not be found")
        }
        return person
    }

    func resendInvitations(ids: [String]) async throws -> [Person] {
        // One request for all: a refusal answers the whole request.
        if ids.contains(where: refused.contains) { throw Self.refusal }
        return ids.compactMap(current)
    }

    func setStatus(_ status: EmployeeStatus, ids: [String]) async throws -> [Person] {
        try each(ids) { $0.status = status }
    }

    func upgradeType(_ type: EmployeeType, ids: [String]) async throws -> [Person] {
        try each(ids) {
            $0.isRoomAdmin = type == .roomAdmin
            $0.isCollaborator = type == .user
        }
    }

    func delete(id: String) async throws -> Person {
        try await delete(ids: [id]).first ?? { throw DocSpaceError.notFound(message: nil) }()
    }

    func delete(ids: [String]) async throws -> [Person] {
        try lock.withLock {
            var gone: [Person] = []
            for id in ids {
                if refused.contains(id) { throw Self.refusal }
                if let index = people.firstIndex(where: { $0.id == id }) { gone.append(people.remove(at: index)) }
            }
            return gone
        }
    }

    func reassignNecessary(userId: String) async throws -> Bool { false }

    func signOutEverywhere(userId: String) async throws {
        if refused.contains(userId) { throw Self.refusal }
        lock.withLock { signedOut.append(userId) }
    }

    func resetTwoFactor(userId: String) async throws {
        if refused.contains(userId) { throw Self.refusal }
        lock.withLock { signedOut.append(userId) }
    }

    /// By address, as `POST people/password` takes it; `mailed` keeps the addresses.
    func sendPasswordReset(email: String) async throws -> String {
        guard let person = lock.withLock({ people.first { $0.email == email } }) else {
            throw DocSpaceError.forbidden(message: "The user with \"\(email)\" email could not be found")
        }
        if refused.contains(person.id) { throw Self.refusal }
        lock.withLock { mailed.append(email) }
        return "The password change instruction has been sent to \(email) email address."
    }
}
