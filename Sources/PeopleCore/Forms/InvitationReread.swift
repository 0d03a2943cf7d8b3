import DocSpaceAPI

/// What an invited address shows after the portal refused the invitation or its answer was
/// lost. The portal invites one address after the other and stops at the first it refuses,
/// so a pending person at an address was invited; no one there, or someone not pending, was
/// not. The terminal UI and the command line report these words alike.
public enum InvitationReread {
    /// The result of `address`, from its re-read (`nil`: not read back).
    public static func result(
        _ address: String, _ lookup: EmailLookup?, type: EmployeeType, cause: DocSpaceError
    ) -> AddressResult {
        let why = reason(cause)
        switch lookup {
        case .found(_, let person) where person.status == .pending:
            return AddressResult(
                email: address, outcome: .done,
                detail: "invited as \(type.displayName) (pending): a re-read shows them, after: \(why)",
                personID: person.id)
        case .found(_, let person):
            return AddressResult(
                email: address, outcome: .failed,
                detail: "\(why); a re-read shows them \(person.status.displayName.lowercased()), not invited",
                personID: person.id)
        case .missing, nil:
            return AddressResult(email: address, outcome: .failed, detail: why)
        case .failed(_, let error):
            return unread(address, cause: cause, error: error)
        }
    }

    /// The result of an address whose re-read failed with `error`.
    public static func unread(_ address: String, cause: DocSpaceError, error: DocSpaceError) -> AddressResult {
        AddressResult(
            email: address, outcome: .failed,
            detail: "outcome unknown: \(reason(cause)), and the re-read failed (\(ErrorText.explain(error)))")
    }

    static func reason(_ cause: DocSpaceError) -> String {
        cause.isUnclear ? "no clear answer (\(ErrorText.explain(cause)))" : "refused: \(ErrorText.explain(cause))"
    }
}
