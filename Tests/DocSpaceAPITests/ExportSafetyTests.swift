import DocSpaceAPI
import Foundation
import Testing

/// What the JSON and CSV writers do with text a terminal or a spreadsheet would act on.
@Suite("Export safety: JSON control escapes and CSV quoting")
struct ExportSafetyTests {
    /// C1 controls (U+009B is a one-byte CSI, U+009D an OSC), DEL, and C0 for comparison.
    static let controls = "a\u{80}b\u{85}c\u{9B}31m\u{9D}0;t\u{9F}\u{7F}\u{1B}[2J\u{7}"

    static func rawControls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { $0 < 0x20 && $0 != 0x0A || (0x7F...0x9F).contains($0) }
    }

    @Test("PersonJSON escapes C1 and DEL as \\u0080…, like C0; the exact string parses back")
    func personJSONEscapesC1() throws {
        let person = Person(
            id: Self.controls, displayName: "C1 " + Self.controls, email: Self.controls + "@example.net")
        for json in [try #require(PersonJSON.object(person)), try #require(PersonJSON.array([person]))] {
            #expect(Self.rawControls(json).isEmpty, "raw controls: \(Self.rawControls(json))")
            #expect(json.contains(#""id" : "a\u0080b\u0085c\u009b31m\u009d0;t\u009f\u007f\u001b[2J\u0007""#), "\(json)")
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
            let object = (parsed as? [[String: Any]])?.first ?? (parsed as? [String: Any])
            #expect(object?["id"] as? String == Self.controls)
            #expect(object?["email"] as? String == Self.controls + "@example.net")
        }
    }

    @Test("The streamed export (list --all --json, the TUI's export) escapes C1 too")
    func streamedJSONEscapesC1() {
        var writer = PeopleExportWriter(format: .json)
        writer.append([Person(id: "1", displayName: Self.controls)])
        let json = writer.finish()
        #expect(Self.rawControls(json).isEmpty)
        #expect(json.contains("\\u009b31m"))
    }

    @Test("JSONEncoder's output gets the same escapes, and stays the same JSON")
    func encoderOutputEscaped() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let raw = String(decoding: try encoder.encode(["detail": Self.controls + " é ü 李 🙂"]), as: UTF8.self)
        #expect(!Self.rawControls(raw).isEmpty, "control: the encoder leaves C1 raw")
        let escaped = JSONControlEscapes.escapingDELAndC1(raw)
        #expect(Self.rawControls(escaped).isEmpty)
        #expect(escaped.contains(#"\u0085"#) && escaped.contains(#"\u007f"#) && escaped.contains("é ü 李 🙂"))
        let parsed = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        #expect(parsed?["detail"] == Self.controls + " é ü 李 🙂")
        #expect(JSONControlEscapes.escapingDELAndC1("{\"a\" : \"plain é\"}") == "{\"a\" : \"plain é\"}")
    }

    @Test("CSV: a field with a semicolon is quoted (Excel splits on it in many locales); the formula rule stays")
    func semicolonsAreQuoted() {
        #expect(CSVText.field("Doe; Jane") == "\"Doe; Jane\"")
        #expect(CSVText.field("=1;2") == "\"'=1;2\"")
        #expect(CSVText.field("-1") == "'-1")
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.line(["a;b", "c"]) == "\"a;b\",c")
        var person = Person(id: "id;1", displayName: "Doe; Jane")
        person.department = "R;D"
        let line = PeopleCSV.line(person)
        #expect(line.hasPrefix("\"id;1\",\"Doe; Jane\","))
        #expect(line.contains(",\"R;D\","))
    }

    @Test("CSV: a field with CR LF is quoted (it is one Character, equal to neither CR nor LF)")
    func crlfIsQuoted() {
        #expect(CSVText.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVText.field("two\rlines") == "\"two\rlines\"")
    }
}
