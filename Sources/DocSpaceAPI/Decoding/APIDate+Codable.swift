import Foundation

extension APIDate {
    /// Keeps `text` as given and parses it; `date` is `nil` when the text is not a date this
    /// client understands (a bad date must never make a whole person unreadable).
    public init(parsing text: String) {
        self.init(text: text, date: APIDateParser.date(from: text))
    }
}

extension APIDate: Codable {
    /// Reads the wire's string. Also reads the `{utcTime, timeZoneOffset}` object that the
    /// official OpenAPI spec describes (but the server does not send), using its `utcTime`.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer(), let text = try? container.decode(String.self) {
            self.init(parsing: text)
            return
        }
        let object = try decoder.container(keyedBy: SpecDateKey.self)
        let text = try object.decode(String.self, forKey: .utcTime)
        self.init(parsing: text)
    }

    /// Writes the original text, so JSON output repeats exactly what the portal sent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private enum SpecDateKey: String, CodingKey { case utcTime }
}
