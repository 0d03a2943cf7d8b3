import Testing

@testable import StandInPortal

/// The stand-in's JSON writer reads strings as UTF-8 runs; its escaping must stay exactly
/// System.Text.Json's default, which is defined per UTF-16 unit. These tests hold it to a
/// reference that walks the UTF-16 units one at a time, as the first version did.
@Suite struct JSONWriterTests {
    /// System.Text.Json's default escaping, one UTF-16 unit at a time.
    static func reference(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x08: out += "\\b"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0C: out += "\\f"
            case 0x0D: out += "\\r"
            case 0x5C: out += "\\\\"
            case 0x22, 0x26, 0x27, 0x2B, 0x3C, 0x3E, 0x60: out += escape(unit)
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += escape(unit)
            }
        }
        return out + "\""
    }

    static func escape(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    static func written(_ value: JSON) -> String {
        String(decoding: value.encoded, as: UTF8.self)
    }

    static let samples = [
        "", "plain ascii", "Siobh&#225;n O&#39;Brien", "Zoë Ærøskøbing", "小龙 李", "Алексей",
        "emoji 🙂 and 👩‍👩‍👧", "𝄞 clef", "quote \" backslash \\ slash /", "<b>&'+`>",
        "controls \u{0} \u{1} \u{8} \u{9} \u{A} \u{B} \u{C} \u{D} \u{1F} \u{7F} \u{80} \u{9F}",
        "line\u{2028}separator\u{2029}", "\u{FEFF}bom", "\u{FFFF}\u{10FFFF}", "é", "e\u{301}",
    ]

    @Test(arguments: samples)
    func stringsAreEscapedPerUTF16UnitLikeSystemTextJson(_ text: String) {
        #expect(Self.written(.string(text)) == Self.reference(text))
    }

    @Test func everyASCIICharacterAndTheFirstNonASCIIAreEscapedLikeTheReference() {
        for value in 0..<0x180 {
            let text = "a" + String(Unicode.Scalar(UInt32(value))!) + "b"
            #expect(Self.written(.string(text)) == Self.reference(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func aLongStringMixingRunsAndEscapesMatchesTheReference() {
        let text = String(repeating: "abc+déf 李🙂\"\n", count: 500)
        #expect(Self.written(.string(text)) == Self.reference(text))
    }

    @Test func numbersAreWrittenInTheirShortestForm() {
        let values: [(JSON, String)] = [
            (.int(0), "0"), (.int(-7), "-7"), (.int(Int64.max), "9223372036854775807"),
            (.int(Int64.min), "-9223372036854775808"), (.double(1_048_576), "1048576"),
            (.double(-2), "-2"), (.double(0.5), "0.5"), (.double(.infinity), "null"),
        ]
        for (value, text) in values {
            #expect(Self.written(value) == text)
        }
    }

    @Test func objectsKeepTheirMemberOrderAndEscapeTheirKeys() {
        var object = JSONObject()
        object.add("b", "1")
        object.add("a&", true)
        object.add("skipped", nil as String?)
        object.set("b", "2")
        #expect(Self.written(.object(object)) == #"{"b":"2","a\u0026":true}"#)
    }
}
