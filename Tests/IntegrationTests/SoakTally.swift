import DocSpaceAPI
import Foundation

/// Calls counted by outcome (success, or the `DocSpaceError` class) and by operation, plus
/// anything that broke a promise.
struct SoakTally: Sendable {
    private(set) var counts: [String: [String: Int]] = [:]
    var violations: [String] = []

    mutating func record(operation: SoakWorker.Operation, outcome: String) {
        counts[outcome, default: [:]][operation.rawValue, default: 0] += 1
    }

    mutating func merge(_ other: SoakTally) {
        for (outcome, byOperation) in other.counts {
            for (operation, count) in byOperation { counts[outcome, default: [:]][operation, default: 0] += count }
        }
        violations += other.violations
    }

    func total(_ outcome: String) -> Int { counts[outcome]?.values.reduce(0, +) ?? 0 }
    var calls: Int { counts.values.flatMap(\.values).reduce(0, +) }
    var failures: Int { calls - total("success") }

    static func className(of error: DocSpaceError) -> String {
        switch error {
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "notFound"
        case .badRequest: "badRequest"
        case .paymentRequired: "paymentRequired"
        case .rateLimited: "rateLimited"
        case .server(let status, _): "server \(status)"
        case .transport: "transport"
        case .dropped: "dropped"
        case .timeout: "timeout"
        case .decoding: "decoding"
        case .cancelled: "cancelled"
        }
    }

    /// Outcome × operation, most frequent outcome first.
    var table: String {
        let operations = SoakWorker.Operation.allCases.map(\.rawValue)
        let outcomes = counts.keys.sorted { total($0) != total($1) ? total($0) > total($1) : $0 < $1 }
        func row(_ cells: [String]) -> String {
            cells.enumerated().map {
                $0.offset == 0
                    ? $0.element.padding(toLength: 22, withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: max(0, 8 - $0.element.count)) + $0.element
            }.joined()
        }
        var lines = [row(["outcome", "total"] + operations)]
        for outcome in outcomes {
            lines.append(row([outcome, String(total(outcome))] + operations.map { String(counts[outcome]?[$0] ?? 0) }))
        }
        lines.append(
            row(
                ["all calls", String(calls)]
                    + operations.map { op in
                        String(counts.values.compactMap { $0[op] }.reduce(0, +))
                    }))
        return lines.joined(separator: "\n")
    }
}
