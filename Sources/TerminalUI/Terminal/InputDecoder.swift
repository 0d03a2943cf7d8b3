import CNCurses
import PeopleCore

/// Turns what `wgetch` returns — bytes, and a key code for each sequence ncurses knows — into
/// keys, one read burst at a time.
///
/// It decodes UTF-8 itself, so typed text keeps every character whatever the locale says
/// (`wget_wch` goes through the locale's multibyte rules: under `LANG=C` a typed `Sørensen`
/// came out as `S`). It gathers a bracketed paste (ESC[200~ … ESC[201~, which ncurses reports
/// as the two codes `define_key` gave them) into one `.paste`, so pasted text never runs as
/// keys. And an Esc followed by a key in the same burst — within the escape delay, as ncurses
/// waits that long before it gives up on a sequence — is that key with Alt, which is how most
/// terminals send Alt: `Alt-j` is not `Esc` then `j`.
struct InputDecoder {
    /// The key codes of the paste's start and end sequences, above every code ncurses uses.
    static let pasteStart = KEY_MAX + 1
    static let pasteEnd = KEY_MAX + 2
    static let pasteSequences: [(String, Int32)] = [("\u{1B}[200~", pasteStart), ("\u{1B}[201~", pasteEnd)]

    /// Bytes of a character not complete yet (a read can end inside one).
    private var pending: [UInt8] = []
    /// The bytes of a paste under way; it may span several reads.
    private var pasted: [UInt8]?

    /// Decodes one burst: every value `wgetch` returned until it had nothing more to give.
    mutating func decode(_ codes: [Int32]) -> [Key] {
        var keys: [Key] = []
        var escapeWaits = false
        func emit(_ key: Key) {
            if key == .escape {
                if escapeWaits { keys.append(.escape) }
                escapeWaits = true
                return
            }
            if escapeWaits {
                escapeWaits = false
                if case .paste = key {
                    keys.append(.escape)
                } else {
                    keys.append(.alt(key))
                    return
                }
            }
            keys.append(key)
        }
        for code in codes {
            if pasted != nil {
                continuePaste(code).map(emit)
            } else if code == Self.pasteStart {
                pending = []
                pasted = []
            } else if code == Self.pasteEnd {
                continue
            } else if (0...255).contains(code) {
                byte(UInt8(code)).map(emit)
            } else {
                pending = []
                KeyDecoder.function(code).map(emit)
            }
        }
        if escapeWaits { keys.append(.escape) }
        return keys
    }

    private mutating func continuePaste(_ code: Int32) -> Key? {
        if code == Self.pasteEnd {
            let text = String(decoding: pasted ?? [], as: UTF8.self)
            pasted = nil
            return .paste(text)
        }
        if (0...255).contains(code) {
            pasted?.append(UInt8(code))
        } else if code == KEY_ENTER {
            pasted?.append(10)
        }
        // Any other key code inside a paste is an escape sequence in the pasted text, which
        // ncurses already took apart; it is not text, so it is left out.
        return nil
    }

    /// Adds a byte; returns the key once a character is complete. Bytes that cannot be UTF-8
    /// are dropped.
    private mutating func byte(_ byte: UInt8) -> Key? {
        if byte < 0x80 {
            pending = []
            return KeyDecoder.ascii(byte)
        }
        if byte & 0xC0 == 0x80 {
            guard !pending.isEmpty else { return nil }
            pending.append(byte)
        } else {
            pending = [byte]
        }
        guard let expected = Self.length(lead: pending[0]) else {
            pending = []
            return nil
        }
        guard pending.count == expected else { return nil }
        var decoder = UTF8()
        var iterator = pending.makeIterator()
        pending = []
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return .character(Character(scalar)) }
        return nil
    }

    private static func length(lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }
}
