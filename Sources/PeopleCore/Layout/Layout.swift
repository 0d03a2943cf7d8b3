/// Where each part of the screen goes for a terminal size.
///
/// It lives in the view-model, not in the drawing code, because the view-model needs the
/// list's height for paging (PgDn moves by a screenful) and for deciding which pages to load.
public struct Layout: Sendable, Equatable {
    /// Below this the app shows "terminal too small" instead of a cramped, misleading screen.
    public static let minimumSize = TerminalSize(width: 60, height: 15)
    /// From this width on, list and detail sit side by side.
    public static let sideBySideWidth = 110
    /// Below `sideBySideWidth`, from this height on, the detail sits below the list;
    /// on smaller terminals it replaces the list while it has the focus.
    public static let stackedHeight = 32

    public enum Mode: Sendable, Equatable {
        case tooSmall
        case sideBySide
        case stacked
        /// Only one pane at a time: the focused one.
        case toggled
    }

    public var size: TerminalSize
    public var mode: Mode
    /// Row 0: app name, filters, position.
    public var titleBar: Rect
    /// The list pane including its column header row; `nil` when hidden.
    public var list: Rect?
    /// The detail pane including its heading row; `nil` when hidden.
    public var detail: Rect?
    /// The row above the status line: keys that apply, or the search / command field.
    public var actionBar: Rect
    /// The bottom row: portal, user, read-only badge, spinner, messages.
    public var statusLine: Rect

    public init(size: TerminalSize, focus: Pane) {
        self.size = size
        let w = size.width
        let h = size.height
        titleBar = Rect(x: 0, y: 0, width: w, height: 1)
        actionBar = Rect(x: 0, y: max(0, h - 2), width: w, height: 1)
        statusLine = Rect(x: 0, y: max(0, h - 1), width: w, height: 1)
        let bodyTop = 1
        let bodyHeight = max(0, h - 3)
        guard w >= Self.minimumSize.width, h >= Self.minimumSize.height else {
            mode = .tooSmall
            list = nil
            detail = nil
            return
        }
        if w >= Self.sideBySideWidth {
            mode = .sideBySide
            let listWidth = w * 55 / 100
            list = Rect(x: 0, y: bodyTop, width: listWidth, height: bodyHeight)
            // One column for the separator line.
            detail = Rect(x: listWidth + 1, y: bodyTop, width: w - listWidth - 1, height: bodyHeight)
        } else if h >= Self.stackedHeight {
            mode = .stacked
            let listHeight = bodyHeight / 2
            list = Rect(x: 0, y: bodyTop, width: w, height: listHeight)
            detail = Rect(x: 0, y: bodyTop + listHeight, width: w, height: bodyHeight - listHeight)
        } else {
            mode = .toggled
            let body = Rect(x: 0, y: bodyTop, width: w, height: bodyHeight)
            list = focus == .list ? body : nil
            detail = focus == .detail ? body : nil
        }
    }

    /// Rows available for people in the list (the pane minus its header row). Also the page
    /// step for PgUp/PgDn. When the list is hidden (toggled layout, detail focused) it is the
    /// height it would have.
    public var listRows: Int {
        if let list { return max(1, list.height - 1) }
        return max(1, size.height - 3 - 1)
    }

    /// Rows available for the detail text (the pane minus its heading row).
    public var detailRows: Int {
        if let detail { return max(1, detail.height - 1) }
        return max(1, size.height - 3 - 1)
    }
}

/// Which pane has the keyboard.
public enum Pane: Sendable, Equatable {
    case list
    case detail
}
