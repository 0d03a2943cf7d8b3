import CNCurses
import PeopleCore
import Testing
@testable import TerminalUI

@Suite("Decoding wget_wch results")
struct KeyDecoderTests {
    @Test("Characters, controls and function keys")
    func decoding() {
        #expect(KeyDecoder.decode(status: OK, code: 0x6A) == .character("j"))
        #expect(KeyDecoder.decode(status: OK, code: 0x674E) == .character("李"))
        #expect(KeyDecoder.decode(status: OK, code: 10) == .enter)
        #expect(KeyDecoder.decode(status: OK, code: 13) == .enter)
        #expect(KeyDecoder.decode(status: OK, code: 9) == .tab)
        #expect(KeyDecoder.decode(status: OK, code: 27) == .escape)
        #expect(KeyDecoder.decode(status: OK, code: 127) == .backspace)
        #expect(KeyDecoder.decode(status: OK, code: 6) == .control("f"))
        #expect(KeyDecoder.decode(status: OK, code: 18) == .control("r"))
        #expect(KeyDecoder.decode(status: OK, code: 0) == nil)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_UP)) == .up)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_NPAGE)) == .pageDown)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_F0 + 1)) == .function(1))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_BTAB)) == .backTab)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)) == nil)
        #expect(KeyDecoder.decode(status: ERR, code: 0) == nil)
    }

    @Test("Every key the key table binds can come out of the decoder")
    func tableKeysAreDecodable() {
        let decodable: Set<Key> = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab,
                                   .backTab, .escape, .backspace, .delete, .insert]
        for binding in KeyTable.standard.bindings {
            for key in binding.keys {
                switch key {
                case .character, .control: continue
                case .function(let n): #expect((1...12).contains(n))
                default: #expect(decodable.contains(key), "\(key) cannot be typed")
                }
            }
        }
    }
}
