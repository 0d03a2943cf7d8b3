import Foundation

/// Why a `--fault` spec string could not be read. Its description names the spec, the
/// problem and an example of the format.
public struct FaultSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    public var spec: String
    public var reason: String

    public init(spec: String, reason: String) {
        self.spec = spec
        self.reason = reason
    }

    public var description: String {
        "invalid fault \"\(spec)\": \(reason). Expected \"<METHOD> <path>: <fault> [times=N] [probability=P] [latency=MS]\", "
            + "e.g. \"GET /api/2.0/people/filter: status=503 times=2\"; faults: status=CODE, retry-after=S, "
            + "drop, malformed, truncated, error-body, expired-token"
    }
}

extension FaultSpecError: LocalizedError {
    public var errorDescription: String? { description }
}
