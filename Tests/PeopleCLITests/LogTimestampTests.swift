import Foundation
import Testing

@testable import PeopleCLI

/// The activity log's time stamps are written by hand (the formatter's ICU data cost the cold
/// start); they must be exactly what `ISO8601DateFormatter` wrote before.
@Suite("Activity log time stamps")
struct LogTimestampTests {
    @Test("A time stamp is the one ISO8601DateFormatter writes, to the nearest millisecond")
    func sameAsFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var seconds: [Double] = [
            0, 0.0005, 0.999, 0.9999, 59.9999, 951_782_400.5, 1_796_222_901.168, 1_796_222_901.1689,
            4_102_444_799.999, 86_399.001,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { seconds.append(Double.random(in: 0..<4_102_444_800, using: &generator)) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(LogTimestamp.string(from: date) == formatter.string(from: date), "\(value)")
        }
    }
}
