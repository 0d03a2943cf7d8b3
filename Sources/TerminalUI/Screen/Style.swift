/// How a cell looks. Colour is a role, not a colour: the ncurses screen maps roles to colour
/// pairs, or to attributes alone under `NO_COLOR` and on monochrome terminals, so nothing
/// depends on colour to be understood.
public struct Style: Hashable, Sendable {
    public enum Role: Hashable, Sendable, CaseIterable {
        case normal, accent, success, warning, danger, muted
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        _ role: Role = .normal, bold: Bool = false, reverse: Bool = false,
        underline: Bool = false, dim: Bool = false
    ) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let muted = Style(.muted, dim: true)
    public static let selected = Style(reverse: true)

    public func with(bold: Bool? = nil, reverse: Bool? = nil, dim: Bool? = nil) -> Style {
        var s = self
        if let bold { s.bold = bold }
        if let reverse { s.reverse = reverse }
        if let dim { s.dim = dim }
        return s
    }
}
