import Foundation

/// What the process sets up first, before any argument is parsed or any token read.
public enum ProcessHardening {
    public static func apply() {
        disableCoreDumps()
    }

    /// A crash's core file would hold the token or API key in clear, readable by whoever can
    /// read the core (often a shared crash folder). No core file, then.
    static func disableCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
    }
}
