/// Enum values in query strings and route segments, bound like ASP.NET's `EnumConverter`:
/// a name in any case or its number. Anything else is a validation 400.
enum WireEnum {
    /// `EmployeeStatus` as a flag mask: Active 1, Terminated 2, Pending 4, Default 5, All 7.
    static func employeeStatusMask(_ text: String) -> Int? {
        switch text.lowercased() {
        case "active": return 1
        case "terminated": return 2
        case "pending": return 4
        case "default": return 5
        case "all": return 7
        default:
            guard let number = Int(text), (1...7).contains(number) else { return nil }
            return number
        }
    }

    /// `EmployeeType`: 0 (All) reads as `.some(nil)`.
    static func employeeType(_ text: String) -> PortalEmployeeType?? {
        if text.lowercased() == "all" || text == "0" { return .some(nil) }
        if let number = Int(text) { return PortalEmployeeType(rawValue: number).map { .some($0) } }
        return PortalEmployeeType.allCases.first { $0.wireName.lowercased() == text.lowercased() }.map { .some($0) }
    }

    static func activationStatus(_ text: String) -> PortalActivationStatus? {
        switch text.lowercased() {
        case "notactivated": return .notActivated
        case "activated": return .activated
        case "pending": return .pending
        default: return Int(text).flatMap(PortalActivationStatus.init(rawValue:))
        }
    }

    /// A named enum whose names map to 0, 1, 2…: `names` in order.
    static func indexed(_ text: String, names: [String]) -> Int? {
        if let index = names.firstIndex(where: { $0.lowercased() == text.lowercased() }) { return index }
        guard let number = Int(text), names.indices.contains(number) else { return nil }
        return number
    }

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }
}
