import CNCurses
import PeopleCore
import Testing

@testable import TerminalUI

@Suite("Decoding terminal input (wgetch bytes and key codes)")
struct KeyDecoderTests {
    /// One burst through a fresh decoder.
    func keys(_ codes: [Int32]) -> [Key] {
        var decoder = InputDecoder()
        return decoder.decode(codes)
    }

    func bytes(_ text: String) -> [Int32] { text.utf8.map { Int32($0) } }

    @Test("Characters, controls and function keys")
    func decoding() {
        #expect(keys([0x6A]) == [.character("j")])
        #expect(keys(bytes("李")) == [.character("李")])
        #expect(
            keys([10, 13, 9, 127, 8, 6, 18, 0]) == [
                .enter, .enter, .tab, .backspace, .backspace,
                .control("f"), .control("r"),
            ])
        #expect(
            keys([KEY_UP, KEY_NPAGE, KEY_F0 + 1, KEY_BTAB, KEY_RESIZE]) == [.up, .pageDown, .function(1), .backTab])
        #expect(keys([27]) == [.escape])
    }

    @Test("Typed UTF-8 keeps every character whatever the locale: the decoder reads the bytes itself")
    func utf8WhateverTheLocale() {
        let name = "Zoë Ærøskøbing Ólafur Sørensen 李小龙 Αλέξης Борис 👍"
        #expect(keys(bytes(name)) == name.map { Key.character($0) })
        // A read can end inside a character: the rest comes with the next read.
        var decoder = InputDecoder()
        let split = bytes("ø")
        #expect(decoder.decode([split[0]]) == [])
        #expect(decoder.decode([split[1], 0x61]) == [.character("ø"), .character("a")])
        // Bytes that cannot be UTF-8 are dropped, not turned into other characters.
        #expect(keys([0xFF, 0x80, 0x61]) == [.character("a")])
    }

    @Test("A bracketed paste is one .paste with its text, however many reads it spans; nothing in it is a key")
    func bracketedPaste() {
        let start = InputDecoder.pasteStart
        let end = InputDecoder.pasteEnd
        #expect(
            keys([0x6A, start] + bytes("jane@example.com\nu e terminate y") + [end, 0x6B])
                == [.character("j"), .paste("jane@example.com\nu e terminate y"), .character("k")])
        var decoder = InputDecoder()
        #expect(decoder.decode([start] + bytes("Zoë\r")) == [])
        #expect(decoder.decode([KEY_ENTER] + bytes("Æ") + [27, KEY_UP, end]) == [.paste("Zoë\r\nÆ\u{1B}")])
        #expect(decoder.decode([0x71]) == [.character("q")], "the paste ended")
    }

    @Test("Esc then a key in the same burst is Alt+key; Esc alone, or with the key in a later read, is Esc")
    func altIsNotEscape() {
        #expect(keys([27, 0x6A]) == [.alt(.character("j"))])
        #expect(keys([27, 0x74, 0x79]) == [.alt(.character("t")), .character("y")])
        #expect(keys([27, KEY_UP]) == [.alt(.up)])
        #expect(keys([27, 27, 0x6A]) == [.escape, .alt(.character("j"))])
        #expect(keys([0x6A, 27]) == [.character("j"), .escape])
        var decoder = InputDecoder()
        #expect(decoder.decode([27]) == [.escape])
        #expect(decoder.decode([0x6A]) == [.character("j")])
        #expect(keys([27, InputDecoder.pasteStart] + bytes("x") + [InputDecoder.pasteEnd]) == [.escape, .paste("x")])
        #expect(Key.alt(.character("j")).displayName == "Alt-j")
    }

    @Test("Every key the key table binds can come out of the decoder")
    func tableKeysAreDecodable() {
        let decodable: Set<Key> = [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab,
            .backTab, .escape, .backspace, .delete, .insert,
        ]
        for binding in KeyTable.standard.bindings {
            for key in binding.keys {
                switch key {
                case .character, .control: continue
                case .function(let n): #expect((1...12).contains(n))
                case .alt, .paste: Issue.record("\(key) is bound: no binding may use Alt or a paste")
                default: #expect(decodable.contains(key), "\(key) cannot be typed")
                }
            }
        }
    }

    @Test("Every line-editing key comes out of the decoder: ncurses' codes, the sequences it is taught, Esc+b/f, Ctrl")
    func lineEditingKeysAreDecodable() {
        let decoded: [Key: [Int32]] = [
            .left: [KEY_LEFT], .right: [KEY_RIGHT], .home: [KEY_HOME], .end: [KEY_END], .delete: [KEY_DC],
            .control("a"): [1], .control("e"): [5], .control("w"): [23], .control("k"): [11],
            .alt(.char("b")): [27, 0x62], .alt(.char("f")): [27, 0x66],
        ]
        for row in FieldKey.lineEditingKeys {
            for key in row.keys {
                let codes = decoded[key]
                #expect(codes != nil, "\(key.displayName) has no decoding here")
                if let codes { #expect(keys(codes) == [key], "\(key.displayName)") }
            }
        }
        // The escape sequences terminals send for them, for terminfo entries that lack them.
        let taught = Dictionary(KeyDecoder.extraSequences.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        for (sequence, code) in [
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[1~", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[F", KEY_END),
            ("\u{1B}[4~", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[3~", KEY_DC), ("\u{1B}[C", KEY_RIGHT),
            ("\u{1B}[D", KEY_LEFT), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ] {
            #expect(taught[sequence] == code, "\(sequence.debugDescription)")
        }
    }
}
