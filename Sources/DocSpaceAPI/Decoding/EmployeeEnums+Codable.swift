import Foundation

/// Wire forms of the enums: `EmployeeStatus`/`ActivationStatus` are numbers (numeric strings
/// accepted), `EmployeeType` is a string name (a number accepted, as the server accepts both).

extension EmployeeStatus: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decodeLenientInt())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension ActivationStatus: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decodeLenientInt())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension EmployeeType: Codable {
    /// The wire name (any case) or the server's number; `All` (0) and unknown values fail.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            guard let type = EmployeeType(number: number) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown type \(number)")
            }
            self = type
            return
        }
        let name = try container.decode(String.self)
        let parsed =
            Int(name).flatMap(EmployeeType.init(number:))
            ?? EmployeeType.allCases.first { $0.rawValue.caseInsensitiveCompare(name) == .orderedSame }
        guard let parsed else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown type \(name)")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension SingleValueDecodingContainer {
    /// An integer written as a number or as a numeric string.
    func decodeLenientInt() throws -> Int {
        if let value = try? decode(Int.self) { return value }
        let text = try decode(String.self)
        guard let value = Int(text) else {
            throw DecodingError.dataCorruptedError(in: self, debugDescription: "not a number: \(text)")
        }
        return value
    }
}
