import DocSpaceAPI
import Foundation
import PeopleCore

/// The configuration file: named portal profiles in a small, strict subset of TOML.
///
/// ```toml
/// default_profile = "work"
///
/// [profiles.work]
/// url = "https://work.onlyoffice.com"
/// token_file = "~/.config/docspace-people/tokens/work.token"
/// read_only = true
/// culture = "de-DE"   # the language of invitations; absent: the portal's own
///
/// [keys]                 # your keys: action = key, or a list of keys
/// terminate = "x"
/// page_down = ["PgDn", "Ctrl-D"]
///
/// [views.sales]          # a saved view: list's flags and the columns (`ViewKey`)
/// status = "active"
/// columns = ["name", "email", "storage"]
/// ```
///
/// Only what the file needs is understood: `[profiles.NAME]` and `[views.NAME]` tables, one `[keys]` table,
/// `key = "string"`, `["a", "b"]` lists of strings (in `[keys]` only), `true`/`false`,
/// integers and `#` comments. Anything else is an error that names the line,
/// rather than something silently ignored — a typo in `read_only` must not make a session
/// writable. A key given twice in one table is an error too: with "the last one wins", a
/// second `read_only = false` further down silently made a read-only profile writable.
public struct ConfigFile: Sendable, Equatable {
    public var defaultProfile: String?
    public var profiles: [String: Profile]
    /// The keys in force: the standard table with `[keys]` applied and checked
    /// (`KeyTable.overridden(by:)`), so a file with a bad binding does not parse.
    public var keys: KeyTable
    /// `[views.NAME]` tables: saved views (`ViewKey` lists their settings).
    public var views: [String: SavedView] = [:]

    public init(defaultProfile: String? = nil, profiles: [String: Profile] = [:], keys: KeyTable = .standard) {
        self.defaultProfile = defaultProfile
        self.profiles = profiles
        self.keys = keys
    }

    /// One portal: where it is, where its token lives, whether changes are allowed.
    public struct Profile: Sendable, Equatable {
        public var name: String
        public var url: String?
        public var tokenFile: String?
        public var readOnly: Bool
        public var timeout: Double?
        /// The language of the invitations sent from this profile; `nil`: the portal's own.
        public var culture: Culture?

        public init(
            name: String, url: String? = nil, tokenFile: String? = nil,
            readOnly: Bool = false, timeout: Double? = nil, culture: Culture? = nil
        ) {
            self.name = name
            self.url = url
            self.tokenFile = tokenFile
            self.readOnly = readOnly
            self.timeout = timeout
            self.culture = culture
        }
    }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case integer(Int)
        /// `["PgDn", "Ctrl-D"]`: a list of strings.
        case strings([String])
        /// Not a value at all (e.g. an unquoted word); the key decides what to say about it.
        case malformed(String)
    }

    public static func parse(_ text: String) throws(ParseError) -> ConfigFile {
        var config = ConfigFile()
        var section: Section = .top
        var firstSeen: [String: Int] = [:]  // key → line, in the current table
        var overrides: [KeyOverride] = []
        var keysHeader: Int?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), !line.hasPrefix("[[") else {
                    throw ParseError(line: lineNumber, reason: "a table header must look like [profiles.NAME]")
                }
                let header = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                if header == "keys" {
                    if let first = keysHeader {
                        throw ParseError(
                            line: lineNumber, reason: "[keys] is given twice (first on line \(first)); keep one")
                    }
                    keysHeader = lineNumber
                    section = .keys
                    firstSeen = [:]
                    continue
                }
                if header.hasPrefix("views.") {
                    let name = try viewName(header, line: lineNumber)
                    guard config.views[name] == nil else {
                        throw ParseError(line: lineNumber, reason: "view \"\(name)\" is defined twice")
                    }
                    config.views[name] = SavedView()
                    section = .view(name)
                    firstSeen = [:]
                    continue
                }
                guard header.hasPrefix("profiles.") else {
                    throw ParseError(
                        line: lineNumber,
                        reason:
                            "unknown table [\(header)]; only [profiles.NAME] and [views.NAME] tables and [keys] are allowed"
                    )
                }
                var name = String(header.dropFirst("profiles.".count))
                if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                    name = String(name.dropFirst().dropLast())
                }
                guard !name.isEmpty, !name.contains(where: { $0 == "[" || $0 == "]" }) else {
                    throw ParseError(line: lineNumber, reason: "a profile needs a name: [profiles.NAME]")
                }
                guard config.profiles[name] == nil else {
                    throw ParseError(line: lineNumber, reason: "profile \"\(name)\" is defined twice")
                }
                config.profiles[name] = Profile(name: name)
                section = .profile(name)
                firstSeen = [:]
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(line: lineNumber, reason: "expected key = value")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            if let first = firstSeen[key] {
                throw ParseError(
                    line: lineNumber,
                    reason:
                        "\(key) is set twice in \(section.name) (first on line \(first)); keep one"
                )
            }
            firstSeen[key] = lineNumber
            let value = try parseValue(
                line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces), line: lineNumber)
            switch section {
            case .profile(let profileName):
                try assign(key, value, to: &config.profiles[profileName]!, line: lineNumber)
            case .keys:
                overrides.append(try keyOverride(key, value, line: lineNumber))
            case .view(let name):
                do {
                    try ViewKey.assign(key, value, to: &config.views[name]!)
                } catch {
                    throw ParseError(line: lineNumber, reason: error.reason)
                }
            case .top:
                guard key == "default_profile" else {
                    throw ParseError(
                        line: lineNumber, reason: "unknown setting \"\(key)\" (top level knows only default_profile)")
                }
                guard case .string(let name) = value else {
                    throw ParseError(line: lineNumber, reason: "default_profile must be a string")
                }
                config.defaultProfile = name
            }
        }
        do {
            config.keys = try KeyTable.standard.overridden(by: overrides)
        } catch {
            throw ParseError(line: error.line, reason: error.reason)
        }
        if let name = config.defaultProfile, config.profiles[name] == nil {
            throw ParseError(line: 0, reason: "default_profile \"\(name)\" has no [profiles.\(name)] table")
        }
        return config
    }

    /// The file with every relative `token_file` taken from `folder` (the config file's own),
    /// not from wherever the command happens to run.
    public func resolvingPaths(against folder: String) -> ConfigFile {
        var resolved = self
        for (name, profile) in profiles {
            guard let file = profile.tokenFile, !file.hasPrefix("/"), !file.hasPrefix("~") else { continue }
            resolved.profiles[name]?.tokenFile = (folder as NSString).appendingPathComponent(file)
        }
        return resolved
    }

    private static func assign(_ key: String, _ value: Value, to profile: inout Profile, line: Int) throws(ParseError) {
        switch (key, value) {
        case ("url", .string(let s)): profile.url = s
        case ("token_file", .string(let s)): profile.tokenFile = s
        case ("read_only", .bool(let b)): profile.readOnly = b
        case ("timeout", .integer(let n)) where n > 0: profile.timeout = Double(n)
        case ("culture", .string(let s)):
            guard let culture = Culture(s) else {
                throw ParseError(line: line, reason: "culture \"\(s)\" \(Culture.expected)")
            }
            profile.culture = culture
        case ("culture", _):
            throw ParseError(line: line, reason: "culture must be a quoted string like \"en-US\"")
        case ("url", _), ("token_file", _):
            throw ParseError(line: line, reason: "\(key) must be a quoted string")
        case ("read_only", _):
            throw ParseError(line: line, reason: "read_only must be true or false")
        case ("timeout", _):
            throw ParseError(line: line, reason: "timeout must be a whole number of seconds above 0")
        case ("token", _), ("password", _), ("api_key", _), ("apikey", _):
            throw ParseError(
                line: line,
                reason:
                    "secrets do not belong in the config file; use token_file (mode 0600) or `docspace-people login`")
        default:
            throw ParseError(
                line: line,
                reason: "unknown profile setting \"\(key)\" (known: url, token_file, read_only, timeout, culture)")
        }
    }

    /// Which table the lines belong to.
    private enum Section {
        case top
        case profile(String)
        case keys
        case view(String)

        var name: String {
            switch self {
            case .top: "the top level"
            case .profile(let name): "[profiles.\(name)]"
            case .keys: "[keys]"
            case .view(let name): "[views.\(name)]"
            }
        }
    }

    /// `views.NAME` or `views."NAME"` → NAME.
    static func viewName(_ header: String, line: Int) throws(ParseError) -> String {
        var name = String(header.dropFirst("views.".count))
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
            name = String(name.dropFirst().dropLast())
        }
        guard !name.isEmpty, !name.contains(where: { $0 == "[" || $0 == "]" || $0 == "\"" }) else {
            throw ParseError(line: line, reason: "a view needs a name: [views.NAME]")
        }
        return name
    }

    /// `action = "key"` or `action = ["key", "key"]` in `[keys]`; the names are checked with
    /// the whole table (`KeyTable.overridden(by:)`).
    private static func keyOverride(_ action: String, _ value: Value, line: Int) throws(ParseError) -> KeyOverride {
        switch value {
        case .string(let key): return KeyOverride(action: action, keys: [key], line: line)
        case .strings(let keys): return KeyOverride(action: action, keys: keys, line: line)
        case .bool, .integer, .malformed:
            throw ParseError(
                line: line,
                reason:
                    "\(action) takes a quoted key or a list of them: \(action) = \"x\" or \(action) = [\"x\", \"F2\"]")
        }
    }

    static func parseValue(_ text: String, line: Int) throws(ParseError) -> Value {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = Int(text) { return .integer(number) }
        if text.hasPrefix("[") { return try parseStrings(text, line: line) }
        return try parseString(text, line: line)
    }

    /// `["a", "b"]`: quoted strings between commas; a trailing comma is allowed, as in TOML.
    private static func parseStrings(_ text: String, line: Int) throws(ParseError) -> Value {
        guard text.hasSuffix("]") else { return .malformed(text) }
        var rest = Substring(text.dropFirst().dropLast())
        var strings: [String] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty { break }
            guard rest.first == "\"" else { return .malformed(text) }
            // The closing quote: the first one not escaped.
            var end = rest.index(after: rest.startIndex)
            var escaped = false
            while end < rest.endIndex {
                if escaped {
                    escaped = false
                } else if rest[end] == "\\" {
                    escaped = true
                } else if rest[end] == "\"" {
                    break
                }
                end = rest.index(after: end)
            }
            guard end < rest.endIndex else { return .malformed(text) }
            guard case .string(let string) = try parseString(String(rest[...end]), line: line) else {
                return .malformed(text)
            }
            strings.append(string)
            rest = rest[rest.index(after: end)...].drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty { break }
            guard rest.first == "," else { return .malformed(text) }
            rest = rest.dropFirst()
        }
        return .strings(strings)
    }

    private static func parseString(_ text: String, line: Int) throws(ParseError) -> Value {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return .malformed(text) }
        var result = ""
        var escaping = false
        for character in text.dropFirst().dropLast() {
            if escaping {
                switch character {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: throw ParseError(line: line, reason: "unknown escape \\\(character)")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                throw ParseError(line: line, reason: "unexpected quote inside a string")
            } else {
                result.append(character)
            }
        }
        if escaping { throw ParseError(line: line, reason: "a string ends with a lone backslash") }
        return .string(result)
    }

    /// Drops a `#` comment that is not inside a quoted string.
    static func stripComment(_ line: String) -> String {
        var inString = false
        var escaped = false
        for (offset, character) in line.enumerated() {
            if escaped {
                escaped = false
                continue
            }
            if character == "\\" && inString {
                escaped = true
                continue
            }
            if character == "\"" { inString.toggle() }
            if character == "#" && !inString { return String(line.prefix(offset)) }
        }
        return line
    }
}
