/// TEST DATA, not a realistic portal: people whose every text field carries what a terminal
/// would act on — OSC (window title, clipboard), DCS, CSI (clear screen, cursor moves, a
/// status request that makes the terminal type an answer), C0 and C1 controls, bidi
/// overrides, zero-width and combining characters, the U+FFFD that invalid UTF-8 decodes
/// to, bytes 0x80–0xFF as `\u00XX` escapes, and 10 KB strings. `demo-server --hostile-data`
/// (`PortalOptions.hostileData`) adds them, so tests can show that none of it reaches the
/// terminal from the TUI or the CLI's table, and that `--json` keeps every byte.
///
/// The real server's name rules would refuse most of these names; that is fine for a test
/// switch: text from a portal is untrusted whatever its rules are today (an old account, an
/// LDAP import, another client).
enum HostileCast {
    struct Member {
        var first: String
        var last: String
        var email: String
        var group: String
        var location: String
        var notes: String
        var phone: String
        var status: PortalEmployeeStatus = .active
    }

    static let esc = "\u{1B}", bel = "\u{07}", st = "\u{1B}\\"

    /// A long string (about 10 KB) that mixes text, wide characters and escape sequences.
    static let tenKilobytes = String(repeating: "Long李\u{1B}[31m", count: 1_100)

    static let members: [Member] = [
        Member(
            first: "Eve\(esc)]0;pwned-title\(bel)", last: "Osc\(esc)]2;owned\(st)",
            email: "osc\(esc)]0;mail-title\(bel)@example.net",
            group: "Group\(esc)]0;group-title\(bel)", location: "\(esc)]0;location-title\(bel)Riga",
            notes: "Title\(esc)]0;notes-title\(bel) and \(esc)]1;icon\(bel)", phone: "\(esc)]0;phone\(bel)"),
        Member(
            first: "Clip\(esc)]52;c;cHduZWQ=\(bel)", last: "Board\(esc)]52;p;cHduZWQ=\(st)",
            email: "clip\(esc)]52;c;cHduZWQ=\(bel)@example.net",
            group: "\(esc)P+q544e\(st)DCS group", location: "\(esc)P1$r0m\(st)",
            notes: "\(esc)]52;c;cHduZWQ=\(bel) clipboard \(esc)P+q544e\(st) dcs", phone: "\(esc)]52;c;eA==\(bel)",
            status: .terminated),
        Member(
            first: "\(esc)[2J\(esc)[HClear", last: "Screen\(esc)[31mRed\(esc)[0m\(esc)[999;999H",
            email: "csi\(esc)[2J@example.net",
            group: "\(esc)[?1049lAltScreen", location: "\(esc)[6nStatus",
            notes: "\(esc)[?25l hide cursor \(esc)[?1049l leave alt screen \(esc)c reset", phone: "\(esc)[5n"),
        Member(
            first: "Bell\(bel)\u{08}\r", last: "Del\u{7F}C1\u{9B}31m\u{85}\u{9D}",
            email: "c0\u{07}c1\u{9B}@example.net",
            group: "Tab\tNew\nLine", location: "\u{0}nul\u{1}soh\u{1A}sub",
            notes: "line one\r\nline two\u{1B}[Aup\u{0B}\u{0C}", phone: "\u{9C}\u{90}\u{9E}",
            status: .terminated),
        Member(
            first: "admin\u{202E}gpj.exe", last: "\u{2066}Iso\u{2069}\u{200B}Zw\u{FEFF}\u{200D}",
            email: "bidi\u{202E}moc.elpmaxe@example.net",
            group: "\u{202B}RTL\u{202C}\u{2067}group\u{2069}", location: "\u{0301}\u{0336}\u{0336}Combining",
            notes: "e" + String(repeating: "\u{0301}", count: 50) + " zalgo", phone: "\u{2060}\u{180E}\u{FFF9}"),
        Member(
            first: "Bad\u{FFFD}Bytes", last: "\u{00FF}\u{00FE}\u{00C3}\u{0080}",
            email: "utf8\u{FFFD}@example.net",
            group: "\u{FFFD}\u{FFFD} group", location: "\u{00C3}\u{00A9}\u{00FF}",
            notes: "\u{FFFD}\u{FFFD}\u{FFFD} invalid", phone: "\u{FFFD}"),
        Member(
            first: tenKilobytes, last: tenKilobytes, email: "long@example.net",
            group: tenKilobytes, location: tenKilobytes, notes: tenKilobytes, phone: tenKilobytes),
    ]
}
