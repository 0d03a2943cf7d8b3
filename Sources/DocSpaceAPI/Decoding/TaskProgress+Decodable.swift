/// `TaskProgress` from `TaskProgressResponseDto`. The server sends `"error": ""` on success,
/// which means the same as no error, so it becomes `nil`.
extension TaskProgress: Decodable {
    enum CodingKeys: String, CodingKey { case id, error, percentage, isCompleted, status }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let error = c.lenientString(.error).flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
        self.init(
            id: c.lenientString(.id) ?? "", error: error,
            percentage: Self.percentage(c),
            isCompleted: c.lenientBool(.isCompleted) ?? false,
            state: State(rawValue: c.lenientInt(.status) ?? 0))
    }

    /// 0…100 whatever the portal wrote: a fraction is cut, anything outside the range is
    /// clamped (converting a huge or non-finite number to `Int` would trap).
    private static func percentage(_ c: KeyedDecodingContainer<CodingKeys>) -> Int {
        if let whole = c.lenientInt(.percentage) { return min(100, max(0, whole)) }
        guard let value = c.lenientDouble(.percentage) else { return 0 }
        return Int(min(100, max(0, value)).rounded(.down))
    }
}
