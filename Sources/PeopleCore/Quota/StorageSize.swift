import DocSpaceAPI
import Foundation

/// Sizes as people type and read them: `500 MB`, `2GB`, `1.5 GB`, `none`. Binary units, as
/// DocSpace counts storage: 1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes, 1 GB = 1,024 MB,
/// 1 TB = 1,024 GB. A unit is required (a bare number would be bytes to some and megabytes to
/// others); `B` says bytes.
public enum StorageSize {
    /// The units, smallest first, with their number of bytes.
    static let units: [(name: String, bytes: Int64)] = [
        ("B", 1), ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("TB", 1 << 40),
    ]
    /// The words for no limit.
    static let noLimitWords: Set<String> = ["none", "no limit", "nolimit", "unlimited"]

    /// What the user typed, as a limit; the error says what is wrong and what would do.
    public static func parse(_ text: String) throws(StorageSizeError) -> StorageLimit {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if typed.isEmpty { throw .empty }
        if noLimitWords.contains(typed.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")) {
            return .noLimit
        }
        if typed.hasPrefix("-") { throw .negative(text) }
        let number = typed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unitText = String(typed.dropFirst(number.count)).trimmingCharacters(in: .whitespacesAndNewlines)
            .uppercased()
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard !number.isEmpty, parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])) else {
            throw .notASize(text)
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber), fraction.count <= 6 else { throw .notASize(text) }
        if unitText.isEmpty { throw .noUnit(text) }
        let unitName = unitText.hasSuffix("IB") ? String(unitText.dropLast(2)) + "B" : unitText
        guard let unit = units.first(where: { $0.name == unitName || $0.name.dropLast() == unitName }) else {
            throw .unknownUnit(unitText)
        }
        let (wholeBytes, overflow) = whole.multipliedReportingOverflow(by: unit.bytes)
        if overflow { throw .tooLarge(text) }
        var fractionBytes: Int64 = 0
        if let digits = Int64(fraction), digits > 0 {
            var scale: Int64 = 1
            for _ in fraction { scale *= 10 }
            // Whole bytes only: 1.5 KB is 1,536 bytes, 0.0001 KB is none.
            fractionBytes = digits * unit.bytes / scale
        }
        let (bytes, sumOverflow) = wholeBytes.addingReportingOverflow(fractionBytes)
        if sumOverflow { throw .tooLarge(text) }
        return .bytes(bytes)
    }

    /// `500 MB`, `1.5 GB`, `no limit`: the largest unit the size reaches, at most two decimals.
    public static func text(_ limit: StorageLimit) -> String {
        switch limit {
        case .noLimit: return "no limit"
        case .bytes(let bytes): return text(bytes: bytes)
        }
    }

    public static func text(bytes: Int64) -> String {
        let unit = units.last { bytes >= $0.bytes } ?? units[0]
        let hundredths = (Double(bytes) / Double(unit.bytes) * 100).rounded()
        let whole = Int64(hundredths) / 100
        let cents = Int64(hundredths) % 100
        if cents == 0 { return "\(whole) \(unit.name)" }
        let decimals = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
        return "\(whole).\(decimals) \(unit.name)"
    }

    /// The units as `--help` and the size dialog say them.
    public static let help =
        "a size with a unit: 500 MB, 2GB, 1.5 GB (binary units: 1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes, 1 GB = 1,024 MB), or none for no limit"
}

/// Why a typed size is not one.
public enum StorageSizeError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case negative(String)
    case notASize(String)
    case noUnit(String)
    case unknownUnit(String)
    case tooLarge(String)

    public var description: String {
        switch self {
        case .empty: "No size given: type one such as 500 MB, 2 GB, or none for no limit."
        case .negative(let text): "\(text) is negative: a quota is 0 or more; none means no limit."
        case .notASize(let text): "\(text) is not a size: type a number and a unit, such as 500 MB or 1.5 GB."
        case .noUnit(let text): "\(text) has no unit: say B, KB, MB, GB or TB (500 MB, 2 GB)."
        case .unknownUnit(let unit): "\(unit) is not a unit: use B, KB, MB, GB or TB (binary: 1 MB = 1,048,576 bytes)."
        case .tooLarge(let text): "\(text) is too large."
        }
    }
}
