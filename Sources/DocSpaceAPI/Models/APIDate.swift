import Foundation

/// A date as DocSpace sends it: a **string** such as `2026-03-02T17:05:11.0000000+03:00`
/// (seven fraction digits, an offset or `Z`; sometimes no fraction and no offset at all,
/// e.g. `0001-01-01T00:00:00`). The official spec's `{utcTime, timeZoneOffset}` object is not
/// what the server sends.
///
/// The original text is kept (JSON output repeats it exactly); `date` is the instant when the
/// text parses, `nil` otherwise.
public struct APIDate: Sendable, Hashable {
    public var text: String
    public var date: Date?
    public init(text: String, date: Date?) {
        self.text = text
        self.date = date
    }
}
