import Foundation

/// The fuzz run's size and seed, from the environment so that CI runs a small count and
/// `scripts/fuzz` the full one:
///
/// - `DOCSPACE_FUZZ_ITERATIONS`: inputs to try (default 5,000: a few seconds);
/// - `DOCSPACE_FUZZ_SEED`: the run seed (decimal or `0x…`), which fixes every input;
/// - `DOCSPACE_FUZZ_REPLAY`: one input seed (as printed on a failure) to run alone, verbosely.
struct FuzzSettings: Sendable {
    var iterations: Int
    var runSeed: UInt64
    var replay: UInt64?

    static let defaultIterations = 5_000
    static let defaultSeed: UInt64 = 0x5EED_2026

    static var current: FuzzSettings {
        let environment = ProcessInfo.processInfo.environment
        return FuzzSettings(
            iterations: environment["DOCSPACE_FUZZ_ITERATIONS"].flatMap { Int($0) }.map { max(1, $0) }
                ?? defaultIterations,
            runSeed: environment["DOCSPACE_FUZZ_SEED"].flatMap(number) ?? defaultSeed,
            replay: environment["DOCSPACE_FUZZ_REPLAY"].flatMap(number))
    }

    /// A bound that only a hang reaches: about 100 times the time a healthy input needs.
    var timeLimitMinutes: Int { 2 + iterations / 10_000 }

    static func number(_ text: String) -> UInt64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasPrefix("0x") { return UInt64(trimmed.dropFirst(2), radix: 16) }
        return UInt64(trimmed)
    }
}
