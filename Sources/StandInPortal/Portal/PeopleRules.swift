/// Input checks the real server applies when people are created or renamed.
enum PeopleRules {
    /// `core:username:regex` = `^[\p{L}\p{M}' \-]+$`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            if scalar == "'" || scalar == " " || scalar == "-" { return true }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark:
                return true
            default:
                return false
            }
        }
    }

    /// First name required and valid, last name empty or valid, each at most 255 characters.
    static func areValidNames(first: String, last: String) -> Bool {
        first.count <= 255 && last.count <= 255 && isValidName(first) && (last.isEmpty || isValidName(last))
    }

    /// An address the server's e-mail check accepts: one `@`, a plain local part and a dotted
    /// domain with a top-level domain of at least two letters.
    static func isValidEmail(_ email: String) -> Bool {
        guard email.count <= 255 else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")
        guard parts[0].allSatisfy({ localAllowed.contains($0) }), !parts[0].hasPrefix("."), !parts[0].hasSuffix(".") else {
            return false
        }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else { return false }
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        guard labels.allSatisfy({ $0.allSatisfy { labelAllowed.contains($0) } }) else { return false }
        return labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// The portal's default password policy: at least 8 characters.
    static let minimumPasswordLength = 8
}
