import Foundation

/// Input checks the real server applies when people are created or renamed.
enum PeopleRules {
    /// `core:username:regex` = `^[\p{L}\p{M}' \-]+$`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
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
        guard parts[0].allSatisfy({ localAllowed.contains($0) }), !parts[0].hasPrefix("."), !parts[0].hasSuffix(".")
        else {
            return false
        }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else {
            return false
        }
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        guard labels.allSatisfy({ $0.allSatisfy { labelAllowed.contains($0) } }) else { return false }
        return labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// `StringExtension.TestEmailRegex`: the trimmed address matches the server's strict
    /// pattern (a dotted local part or a quoted one; a bracketed IPv4 or a dotted domain
    /// whose last label has two letters or more). `POST people/invite` checks it.
    static func matchesEmailRegex(_ email: String) -> Bool {
        let trimmed = email.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return false }
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        return strictEmail.firstMatch(in: trimmed, range: range) != nil
    }

    // A constant pattern: it compiles, or no test of the stand-in would pass.
    // swift-format-ignore: NeverUseForceTry
    private static let strictEmail = try! NSRegularExpression(
        pattern:
            #"^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$"#
    )

    /// `StringExtension.TestEmailPunyCode`: a part of the address whose IDN form differs
    /// from its Unicode form — a label in punycode (`xn--…`) or a non-ASCII character — is
    /// refused by `POST people/invite` ("Incorrect email").
    static func isPunycode(_ email: String) -> Bool {
        if email.unicodeScalars.contains(where: { !$0.isASCII }) { return true }
        return email.lowercased().split(whereSeparator: { $0 == "." || $0 == "@" }).contains { $0.hasPrefix("xn--") }
    }

    /// `PasswordSettingsManager.CheckPassword`: `nil` when `password` passes `policy`,
    /// otherwise the server's own message (`GetPasswordHelpMessage`), answered with 400.
    static func passwordProblem(_ password: String, policy: PasswordPolicy) -> String? {
        let length = password.utf16.count
        let scalars = password.unicodeScalars
        let printable = scalars.allSatisfy { (0x21...0x7E).contains($0.value) }
        let special: (Unicode.Scalar) -> Bool = { scalar in
            switch scalar.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
            default: false
            }
        }
        let matchesPattern =
            printable && length >= policy.minimumLength && length <= PasswordPolicy.maximumLength
            && (!policy.requiresUpperCase || scalars.contains { ("A"..."Z").contains($0) })
            && (!policy.requiresDigits || scalars.contains { ("0"..."9").contains($0) })
            && (!policy.requiresSpecialCharacters || scalars.contains(where: special))
        // `CheckLengthInRange` also applies the configured floor, whatever the settings say.
        let inRange = length >= PasswordPolicy.configuredMinimum && length <= PasswordPolicy.maximumLength
        if matchesPattern && inRange { return nil }
        var message =
            "Password must contain from \(policy.minimumLength) to \(PasswordPolicy.maximumLength) characters, only latin letters, no spaces"
        if policy.requiresUpperCase { message += ", capital letters" }
        if policy.requiresDigits { message += ", digits" }
        if policy.requiresSpecialCharacters { message += ", special characters" }
        return message
    }
}
