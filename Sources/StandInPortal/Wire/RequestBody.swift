/// A JSON request body bound like ASP.NET binds a `[FromBody]` DTO: member names match
/// case-insensitively, numbers may arrive as strings (`AllowReadingFromString`), enums by
/// name (any case) or number, and a value of the wrong shape is a validation 400 whose key is
/// the JSON path, as System.Text.Json reports it.
struct RequestBody: Sendable {
    let object: JSONObject

    init(_ bytes: [UInt8]) throws {
        let requiredIssue = ValidationIssue(key: "inDto", message: "The inDto field is required.")
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw PortalError.validation([
                ValidationIssue(key: "", message: "A non-empty request body is required."), requiredIssue,
            ])
        }
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw PortalError.validation([
                ValidationIssue(
                    key: error.path,
                    message:
                        "The JSON is invalid. Path: \(error.path) | LineNumber: 0 | BytePositionInLine: \(error.bytePosition)."
                ),
                requiredIssue,
            ])
        }
        guard let object = json.objectValue else {
            throw PortalError.validation([
                ValidationIssue(
                    key: "$",
                    message:
                        "The JSON value could not be converted to the request type. Path: $ | LineNumber: 0 | BytePositionInLine: 1."
                ),
                requiredIssue,
            ])
        }
        self.object = object
    }

    init(object: JSONObject) {
        self.object = object
    }

    private func conversionError(_ key: String, _ type: String) -> PortalError {
        .validation([
            ValidationIssue(
                key: "$.\(key)",
                message:
                    "The JSON value could not be converted to \(type). Path: $.\(key) | LineNumber: 0 | BytePositionInLine: 0."
            ),
            ValidationIssue(key: "inDto", message: "The inDto field is required."),
        ])
    }

    private func value(_ key: String) -> JSON? {
        guard let value = object.value(ignoringCase: key), !value.isNull else { return nil }
        return value
    }

    /// A member as it came, for a `JsonElement` the server reads itself (`TryGetInt64`).
    func element(_ key: String) -> JSON? { value(key) }

    func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let s) = value else { throw conversionError(key, "System.String") }
        return s
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let b) = value else { throw conversionError(key, "System.Boolean") }
        return b
    }

    func int(_ key: String) throws -> Int? {
        guard let value = value(key) else { return nil }
        switch value {
        case .int(let i): return Int(i)
        case .string(let s): if let i = Int(s) { return i }
        default: break
        }
        throw conversionError(key, "System.Int32")
    }

    func guid(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let s) = value, let guid = GUID.normalize(s) else {
            throw conversionError(key, "System.Guid")
        }
        return guid
    }

    /// A list of GUIDs (`userIds`); a malformed element is a validation 400.
    func guids(_ key: String) throws -> [String]? {
        guard let value = value(key) else { return nil }
        guard case .array(let items) = value else {
            throw conversionError(key, "System.Collections.Generic.List`1[System.Guid]")
        }
        return try items.enumerated().map { index, item in
            guard case .string(let s) = item, let guid = GUID.normalize(s) else {
                throw conversionError("\(key)[\(index)]", "System.Guid")
            }
            return guid
        }
    }

    /// `EmployeeType` by name or number; `All`/0 reads as `nil` (no type given).
    func employeeType(_ key: String) throws -> PortalEmployeeType? {
        guard let value = value(key) else { return nil }
        switch value {
        case .int(let i):
            if i == 0 { return nil }
            if let type = PortalEmployeeType(rawValue: Int(i)) { return type }
        case .string(let s):
            if let number = Int(s) {
                if number == 0 { return nil }
                if let type = PortalEmployeeType(rawValue: number) { return type }
            } else if s.lowercased() == "all" {
                return nil
            } else if let type = PortalEmployeeType.allCases.first(where: { $0.wireName.lowercased() == s.lowercased() }
            ) {
                return type
            }
        default: break
        }
        throw conversionError(key, "ASC.Core.Users.EmployeeType")
    }

    func array(_ key: String) throws -> [JSON]? {
        guard let value = value(key) else { return nil }
        guard case .array(let items) = value else { throw conversionError(key, "System.Collections.Generic.List`1") }
        return items
    }
}
