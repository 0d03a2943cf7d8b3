import CNCurses
import Foundation
import PeopleCore

/// The real screen: ncursesw on the window `newterm` made. Only the terminal owner creates it,
/// on the main actor, which is the one thread that ever touches curses.
@MainActor
final class NcursesScreen: Screen {
    /// How styles become attributes: colours when the terminal has them and `NO_COLOR` is not
    /// set, attributes alone otherwise (nothing depends on colour to be understood).
    enum Palette {
        case colour
        case monochrome
    }

    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var buffer: [wchar_t] = []
    /// No UTF-8 locale on the host: only ASCII can be drawn (`AsciiStandIn`).
    private let asciiOnly: Bool

    init(window: UnsafeMutablePointer<WINDOW>, palette: Palette, asciiOnly: Bool) {
        self.window = window
        self.palette = palette
        self.asciiOnly = asciiOnly
    }

    var size: TerminalSize {
        TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Colour pair numbers for the roles.
    static func pair(for role: Style.Role) -> Int16 {
        switch role {
        case .normal, .muted: 0
        case .accent: 1
        case .success: 2
        case .warning: 3
        case .danger: 4
        }
    }

    /// Sets up the colour pairs; default colours where the terminal allows them.
    static func startColours() -> Palette {
        guard !NoColor.isRequested, has_colors() else { return .monochrome }
        guard start_color() == OK else { return .monochrome }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let foreground: [Style.Role: Int16] = [
            .accent: Int16(COLOR_CYAN), .success: Int16(COLOR_GREEN),
            .warning: Int16(COLOR_YELLOW), .danger: Int16(COLOR_RED),
        ]
        for (role, colour) in foreground {
            init_pair(pair(for: role), colour, background)
        }
        return .colour
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attrs = cn_a_normal()
        if style.bold { attrs |= cn_a_bold() }
        if style.reverse { attrs |= cn_a_reverse() }
        if style.underline { attrs |= cn_a_underline() }
        if style.dim || style.role == .muted { attrs |= cn_a_dim() }
        switch palette {
        case .colour:
            return (attrs, Self.pair(for: style.role))
        case .monochrome:
            // Without colour, the roles that carry meaning get weight instead.
            if style.role == .danger || style.role == .warning || style.role == .accent { attrs |= cn_a_bold() }
            return (attrs, 0)
        }
    }

    func put(_ text: String, style: Style, y: Int, x: Int) {
        let (attrs, pair) = attributes(for: style)
        wattr_set(window, attrs, pair, nil)
        buffer.removeAll(keepingCapacity: true)
        for scalar in (asciiOnly ? AsciiStandIn.text(text) : text).unicodeScalars {
            buffer.append(wchar_t(bitPattern: scalar.value))
        }
        buffer.append(0)
        _ = buffer.withUnsafeBufferPointer { mvwaddwstr(window, Int32(y), Int32(x), $0.baseAddress) }
        wattr_set(window, cn_a_normal(), 0, nil)
    }

    func erase(_ rect: Rect) {
        let size = self.size
        if rect.x == 0 && rect.y == 0 && rect.width >= size.width && rect.height >= size.height {
            werase(window)
            return
        }
        let blank = String(repeating: " ", count: max(0, rect.width))
        for y in rect.y..<rect.maxY { put(blank, style: .plain, y: y, x: rect.x) }
    }

    func placeCursor(y: Int, x: Int) {
        wmove(window, Int32(y), Int32(x))
    }

    func refresh() {
        wnoutrefresh(window)
        doupdate()
    }

    /// After a resize or a suspend the terminal's picture cannot be trusted: repaint it all.
    func forceFullRepaint() {
        clearok(window, true)
    }
}

/// https://no-color.org: a non-empty `NO_COLOR` turns colour off.
enum NoColor {
    static var isRequested: Bool {
        guard let value = ProcessInfo.processInfo.environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }
}
