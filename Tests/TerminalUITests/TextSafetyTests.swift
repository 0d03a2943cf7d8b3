import Foundation
import Testing

@testable import TerminalUI

#if canImport(Glibc)
import CNCurses
import Glibc
#endif

@Suite("Text safety and cell widths")
struct TextSafetyTests {
    @Test(
        "Escape sequences become visible text with no ESC left",
        arguments: [
            "\u{1B}[2J\u{1B}[H", "\u{1B}]0;pwned\u{07}", "\u{1B}P+q\u{1B}\\", "\u{9B}31m", "a\u{1B}c", "\u{1B}[6n",
        ])
    func escapes(_ hostile: String) {
        let safe = TerminalText.sanitized("Eve" + hostile + "Mallory")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(safe.hasPrefix("Eve"))
        #expect(safe.hasSuffix("Mallory"))
    }

    @Test("ESC shows as ␛ and the rest of the sequence as plain text")
    func escapeVisible() {
        #expect(TerminalText.sanitized("x\u{1B}[31my") == "x␛[31my")
        #expect(TerminalText.sanitized("bell\u{07}") == "bell␇")
        #expect(TerminalText.sanitized("a\tb") == "a b")
        #expect(TerminalText.sanitized("line1\nline2") == "line1␊line2")
        #expect(TerminalText.sanitized("del\u{7F}") == "del␡")
    }

    @Test("Bidi overrides and invisible spacing are made visible; joiners and marks dropped")
    func bidiAndZeroWidth() {
        #expect(TerminalText.sanitized("admin\u{202E}gpj.exe") == "admin\u{FFFD}gpj.exe")
        #expect(TerminalText.sanitized("\u{2066}x\u{2069}") == "\u{FFFD}x\u{FFFD}")
        #expect(TerminalText.sanitized("ad\u{200B}min") == "ad\u{FFFD}min")
        #expect(TerminalText.sanitized("\u{FEFF}bom") == "\u{FFFD}bom")
        #expect(TerminalText.sanitized("a\u{200D}b\u{200E}c") == "abc")
        #expect(TerminalText.sanitized("👍🏽") == "👍")
        #expect(TerminalText.sanitized("❤️") == "❤")
    }

    @Test("A leading combining mark gets a base so it cannot join the cell to its left")
    func leadingMark() {
        #expect(TerminalText.sanitized("\u{0301}x") == "\u{25CC}\u{0301}x")
        #expect(TerminalText.width("\u{0301}x") == 2)
    }

    @Test("Widths in cells: CJK and emoji 2, combining 0, Latin 1")
    func widths() {
        #expect(TerminalText.width("Zoë") == 3)
        #expect(TerminalText.width("e\u{0301}") == 1)
        #expect(TerminalText.width("李小龙") == 6)
        #expect(TerminalText.width("🙂") == 2)
        #expect(TerminalText.width("한국어") == 6)
        #expect(TerminalText.width("ｆｕｌｌ") == 8)
        #expect(TerminalText.width("🇩🇪") == 2)
        #expect(TerminalText.width("Ａ") == 2)
    }

    @Test("Truncation counts cells and never splits a character")
    func truncation() {
        #expect(TerminalText.truncated("李小龙", toWidth: 5) == "李小…")
        #expect(TerminalText.truncated("李小龙", toWidth: 4, ellipsis: "") == "李小")
        #expect(TerminalText.truncated("李小龙", toWidth: 3, ellipsis: "") == "李")
        #expect(TerminalText.truncated("e\u{0301}e\u{0301}e\u{0301}", toWidth: 2, ellipsis: "") == "e\u{0301}e\u{0301}")
        #expect(TerminalText.truncated("abc", toWidth: 3) == "abc")
        #expect(TerminalText.truncated("abcd", toWidth: 3) == "ab…")
        #expect(TerminalText.fitted("李", toWidth: 3) == "李 ")
        for width in 0..<12 {
            let cut = TerminalText.truncated("Zoë 李小龙 🙂 ok", toWidth: width)
            #expect(TerminalText.width(cut) <= width)
        }
    }

    @Test("Wrapping breaks at spaces and by cells")
    func wrapping() {
        #expect(TerminalText.wrapped("one two three", toWidth: 7) == ["one two", "three"])
        #expect(TerminalText.wrapped("李小龙李小龙", toWidth: 5) == ["李小", "龙李", "小龙"])
        for line in TerminalText.wrapped(String(repeating: "ab 李 ", count: 20), toWidth: 9) {
            #expect(TerminalText.width(line) <= 9)
        }
    }

    #if canImport(Glibc)
    @Test("Our widths agree with glibc's wcwidth, which ncursesw and tmux use")
    func agreesWithWcwidth() {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return }
        let samples: [UInt32] = [
            0x41, 0xE9, 0x301, 0x4E2D, 0x3042, 0xAC00, 0xFF21, 0x1F642, 0x1F600, 0x2764,
            0x25CF, 0x2298, 0x25CC, 0x2713, 0x2731, 0x2500, 0x2502, 0x2026, 0x2191,
            0x2800, 0x280B, 0x1F1E9, 0x20AC, 0x0416, 0x05D0, 0x0627, 0x0E01, 0x0E31,
            0x2424, 0x241B, 0xFFFD, 0x1F44D, 0x3000, 0x20000, 0x231A, 0x2B50,
        ]
        for value in samples {
            let scalar = Unicode.Scalar(value)!
            let ours = CellWidth.of(scalar)
            let theirs = Int(cn_wcwidth(value))
            #expect(ours == theirs, "U+\(String(value, radix: 16, uppercase: true)): ours \(ours), wcwidth \(theirs)")
        }
    }
    #endif
}
