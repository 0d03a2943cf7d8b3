import Foundation

/// A moment in .NET ticks (100 ns) since the Unix epoch, so dates keep the seven fractional
/// digits the real server writes and the demo data can be fully deterministic.
struct PortalInstant: Sendable, Hashable, Comparable {
    var ticks: Int64

    static let ticksPerSecond: Int64 = 10_000_000

    static func now() -> PortalInstant {
        PortalInstant(ticks: Int64((Date().timeIntervalSince1970 * 1e7).rounded()))
    }

    static func < (lhs: PortalInstant, rhs: PortalInstant) -> Bool { lhs.ticks < rhs.ticks }

    func adding(seconds: Int64) -> PortalInstant {
        PortalInstant(ticks: ticks + seconds * Self.ticksPerSecond)
    }
}
