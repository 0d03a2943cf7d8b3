import Foundation
import PeopleCore

#if canImport(Glibc)
import Glibc
#endif

/// The bytes that put text on the clipboard of the admin's terminal: OSC 52, which works
/// over SSH because the terminal itself does it.
///
/// The text travels in base64, so whatever it holds — an e-mail with an ESC or a BEL in it —
/// cannot end the sequence early or start another one: base64 has only `A–Z a–z 0–9 + / =`.
///
/// Inside tmux (`$TMUX` set) two copies go out, because tmux's defaults pass neither:
/// - the plain OSC 52, which tmux takes when `set-clipboard` is `on` (it keeps a paste buffer
///   and forwards the sequence to the outer terminal; the default `external` ignores it);
/// - the same OSC 52 in tmux's DCS passthrough (`ESC P tmux; … ESC \`, every ESC inside
///   doubled), which reaches the outer terminal when `allow-passthrough` is `on` (tmux 3.3+;
///   older tmux always passes it).
/// With both settings on, the terminal gets the same text twice, which is harmless. So the
/// README asks tmux users for `set -g set-clipboard on`.
///
/// Text holding a control character (PeopleCore's `ControlCharacters`: C0, DEL, C1, line
/// separators) never goes: base64 keeps it from acting on the terminal, but not on whatever
/// it is pasted into — a newline runs a shell line, and `ESC[201~` ends a bracketed paste
/// early so the rest is typed as keys. The key that copies says so first; this is the last
/// guard for any other path.
enum ClipboardSequence {
    /// The plain OSC 52 for `text`.
    static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
    }

    /// `sequence` inside tmux's DCS passthrough.
    static func tmuxPassthrough(_ sequence: [UInt8]) -> [UInt8] {
        var out: [UInt8] = Array("\u{1B}Ptmux;".utf8)
        for byte in sequence {
            if byte == 0x1B { out.append(0x1B) }
            out.append(byte)
        }
        out += [0x1B, UInt8(ascii: "\\")]
        return out
    }

    /// Everything written for `text`; nil when the text holds a control character.
    static func bytes(_ text: String, insideTmux: Bool) -> [UInt8]? {
        guard !ControlCharacters.occur(in: text) else { return nil }
        let plain = osc52(text)
        return insideTmux ? plain + tmuxPassthrough(plain) : plain
    }

    /// Writes the bytes to `fd` whole (retrying short writes and EINTR); false, with nothing
    /// written, when the text holds a control character.
    @discardableResult
    static func write(_ text: String, to fd: Int32, insideTmux: Bool) -> Bool {
        guard let bytes = bytes(text, insideTmux: insideTmux) else { return false }
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                written += n
            }
        }
        return true
    }
}
