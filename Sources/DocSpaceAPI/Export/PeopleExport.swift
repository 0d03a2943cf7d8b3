/// The two ways people leave the app as a file: `docspace-people list --csv|--json` and the
/// terminal UI's export. They live here, next to the model they serialize, so that both front
/// ends write the very same bytes (the CLI and the TUI sit side by side above this layer).
public enum PeopleExportFormat: String, Sendable, CaseIterable, Equatable {
    case csv, json

    /// "CSV", "JSON".
    public var label: String { rawValue.uppercased() }

    /// The file name's extension, without the dot.
    public var fileExtension: String { rawValue }
}

/// CSV as `list --csv` prints it: a header line, then one line per person (RFC 4180, with
/// formula-looking fields defused by `CSVText.field`).
public enum PeopleCSV {
    public static let header = [
        "id", "displayName", "firstName", "lastName", "email", "userName", "type",
        "status", "activationStatus", "department", "location", "registrationDate",
    ]

    /// One person's line, without the line break.
    public static func line(_ p: Person) -> String {
        CSVText.line([
            p.id, p.displayName, p.firstName ?? "", p.lastName ?? "", p.email ?? "", p.userName ?? "",
            p.type.rawValue, p.status.routeName, String(p.activationStatus.rawValue),
            p.department ?? "", p.location ?? "", p.registrationDate?.text ?? "",
        ])
    }

    /// The header and every person, lines joined by `\n` (no final line break).
    public static func document(_ people: [Person]) -> String {
        var lines = [CSVText.line(header)]
        lines.reserveCapacity(people.count + 1)
        for person in people { lines.append(line(person)) }
        return lines.joined(separator: "\n")
    }
}

/// Builds an export page by page, so a portal of 100,000 people is held once, as the text
/// being written, and never also as a list of `Person`s.
///
/// `finish()` returns exactly what `docspace-people list --all --csv|--json` prints into a
/// file or a pipe for the same pages: the same CSV lines or pretty JSON array, the line break
/// the CLI adds after a document,
/// and each person once (a person who moved between pages while they were fetched is kept
/// where first seen, as `collectAllPeople` does).
public struct PeopleExportWriter: Sendable {
    public let format: PeopleExportFormat
    /// People written so far.
    public private(set) var count = 0
    private var seen: Set<String> = []
    /// The UTF-8 written since the last drain: bytes, so a page of JSON is handed on as it was
    /// written, never checked and copied into a `String` on the way to standard output.
    private var bytes: [UInt8] = []
    /// A person `JSONEncoder` would refuse (a non-finite number): the CLI then prints `null`.
    private var refused = false

    public init(format: PeopleExportFormat) {
        self.format = format
        switch format {
        case .csv: bytes = Array(CSVText.line(PeopleCSV.header).utf8)
        case .json: bytes = Array("[".utf8)
        }
    }

    /// Adds the people of one page, in order, skipping any already written.
    public mutating func append(_ people: [Person]) {
        // JSON: one writer for the page, turned into text once (not once per person).
        var page = PrettyJSONWriter(elementsAtDepth: 1, afterElements: count > 0, capacity: 0)
        // Through the buffer, not `for person in people` nor `people[index]`: both hand out a
        // copy of each person (a retain and a release of each of its ~15 strings), while the
        // buffer's element is read in place.
        people.withUnsafeBufferPointer { people in
            for index in people.indices where seen.insert(people[index].id).inserted {
                switch format {
                case .csv:
                    bytes.append(UInt8(ascii: "\n"))
                    bytes.append(contentsOf: PeopleCSV.line(people[index]).utf8)
                case .json:
                    guard PersonJSON.isEncodable(people[index]) else {
                        refused = true
                        continue
                    }
                    if page.bytes.isEmpty { page.reserve(1_400 * 100) }
                    page.element()
                    PersonJSON.write(people[index], to: &page)
                }
                count += 1
            }
        }
        if !page.bytes.isEmpty {
            if bytes.isEmpty { bytes = page.bytes } else { bytes.append(contentsOf: page.bytes) }
        }
    }

    /// A person whose JSON cannot be written (a non-finite number) was met: the whole output
    /// is `null`, as `JSONEncoder` would have it, so a stream of it must stop.
    public var hasRefused: Bool { refused }

    /// The bytes written since the last drain (or the start), handed over and forgotten: the
    /// CLI prints each page as it comes instead of holding 100,000 people's worth of text.
    /// `finishBytes()` then returns only the rest.
    public mutating func drain() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// The whole file (or, after `drain()`, the rest of it), as UTF-8.
    public consuming func finishBytes() -> [UInt8] {
        switch format {
        case .csv:
            bytes.append(UInt8(ascii: "\n"))
        case .json:
            if refused { return Array("null\n".utf8) }
            // `JSONEncoder`'s empty array is "[\n\n]"; a full one ends "\n]".
            bytes.append(contentsOf: (count == 0 ? "\n\n]\n" : "\n]\n").utf8)
        }
        return bytes
    }

    /// The whole file as text (the terminal UI's export).
    public consuming func finish() -> String {
        String(decoding: finishBytes(), as: UTF8.self)
    }
}
