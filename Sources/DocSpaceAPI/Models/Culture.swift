/// The language of an invitation (`POST people/invite`'s `culture`: the e-mail's language and
/// the new person's), as a culture name the way .NET writes them: a language of two or three
/// letters, then optional parts of two to eight letters or digits (`en-US`, `de`, `pt-BR`,
/// `sr-Latn-RS`). Checked here so that a typo is refused before anything is sent; which
/// cultures a portal has enabled is the portal's to say.
public struct Culture: Sendable, Hashable, CustomStringConvertible {
    public let name: String

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.dropFirst().allSatisfy({ part in
                (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            })
        else { return nil }
        name = text
    }

    public var description: String { name }

    /// What a refusal says after the text refused.
    public static let expected = "is not a culture name like en-US, de or pt-BR"
}
