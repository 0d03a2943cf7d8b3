import Foundation
import Testing

@testable import PeopleCLI

/// The one writer of the CLI's output: text for a person is shown harmlessly, a line stays
/// one line, JSON passes as it is, CSV is exact into a pipe and made visible on a terminal.
@Suite("Console stream")
struct ConsoleStreamTests {
    /// What a stream wrote.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
        var bytes: [UInt8] { lock.withLock { Array(data) } }
    }

    static func stream(terminal: Bool) -> (ConsoleStream, Capture) {
        let capture = Capture()
        return (ConsoleStream(isTerminal: terminal) { capture.append($0) }, capture)
    }

    static let hostile = "id\u{1B}]2;title\u{07}\u{1B}[2J\u{9B}31m\u{85}\u{7F}\u{202E}"

    /// No ESC, BEL, DEL, other C0 but the line break, no C1, no bidi override.
    static func expectInert(_ bytes: [UInt8], _ text: String) {
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07) && !bytes.contains(0x7F))
        for scalar in text.unicodeScalars {
            let v = scalar.value
            #expect(
                !((v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0x202E),
                "U+\(String(v, radix: 16)) written")
        }
    }

    @Test("A line: escapes, C0, C1 and DEL shown as visible stand-ins, on a terminal or not")
    func lineIsShownHarmlessly() {
        for terminal in [true, false] {
            let (stream, capture) = Self.stream(terminal: terminal)
            stream.line("docspace-people: " + Self.hostile)
            #expect(capture.text == "docspace-people: id␛]2;title␇␛[2J\u{FFFD}31m\u{FFFD}␡\u{FFFD}\n")
            Self.expectInert(capture.bytes, capture.text)
        }
    }

    @Test("A line stays one line: a line break inside it is shown, not obeyed")
    func aLineBreakInsideALineIsShown() {
        let (stream, capture) = Self.stream(terminal: true)
        stream.line("done\ndocspace-people: everything was deleted\r")
        #expect(capture.text == "done␊docspace-people: everything was deleted␍\n")
    }

    @Test("Lines (a table) keep their own breaks; each line is shown harmlessly")
    func lines() {
        let (stream, capture) = Self.stream(terminal: false)
        stream.lines(["NAME  ID", "Eve   " + Self.hostile])
        #expect(capture.text.split(separator: "\n").count == 2)
        #expect(capture.text.hasSuffix("\n"))
        Self.expectInert(capture.bytes, capture.text)
    }

    @Test("A prompt is shown harmlessly, without a line break")
    func prompt() {
        let (stream, capture) = Self.stream(terminal: true)
        stream.prompt("Delete " + Self.hostile + "? ")
        #expect(!capture.text.hasSuffix("\n"))
        Self.expectInert(capture.bytes, capture.text)
    }

    @Test("CSV on a terminal: every control made visible, the line breaks between rows kept")
    func csvOnATerminal() {
        let (stream, capture) = Self.stream(terminal: true)
        stream.csv("id,email\n\"" + Self.hostile + "\",a@b.c\n")
        #expect(capture.text == "id,email\n\"id␛]2;title␇␛[2J\u{FFFD}31m\u{FFFD}␡\u{FFFD}\",a@b.c\n")
        Self.expectInert(capture.bytes, capture.text)
    }

    @Test("CSV into a file or pipe, and JSON anywhere: the exact bytes")
    func exactDocuments() {
        let csv = "id,email\n\"" + Self.hostile + "\",a@b.c\n"
        let (pipe, piped) = Self.stream(terminal: false)
        pipe.csv(csv)
        #expect(piped.text == csv)
        let json = "[\n  \"\\u001b]2;\\u009b\"\n]\n"
        let (terminal, shown) = Self.stream(terminal: true)
        terminal.json(json)
        #expect(shown.text == json)
    }
}
