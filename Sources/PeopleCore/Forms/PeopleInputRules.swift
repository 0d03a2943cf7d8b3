import DocSpaceAPI

/// The checks the portal applies to a new person, mirrored so the form can say what is wrong
/// while the admin types instead of after a round trip. The server stays the judge: whatever
/// it answers is shown too. Same rules as the stand-in's `PeopleRules` (which follow the real
/// server: `core:username:regex`, `[EmailAddress]`, the default password policy).
public enum PeopleInputRules {
    /// The most characters the server stores in a name or an e-mail.
    public static let maximumLength = 255
    /// The shortest password any portal takes (`web:password:min`, the floor of every policy).
    public static let minimumPasswordLength = 8
    /// The longest password any portal takes (`PasswordSettingsManager.MaxLength`).
    public static let maximumPasswordLength = 30

    /// Why a first or last name would be refused, or `nil`. The server's pattern is
    /// `^[\p{L}\p{M}' \-]+$`: letters of any script, combining marks, apostrophe, space, hyphen.
    public static func nameProblem(_ name: String, required: Bool) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return required ? "Required" : nil }
        if trimmed.count > maximumLength { return "At most \(maximumLength) characters" }
        if let bad = trimmed.unicodeScalars.first(where: { !isNameScalar($0) }) {
            return "Letters, spaces, ' and - only (not “\(visible(bad))”)"
        }
        return nil
    }

    /// Why an e-mail address would be refused, or `nil`: one `@`, a plain local part, a dotted
    /// domain whose top-level part has at least two letters.
    public static func emailProblem(_ email: String) -> String? {
        let email = email.trimmingCharacters(in: .whitespaces)
        if email.isEmpty { return "Required" }
        if email.count > maximumLength { return "At most \(maximumLength) characters" }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count < 2 ? "Needs an @" : "Only one @" }
        let local = parts[0]
        let domain = parts[1]
        if local.isEmpty { return "Nothing before the @" }
        if domain.isEmpty { return "Nothing after the @" }
        if let bad = local.first(where: { !localCharacters.contains($0) }) {
            return "“\(visible(bad))” is not allowed before the @"
        }
        if local.hasPrefix(".") || local.hasSuffix(".") { return "Cannot start or end with a dot before the @" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "The domain needs a dot (example.com)" }
        if labels.contains(where: { $0.isEmpty }) { return "Empty part in the domain" }
        if let bad = domain.first(where: { !domainCharacters.contains($0) && $0 != "." }) {
            return "“\(visible(bad))” is not allowed in the domain"
        }
        if labels.contains(where: { $0.hasPrefix("-") || $0.hasSuffix("-") }) {
            return "A domain part cannot start or end with -"
        }
        let top = labels.last!
        if top.count < 2 || !top.allSatisfy(\.isLetter) { return "The domain must end in letters (.com, .org)" }
        return nil
    }

    /// Why an invitation to an address would be refused, or `nil`: the e-mail rules, and no
    /// label in punycode (`xn--…`). `POST people/invite` compares each address with its
    /// international form (`TestEmailPunyCode`) and refuses one that differs ("Incorrect
    /// email") after inviting the addresses before it, so such an address is caught here,
    /// before anything is sent.
    public static func invitationAddressProblem(_ email: String) -> String? {
        if let problem = emailProblem(email) { return problem }
        let labels = email.lowercased().split(whereSeparator: { $0 == "." || $0 == "@" })
        if labels.contains(where: { $0.hasPrefix("xn--") }) {
            return "The portal does not invite an address with a punycode (xn--) part"
        }
        return nil
    }

    /// Why a password would be refused whatever the portal's policy, or `nil`; empty means
    /// "let the portal generate one". `PasswordSettingsManager.CheckPassword` takes the
    /// password trimmed, 8 to 30 UTF-16 units of printable ASCII without spaces
    /// (`[\x21-\x7E]`). What a portal's policy adds (a longer minimum, a capital, a digit, a
    /// special character; some portals also drop `'-/=[\]`|`) is not readable through the
    /// People API: the portal's refusal, in its words, lands on this field instead.
    public static func passwordProblem(_ password: Password) -> String? {
        let text = password.revealed.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return password.isEmpty ? nil : "Only spaces: type a password, or leave empty" }
        if let bad = text.unicodeScalars.first(where: { !(0x21...0x7E).contains($0.value) }) {
            return bad == " "
                ? "No spaces (the portal refuses them)"
                : "Latin letters, digits and symbols only (not “\(visible(bad))”)"
        }
        let length = text.utf16.count
        if length < minimumPasswordLength {
            return "At least \(minimumPasswordLength) characters (the portal's policy may ask for more), or leave empty"
        }
        if length > maximumPasswordLength { return "At most \(maximumPasswordLength) characters (the portal's limit)" }
        return nil
    }

    /// Why `me` may not give someone this type, or `nil`. Owner: any type; DocSpace admin:
    /// room admins and below; room admin: users and guests.
    public static func typeProblem(_ type: EmployeeType, me: Person) -> String? {
        switch type {
        case .docSpaceAdmin:
            me.isOwner ? nil : "Only the portal owner can add DocSpace admins"
        case .roomAdmin:
            me.isOwner || me.isAdmin ? nil : "Only DocSpace admins can add room admins"
        case .user, .guest:
            me.isOwner || me.isAdmin || me.isRoomAdmin ? nil : "Users and guests cannot add people"
        }
    }

    /// Splits what was typed or pasted into addresses: spaces, commas, semicolons and line
    /// breaks separate them; duplicates (ignoring case) are dropped, the first kept.
    public static func addresses(in text: String) -> [String] {
        // By scalar: "\r\n" is one `Character`, and must still separate.
        let separators: Set<Unicode.Scalar> = [" ", ",", ";", "\n", "\r", "\t"]
        var seen = Set<String>()
        var out: [String] = []
        for part in text.unicodeScalars.split(whereSeparator: { separators.contains($0) }) {
            let address = String(String.UnicodeScalarView(part))
            if seen.insert(address.lowercased()).inserted { out.append(address) }
        }
        return out
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "'" || scalar == " " || scalar == "-" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")
    private static let domainCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    /// A character named in a message without letting a control character through.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            ? "U+" + String(scalar.value, radix: 16, uppercase: true) : String(scalar)
    }

    private static func visible(_ character: Character) -> String {
        character.unicodeScalars.count == 1 ? visible(character.unicodeScalars.first!) : String(character)
    }
}
