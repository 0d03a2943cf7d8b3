import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The character handling the terminal UI runs with. Over a plain SSH login the locale is
/// often POSIX (`LANG` unset, `C`, or a forwarded `en_US.UTF-8` the host lacks), whose
/// character set is ASCII: ncursesw then drew names blank or cut. So at start, when the
/// locale's character set is not UTF-8, the app switches its character handling (`LC_CTYPE`)
/// to a UTF-8 locale the host has — `C.UTF-8` is on every modern Linux — and says so; when
/// there is none it draws ASCII stand-ins (`AsciiStandIn`). Typed text is decoded from its
/// UTF-8 bytes by the app itself (`InputDecoder`) in every case, and the portal's text is
/// never changed. `DOCSPACE_ASCII=1` asks for the stand-ins whatever the locale, for a
/// terminal that cannot show UTF-8.
enum TerminalLocale: Equatable {
    /// The locale's own character set is UTF-8.
    case utf8
    /// `LC_CTYPE` was switched to the locale `to`; `why` says what was wrong with the one
    /// asked for ("the locale's ANSI_X3.4-1968 is not UTF-8").
    case switched(why: String, to: String)
    /// No UTF-8 locale exists on this host: the screen draws ASCII stand-ins.
    case asciiOnly(codeset: String)
    /// `DOCSPACE_ASCII` asked for ASCII stand-ins; the locale is left as it is.
    case asciiRequested

    /// UTF-8 locales to try, most neutral first (`C.UTF-8` changes nothing but characters).
    static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8"]

    /// Sets the locale from the environment (`setlocale(LC_ALL, "")`), then `LC_CTYPE` to
    /// UTF-8 where it is not. Call before ncurses starts: it reads the locale once.
    static func adopt(
        candidates: [String] = candidates,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalLocale {
        let installed = setlocale(LC_ALL, "") != nil
        if let ascii = environment["DOCSPACE_ASCII"], !ascii.isEmpty, ascii != "0" { return .asciiRequested }
        let codeset = currentCodeset
        guard !isUTF8(codeset) else { return .utf8 }
        // A forwarded `en_US.UTF-8` the host lacks leaves the C locale: say which was asked for.
        let asked = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        let why =
            installed || asked == nil
            ? "the locale's \(codeset) is not UTF-8"
            : "the locale \(asked ?? "") is not installed"
        for name in candidates where setlocale(LC_CTYPE, name) != nil {
            if isUTF8(currentCodeset) { return .switched(why: why, to: name) }
        }
        setlocale(LC_ALL, "")
        return .asciiOnly(codeset: codeset)
    }

    static var currentCodeset: String {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: name)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let folded = codeset.lowercased().replacingOccurrences(of: "-", with: "")
        return folded == "utf8"
    }

    /// Whether the screen must draw ASCII stand-ins.
    var drawsAsciiOnly: Bool {
        switch self {
        case .utf8, .switched: false
        case .asciiOnly, .asciiRequested: true
        }
    }

    /// What the status line says at start; `nil` when there is nothing to say.
    var notice: String? {
        switch self {
        case .utf8:
            nil
        case .switched(let why, let name):
            "Characters as \(name): \(why)"
        case .asciiOnly(let codeset):
            "No UTF-8 locale here (\(codeset)): ? stands for other characters"
        case .asciiRequested:
            "DOCSPACE_ASCII: ? stands for other characters"
        }
    }
}
