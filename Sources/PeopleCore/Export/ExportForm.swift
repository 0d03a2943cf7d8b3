import DocSpaceAPI

/// The open export dialog: the format, the file's path, and — once Enter was pressed — how
/// far the fetching of every page has come.
public struct ExportForm: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// The admin picks the format and edits the path.
        case editing
        /// Every page of the view is being fetched.
        case fetching(RequestID, fetched: Int, total: Int?)
        /// Every page is in; the file is being written (it cannot be stopped).
        case writing
    }

    public var format: PeopleExportFormat
    /// The path field: its text and cursor.
    public var pathLine: LineEditor
    /// The path; setting it puts the cursor at its end.
    public var path: String {
        get { pathLine.text }
        set { pathLine = LineEditor(newValue, limit: Self.longestPath) }
    }
    /// The longest path the field takes.
    public static let longestPath = 1_024
    /// The query of the view when the dialog opened: search, filters and sort.
    public var query: PeopleQuery
    /// What the view shows, in words ("Status: Active │ Search: kim"), for the dialog.
    public var viewDescription: String
    public var phase: Phase = .editing
    /// Why the last attempt failed, in words.
    public var problem: String?

    public init(format: PeopleExportFormat, path: String, query: PeopleQuery, viewDescription: String) {
        self.format = format
        pathLine = LineEditor(path, limit: Self.longestPath)
        self.query = query
        self.viewDescription = viewDescription
    }

    /// Tab: the other format; a path that still ends in the old extension follows.
    mutating func switchFormat() {
        let old = format
        format = format == .csv ? .json : .csv
        let suffix = "." + old.fileExtension
        if path.hasSuffix(suffix) {
            path = String(path.dropLast(suffix.count)) + "." + format.fileExtension
        }
    }

    /// `docspace-people-work-20261129-071500.csv`: what was exported, from where, and when,
    /// sorting by time in a folder listing.
    static func defaultFileName(portal: String, at time: WallClock.Civil, format: PeopleExportFormat) -> String {
        "docspace-people-\(slug(portal))-\(time.compactStamp).\(format.fileExtension)"
    }

    /// The portal's name as a file-name word: letters, digits, `.`, `_` and `-` only.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let ok =
                (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || scalar == "." || scalar == "_" || scalar == "-"
            if ok { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        while out.hasPrefix("-") || out.hasPrefix(".") { out.removeFirst() }
        return out.isEmpty ? "portal" : String(out.prefix(60))
    }
}

/// The result of fetching an export: the whole file, and how many people it holds.
public struct ExportedPeople: Sendable, Equatable {
    public var contents: String
    public var count: Int

    public init(contents: String, count: Int) {
        self.contents = contents
        self.count = count
    }
}
