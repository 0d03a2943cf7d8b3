import Testing

@testable import PeopleCore

/// A field written with its cursor as `|`: "ab|c" is "abc" with the cursor before the c.
private func field(_ marked: String, limit: Int = .max) -> LineEditor {
    let parts = marked.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
    var line = LineEditor(String(parts[0]) + (parts.count > 1 ? String(parts[1]) : ""), limit: limit)
    let after = parts.count > 1 ? parts[1].count : 0
    for _ in 0..<after { line.apply(.cursorLeft) }
    return line
}

private func marked(_ line: LineEditor) -> String {
    String(line.characters[..<line.cursor]) + "|" + String(line.characters[line.cursor...])
}

/// A key as the fields get it: Backspace and Ctrl-U come through each field's key table row
/// (`deleteBackward`, `clearField`), every other key through `edit`.
@discardableResult
private func press(_ key: Key, on line: inout LineEditor) -> Bool {
    switch key {
    case .backspace: line.apply(.deleteBackward)
    case .control("u"): line.apply(.clearField)
    default: line.edit(key)
    }
}

struct LineEditCase: CustomTestStringConvertible, Sendable {
    var before: String
    var keys: [Key]
    var after: String
    var testDescription: String { "\(before) + \(keys.map(\.displayName).joined(separator: " ")) → \(after)" }
}

@Suite("The line editor: every field edits like a shell line, by grapheme cluster")
struct LineEditorTests {
    static let keys: [LineEditCase] = [
        // The cursor by a character, to the ends, by a word.
        .init(before: "abc|", keys: [.left], after: "ab|c"),
        .init(before: "|abc", keys: [.left], after: "|abc"),
        .init(before: "a|bc", keys: [.right], after: "ab|c"),
        .init(before: "abc|", keys: [.right], after: "abc|"),
        .init(before: "ab|c", keys: [.home], after: "|abc"),
        .init(before: "ab|c", keys: [.control("a")], after: "|abc"),
        .init(before: "a|bc", keys: [.end], after: "abc|"),
        .init(before: "a|bc", keys: [.control("e")], after: "abc|"),
        .init(before: "jane.smith@example.com|", keys: [.alt(.char("b"))], after: "jane.smith@example.|com"),
        .init(
            before: "jane.smith@example.com|", keys: [.alt(.char("b")), .alt(.char("b"))],
            after: "jane.smith@|example.com"),
        .init(before: "|jane.smith@example.com", keys: [.alt(.char("f"))], after: "jane|.smith@example.com"),
        .init(before: "jane|.smith@example.com", keys: [.alt(.char("f"))], after: "jane.smith|@example.com"),
        // Typing and deleting at the cursor.
        .init(before: "ab|d", keys: [.char("c")], after: "abc|d"),
        .init(before: "ab|c", keys: [.backspace], after: "a|c"),
        .init(before: "|abc", keys: [.backspace], after: "|abc"),
        .init(before: "ab|c", keys: [.delete], after: "ab|"),
        .init(before: "abc|", keys: [.delete], after: "abc|"),
        .init(before: "jane smith|", keys: [.control("w")], after: "jane |"),
        .init(before: "a@b.org c@d.org  |", keys: [.control("w")], after: "a@b.org |"),
        .init(before: "jane sm|ith", keys: [.control("w")], after: "jane |ith"),
        .init(before: "ja|ne smith", keys: [.control("k")], after: "ja|"),
        .init(before: "ja|ne smith", keys: [.control("u")], after: "|"),
        .init(before: "ab|d", keys: [.paste("c e")], after: "abc e|d"),
        // A typo fixed in the middle of an address.
        .init(
            before: "jnae@example.com|",
            keys: Array(repeating: .left, count: 13) + [.backspace, .backspace, .char("a"), .char("n")],
            after: "jan|e@example.com"),
        // Wide characters: one step per character, whatever its cells.
        .init(before: "山田 太郎|", keys: [.left, .left], after: "山田 |太郎"),
        .init(before: "山田 太|郎", keys: [.backspace], after: "山田 |郎"),
        .init(before: "山田 太郎|", keys: [.control("w")], after: "山田 |"),
        .init(before: "山田 太郎|", keys: [.alt(.char("b"))], after: "山田 |太郎"),
        // An emoji joined by ZWJ is one character: one step, one Backspace.
        .init(before: "👨‍👩‍👧x|", keys: [.left, .left], after: "|👨‍👩‍👧x"),
        .init(before: "a👨‍👩‍👧|", keys: [.backspace], after: "a|"),
        .init(before: "a|👨‍👩‍👧", keys: [.delete], after: "a|"),
        // "é" as e and a combining accent is one character.
        .init(before: "Rene\u{301}|", keys: [.left], after: "Ren|e\u{301}"),
        .init(before: "Rene\u{301}|", keys: [.backspace], after: "Ren|"),
        // The invite list holds lines: Home, End and Ctrl-K stay on the cursor's line.
        .init(before: "a@b.org\nc@d|.org", keys: [.home], after: "a@b.org\n|c@d.org"),
        .init(before: "a@|b.org\nc@d.org", keys: [.end], after: "a@b.org|\nc@d.org"),
        .init(before: "a@|b.org\nc@d.org", keys: [.control("k")], after: "a@|\nc@d.org"),
    ]

    @Test("Each key", arguments: keys)
    func eachKey(_ row: LineEditCase) {
        var line = field(row.before)
        for key in row.keys { press(key, on: &line) }
        #expect(marked(line) == row.after)
    }

    @Test("A key says whether the text changed: a move alone is not a change")
    func changed() {
        var line = field("ab|c")
        let changed1 = line.edit(.left)
        #expect(!changed1)
        let changed2 = line.edit(.end)
        #expect(!changed2)
        let changed3 = line.edit(.char("d"))
        #expect(changed3)
        let changed4 = line.apply(.deleteBackward)
        #expect(changed4)
        let changed5 = line.edit(.delete)
        #expect(!changed5, "nothing under the cursor at the end")
        let changed6 = line.edit(.function(5))
        #expect(!changed6, "a key that is not an editing key does nothing")
        #expect(marked(line) == "abc|")
    }

    @Test("A combining accent typed after a letter joins it; the cursor stays after the cluster")
    func combiningTyped() {
        var line = field("Ren|!")
        line.edit(.char("e"))
        line.edit(.character("\u{301}"))
        #expect(line.text == "Rene\u{301}!")
        #expect(line.count == 5)
        #expect(marked(line) == "Rene\u{301}|!")
    }

    @Test("The limit: typing stops there and a paste is cut there")
    func limit() {
        var line = field("ab|", limit: 4)
        let changed7 = line.edit(.paste("cdef"))
        #expect(changed7)
        #expect(line.text == "abcd")
        let changed8 = line.edit(.char("x"))
        #expect(!changed8)
        #expect(line.text == "abcd")
    }

    @Test("A selection: typing and a paste replace it, Backspace and Delete remove it")
    func selectionReplaced() {
        var typed = LineEditor("smith", selected: true)
        #expect(typed.selection == 0..<5)
        typed.edit(.char("i"))
        #expect(marked(typed) == "i|")
        #expect(typed.selection == nil)

        var pasted = LineEditor("smith", selected: true)
        pasted.edit(.paste("ibanez"))
        #expect(marked(pasted) == "ibanez|")

        for key in [Key.backspace, .delete] {
            var removed = LineEditor("smith", selected: true)
            press(key, on: &removed)
            #expect(marked(removed) == "|", "\(key.displayName)")
        }
        #expect(LineEditor("", selected: true).selection == nil, "nothing to select")
    }

    static let deselecting: [(key: Key, after: String)] = [
        (.left, "smit|h"), (.right, "smith|"), (.home, "|smith"), (.end, "smith|"),
        (.control("a"), "|smith"), (.alt(.char("b")), "|smith"),
    ]

    @Test("A selection: an arrow, Home or End keeps the text and deselects", arguments: deselecting)
    func selectionKept(_ key: Key, _ after: String) {
        var line = LineEditor("smith", selected: true)
        let changed9 = line.edit(key)
        #expect(!changed9)
        #expect(line.selection == nil)
        #expect(marked(line) == after)
        line.edit(.char("x"))
        #expect(String(line.text.filter { $0 != "x" }) == "smith", "typing after the arrow adds to the text")
    }

    @Test("History: ↑ goes back through this session's searches, ↓ forward and then to the draft")
    func history() {
        var history = LineHistory()
        #expect(history.older(than: "draft") == nil, "nothing to recall yet")
        history.record("smith")
        history.record("ibanez")
        history.record("")
        #expect(history.entries == ["smith", "ibanez"], "an empty search is not kept")
        #expect(history.older(than: "kim") == "ibanez")
        #expect(history.older(than: "ibanez") == "smith")
        #expect(history.older(than: "smith") == nil, "the oldest")
        #expect(history.newer() == "ibanez")
        #expect(history.newer() == "kim", "back to what was being typed")
        #expect(history.newer() == nil)
        history.record("smith")
        #expect(history.entries == ["ibanez", "smith"], "a search used again moves to the newest")
        #expect(history.older(than: "smith") == "ibanez", "not the search already in the field")
    }

    @Test("History keeps the newest lines up to its capacity")
    func historyCapacity() {
        var history = LineHistory()
        for n in 0..<(LineHistory.capacity + 5) { history.record("s\(n)") }
        #expect(history.entries.count == LineHistory.capacity)
        #expect(history.entries.first == "s5")
        #expect(history.entries.last == "s\(LineHistory.capacity + 4)")
    }
}
