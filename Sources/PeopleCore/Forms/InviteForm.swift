import DocSpaceAPI

/// The invite dialog (`i`): addresses as typed or pasted (one or many, separated by spaces,
/// commas, semicolons or line breaks) and the type to invite them as. Each address is
/// checked as it is typed; nothing is sent while one is bad.
public struct InviteForm: Sendable, Equatable {
    public enum Field: Sendable, Equatable {
        case addresses, type
    }

    /// The raw text and its cursor: line breaks stay, so a pasted column of addresses looks
    /// like one.
    public var line = LineEditor(limit: InviteForm.longestText)
    /// The most characters the addresses take.
    public static let longestText = 64_000
    public var type: EmployeeType = .user
    public var focus: Field = .addresses
    /// Esc with something typed: "discard? y/N" is showing.
    public var confirmingDiscard = false
    /// Set when sending was refused: shown until the text changes.
    public var problem: String?
    /// The look-ups or the invitation are on their way.
    public var isSending = false
    public var me: Person

    public init(me: Person) { self.me = me }

    /// The raw text; setting it puts the cursor at its end.
    public var text: String {
        get { line.text }
        set { line = LineEditor(newValue, limit: Self.longestText) }
    }

    /// Invitations cannot make guests (the server answers 403): guests are added with `n`.
    public static let types: [EmployeeType] = [.docSpaceAdmin, .roomAdmin, .user]

    /// The addresses in the text, in order, without duplicates.
    public var addresses: [String] { PeopleInputRules.addresses(in: text) }

    /// Each address the server would refuse, with why. The last address while it is being
    /// typed (no separator after it yet) is not judged until it is finished or sent.
    public func badAddresses(includingUnfinished: Bool = false) -> [(address: String, problem: String)] {
        var all = addresses
        if !includingUnfinished, let last = text.unicodeScalars.last, !" ,;\n\r\t".unicodeScalars.contains(last),
            !all.isEmpty
        {
            all.removeLast()
        }
        return all.compactMap { address in
            PeopleInputRules.invitationAddressProblem(address).map { (address, $0) }
        }
    }

    public var typeProblem: String? { PeopleInputRules.typeProblem(type, me: me) }

    public var hasInput: Bool { !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// The line count of the text, for drawing.
    public var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
