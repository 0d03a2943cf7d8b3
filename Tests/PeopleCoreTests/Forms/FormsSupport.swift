import DocSpaceAPI
import Foundation

@testable import PeopleCore

/// Helpers for the add, invite and resend tests (Harness: pure update, answers by hand).
extension Harness {
    var addForm: AddPersonForm? {
        if case .addPerson(let form) = state.dialog { form } else { nil }
    }

    var inviteForm: InviteForm? {
        if case .invite(let form) = state.dialog { form } else { nil }
    }

    var addressReport: AddressReport? {
        if case .addressReport(let report) = state.dialog { report } else { nil }
    }

    var resendConfirmation: Confirmation? {
        if case .confirm(let confirmation) = state.dialog, confirmation.action.kind == .resendInvitation {
            confirmation
        } else {
            nil
        }
    }

    /// The oldest pending request the predicate picks.
    func pendingRequest(_ pick: (Request) -> Bool) -> (id: RequestID, request: Request)? {
        pending.first { pick($0.request) }
    }

    var audits: [AuditEntry] {
        effects.compactMap { if case .audit(let entry) = $0, entry.stage == .outcome { entry } else { nil } }
    }

    /// Types text into whatever has the focus, Enter for each line break (as a paste arrives).
    mutating func paste(_ text: String) {
        for c in text { send(.key(c == "\n" ? .enter : .character(c))) }
    }

    /// Everything a test could print about the app: the state, its dump, the effects.
    var everythingPrintable: String {
        var out = String(describing: state) + String(reflecting: state)
        var dump = ""
        Swift.dump(state, to: &dump)
        out += dump
        out += effects.map { String(describing: $0) + String(reflecting: $0) }.joined()
        let encoder = JSONEncoder()
        for entry in audits { out += String(decoding: (try? encoder.encode(entry)) ?? Data(), as: UTF8.self) }
        return out
    }
}

enum FormsPeople {
    static let pending = (100..<103).map { n in
        Person(
            id: "inv-\(n)", displayName: "inv\(n)@example.com", firstName: "", lastName: "",
            email: "inv\(n)@example.com", status: .pending, activationStatus: .pending, isCollaborator: true)
    }

    /// 20 active people and three pending invitees.
    static let people: [Person] = People.many(20) + pending

    static func created(_ draft: PersonDraft, id: String = "new-1", type: EmployeeType? = nil) -> Person {
        let type = type ?? draft.type
        return Person(
            id: id, displayName: "\(draft.firstName) \(draft.lastName)".trimmingCharacters(in: .whitespaces),
            firstName: draft.firstName, lastName: draft.lastName, email: draft.email.lowercased(),
            status: .active, activationStatus: .pending, isAdmin: type == .docSpaceAdmin,
            isRoomAdmin: type == .roomAdmin, isCollaborator: type == .user, isVisitor: type == .guest)
    }
}
