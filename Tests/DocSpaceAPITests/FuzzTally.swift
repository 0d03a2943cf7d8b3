import DocSpaceAPI
import Foundation

/// What a fuzz run saw: inputs, values, failures by class, violations with their reports,
/// and the largest and slowest inputs (printed, never asserted: no timing assertions).
struct FuzzTally: Sendable {
    var inputs = 0
    var decoded = 0
    var typedFailures = 0
    var failuresByClass: [String: Int] = [:]
    var decodedByOperation: [String: Int] = [:]
    var violations: [String] = []
    var violationCount = 0
    var largestBody = 0
    var slowest: (seconds: Double, seed: UInt64) = (0, 0)

    static let keptViolations = 10

    mutating func record(_ verdict: FuzzOracle.Verdict, for input: FuzzInput, seconds: Double) {
        inputs += 1
        largestBody = max(largestBody, input.response.body.count)
        if seconds > slowest.seconds { slowest = (seconds, input.seed) }
        switch verdict {
        case .decoded:
            decoded += 1
            decodedByOperation[input.operation.rawValue, default: 0] += 1
        case .failed(let error):
            typedFailures += 1
            failuresByClass[Self.className(of: error), default: 0] += 1
        case .violation(let reason):
            violationCount += 1
            if violations.count < Self.keptViolations { violations.append("\(reason)\n\(input.report)") }
        }
    }

    /// `badRequest`, `server 502`, … — the table's rows.
    static func className(of error: DocSpaceError) -> String {
        switch error {
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "notFound"
        case .badRequest: "badRequest"
        case .paymentRequired: "paymentRequired"
        case .rateLimited: "rateLimited"
        case .server(let status, _): (500..<600).contains(status) ? "server \(status)" : "server (other status)"
        case .transport: "transport"
        case .dropped: "dropped"
        case .timeout: "timeout"
        case .decoding: "decoding"
        case .cancelled: "cancelled"
        }
    }

    func summary(runSeed: UInt64, seconds: Double) -> String {
        let classes = failuresByClass.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "    \($0.key): \($0.value)" }.joined(separator: "\n")
        let operations = decodedByOperation.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", ")
        return """
            fuzz: \(inputs) inputs (run seed \(FuzzInput.hex(runSeed))) in \(String(format: "%.2f", seconds)) s \
            (\(String(format: "%.0f", Double(inputs) / max(seconds, 0.001))) inputs/s)
              decoded: \(decoded) (\(operations))
              typed failures (DocSpaceError): \(typedFailures)
            \(classes)
              violations: \(violationCount)
              largest body: \(largestBody) bytes; slowest input: \(String(format: "%.1f", slowest.seconds * 1000)) ms \
            (seed \(FuzzInput.hex(slowest.seed)))
            """
    }
}
