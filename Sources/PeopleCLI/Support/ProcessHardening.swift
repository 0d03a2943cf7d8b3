import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What the process sets up first, before any argument is parsed or any token read.
public enum ProcessHardening {
    public static func apply() {
        disableCoreDumps()
        keepFoundationStoresOutOfHome()
    }

    /// A crash's core file would hold the token or API key in clear, readable by whoever can
    /// read the core (often a shared crash folder). No core file, then.
    static func disableCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
    }

    /// Foundation makes its shared cookie store and URL cache the first time any
    /// `URLSessionConfiguration` is made — even one that then uses neither — and they create `~/.local/share/<program>` and `~/.cache/org.swift.foundation.URLCache/<program>`
    /// (root's, in the user's home, under `sudo -E`; 0777 under umask 000). They are made once
    /// here with `XDG_DATA_HOME` and `XDG_CACHE_HOME` at `/dev/null`, under which no folder
    /// can be created, while no other thread runs; the variables are then put back.
    static func keepFoundationStoresOutOfHome() {
        let names = ["XDG_DATA_HOME", "XDG_CACHE_HOME"]
        let saved = names.map { name in getenv(name).map { String(cString: $0) } }
        for name in names { setenv(name, "/dev/null", 1) }
        _ = URLSessionConfiguration.default
        for (name, value) in zip(names, saved) {
            if let value { setenv(name, value, 1) } else { unsetenv(name) }
        }
    }
}
