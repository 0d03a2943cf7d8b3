#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line written to stderr if the process dies of a trap or a fault while the fuzz test runs,
/// naming the input being read — a crash ends the test process, so without this the seed
/// that reproduces it would be lost.
///
/// The text lives in a fixed buffer and is written with `write(2)` alone, which is safe in a
/// signal handler; the handler then restores the previous disposition and lets the signal
/// take its course.
enum FuzzCrashNote {
    private static let capacity = 512
    nonisolated(unsafe) private static let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var length = 0
    nonisolated(unsafe) private static var previous: [(Int32, (@convention(c) (Int32) -> Void)?)] = []
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Installs the handlers (the fuzz test calls this once, before its first input).
    static func install() {
        previous = signals.map { number in
            (
                number,
                signal(number) { caught in
                    FuzzCrashNote.emit()
                    _ = signal(caught, SIG_DFL)
                    raise(caught)
                }
            )
        }
    }

    /// Puts the previous handlers back.
    static func uninstall() {
        for (number, handler) in previous { _ = signal(number, handler) }
        previous = []
        length = 0
    }

    /// What to print on a crash from now on.
    static func set(_ text: String) {
        let bytes = Array(("\nFUZZ CRASH while reading " + text + "\n").utf8.prefix(capacity))
        bytes.withUnsafeBufferPointer { source in
            buffer.update(from: source.baseAddress!, count: bytes.count)
        }
        length = bytes.count
    }

    private static func emit() {
        guard length > 0 else { return }
        _ = write(2, buffer, length)
    }
}
