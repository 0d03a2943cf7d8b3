import Foundation

/// The soak's size, from the environment so that CI runs a short one and `scripts/soak` the
/// full 10,000:
///
/// - `DOCSPACE_SOAK_REQUESTS`: client calls in all (default 1,000: a few seconds);
/// - `DOCSPACE_SOAK_SEED`: the seed of the operation mix and of the portal's faults;
/// - `DOCSPACE_SOAK_WORKERS`: calls in flight at once (default 4, as the app pages in parallel);
/// - `DOCSPACE_SOAK_FAULTS`: `all` (default), `none`, or fault keys such as `drop,timeout`;
/// - `DOCSPACE_SOAK_ONLY`: one operation for every call (`list`, `person`, `email`, `@self`,
///   `status`) instead of the mix.
///
/// The first `warmUp` calls (a tenth, at least half of them up to 1,000) settle caches,
/// connections and the allocator before memory is measured.
struct SoakSettings: Sendable {
    var requests: Int
    var seed: UInt64
    var workers: Int
    var faults: String
    var only: SoakWorker.Operation?

    static var current: SoakSettings {
        let environment = ProcessInfo.processInfo.environment
        return SoakSettings(
            requests: environment["DOCSPACE_SOAK_REQUESTS"].flatMap { Int($0) }.map { max(100, $0) } ?? 1_000,
            seed: environment["DOCSPACE_SOAK_SEED"].flatMap { UInt64($0) } ?? 2_026,
            workers: environment["DOCSPACE_SOAK_WORKERS"].flatMap { Int($0) }.map { min(max(1, $0), 32) } ?? 4,
            faults: environment["DOCSPACE_SOAK_FAULTS"] ?? "all",
            only: environment["DOCSPACE_SOAK_ONLY"].flatMap(SoakWorker.Operation.init(rawValue:)))
    }

    var warmUp: Int { max(requests / 10, min(1_000, requests / 2)) }

    /// A bound only a hang reaches (a healthy call takes milliseconds).
    var timeLimitMinutes: Int { 3 + requests / 2_000 }
}
