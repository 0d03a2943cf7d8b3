/// `TaskProgress` from `TaskProgressResponseDto`. The server sends `"error": ""` on success,
/// which means the same as no error, so it becomes `nil`.
extension TaskProgress: Decodable {
    enum CodingKeys: String, CodingKey { case id, error, percentage, isCompleted, status }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let error = c.lenientString(.error).flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
        self.init(id: c.lenientString(.id) ?? "", error: error,
                  percentage: c.lenientInt(.percentage) ?? Int(c.lenientDouble(.percentage) ?? 0),
                  isCompleted: c.lenientBool(.isCompleted) ?? false,
                  state: State(rawValue: c.lenientInt(.status) ?? 0))
    }
}
