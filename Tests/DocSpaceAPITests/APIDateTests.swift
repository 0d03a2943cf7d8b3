import Foundation
import Testing

@testable import DocSpaceAPI

@Suite("APIDate")
struct APIDateTests {
    /// 2026-03-02T14:05:11Z
    private let instant = 1_772_460_311.0

    @Test("seven fraction digits and an offset")
    func sevenDigitsWithOffset() throws {
        let date = APIDate(parsing: "2026-03-02T17:05:11.1234567+03:00")
        #expect(date.text == "2026-03-02T17:05:11.1234567+03:00")
        let seconds = try #require(date.date?.timeIntervalSince1970)
        #expect(abs(seconds - (instant + 0.1234567)) < 0.000_001)
    }

    @Test(
        "offsets and Z",
        arguments: [
            ("2026-03-02T14:05:11Z", 0.0), ("2026-03-02T14:05:11.0000000Z", 0.0),
            ("2026-03-02T08:35:11-05:30", 0.0), ("2026-03-02T17:05:11+0300", 0.0),
            ("2026-03-02T14:05:11.5Z", 0.5), ("2026-03-02T14:05:11.123+00:00", 0.123),
        ])
    func offsets(text: String, fraction: Double) throws {
        let seconds = try #require(APIDate(parsing: text).date?.timeIntervalSince1970)
        #expect(abs(seconds - (instant + fraction)) < 0.000_001)
    }

    @Test("no fraction and no offset is UTC")
    func noOffset() {
        #expect(APIDate(parsing: "2026-03-02T14:05:11").date == Date(timeIntervalSince1970: instant))
        #expect(APIDate(parsing: "0001-01-01T00:00:00").date == Date(timeIntervalSince1970: -62_135_596_800))
    }

    @Test(
        "garbage keeps the text with no date",
        arguments: [
            "", "yesterday", "2026-13-02T14:05:11Z", "2026-02-30T14:05:11Z", "2026-03-02T24:00:00Z",
            "2026-03-02", "2026-03-02T14:05:11.Z", "2026-03-02T14:05:11+3", "2026-03-02T14:05:11Zjunk",
        ])
    func garbage(text: String) {
        let date = APIDate(parsing: text)
        #expect(date.text == text)
        #expect(date.date == nil)
    }

    @Test("leap day")
    func leapDay() {
        #expect(APIDate(parsing: "2024-02-29T00:00:00Z").date == Date(timeIntervalSince1970: 1_709_164_800))
    }

    @Test("encodes as its original text")
    func encodesText() throws {
        let data = try JSONEncoder().encode([APIDate(parsing: "2026-03-02T17:05:11.0000000+03:00")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-02T17:05:11.0000000+03:00"]"#)
    }
}

@Suite("HTML entities")
struct HTMLEntitiesTests {
    @Test(
        "named and numeric entities",
        arguments: [
            ("O&#39;Brien", "O'Brien"), ("R&amp;D", "R&D"), ("&lt;b&gt;", "<b>"), ("&quot;x&quot;", "\"x\""),
            ("it&apos;s", "it's"), ("a&nbsp;b", "a\u{00A0}b"), ("Zo&#235;", "Zoë"), ("caf&#233;", "café"),
            ("&#x1F600;", "😀"), ("&#X1f600;", "😀"), ("&amp;lt;", "&lt;"),
        ])
    func decodes(encoded: String, decoded: String) {
        #expect(HTMLEntities.decode(encoded) == decoded)
    }

    @Test(
        "unknown or broken entities are left as they are",
        arguments: [
            "&copy;", "a & b", "&", "&;", "&#;", "&#xZZ;", "&#0;", "&#55296;", "&#99999999;", "AT&T", "&amp",
            "x &unknownentityname; y",
        ])
    func leftAlone(text: String) {
        #expect(HTMLEntities.decode(text) == text)
    }

    @Test("text without entities is unchanged, including non-ASCII")
    func plain() {
        #expect(HTMLEntities.decode("李小龙 🙂 Zoë") == "李小龙 🙂 Zoë")
    }
}
