import Foundation

/// The folded terms of a search text, packed in one buffer for matching many keys.
struct SearchTerms: Sendable, Equatable {
    /// The terms folded and joined by single spaces: a text whose terms start with these
    /// (`"jo"` → `"jon"`, `"jo"` → `"jo sm"`) can only match fewer people.
    let normalized: String
    private let bytes: [UInt8]
    private let terms: [Term]

    /// Where a term sits in `bytes`, and which of its bytes to look for first.
    struct Term: Sendable, Equatable {
        var range: Range<Int>
        /// The offset in the term of its rarest byte (by `ByteFrequencies`, else `rarity`):
        /// `memchr` looks for it, and it stops less often on a rare byte (each stop costs a call).
        var anchor: Int
    }

    /// - Parameter frequencies: the bytes of the keys to be searched, counted; a term is
    ///   then looked for by the byte of it they hold least. Without, by a fixed ranking.
    init(_ text: String, frequencies: ByteFrequencies? = nil) {
        let words = text.split(separator: " ").map { SearchKey.fold(String($0)) }.filter { !$0.isEmpty }
        normalized = words.joined(separator: " ")
        var bytes: [UInt8] = []
        var terms: [Term] = []
        for word in words {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            let anchor: Int
            if let frequencies {
                anchor = bytes[start...].indices.min { frequencies[bytes[$0]] < frequencies[bytes[$1]] }! - start
            } else {
                anchor = bytes[start...].indices.max { Self.rarity(bytes[$0]) < Self.rarity(bytes[$1]) }! - start
            }
            terms.append(Term(range: start..<bytes.count, anchor: anchor))
        }
        self.bytes = bytes
        self.terms = terms
    }

    /// How rare a byte is in names and e-mail addresses: letters by their frequency in names
    /// (`e` 0, `q` 25); digits, punctuation and the bytes of other scripts in the middle.
    static func rarity(_ byte: UInt8) -> Int {
        let common: StaticString = "eaiornltsmhdcukgybvpfwzjxq"
        var rank = 0
        let found: Int? = common.withUTF8Buffer { letters in
            for letter in letters {
                if letter == byte { return rank }
                rank += 1
            }
            return nil
        }
        return found ?? 13
    }

    var isEmpty: Bool { terms.isEmpty }

    /// Whether these terms can only match a subset of what `previous` matched.
    func narrows(_ previous: SearchTerms) -> Bool {
        normalized.hasPrefix(previous.normalized)
    }

    /// Calls `body` with a matcher over the terms' bytes, for matching many keys in one go:
    /// inside, matching touches no reference count.
    func withMatcher<R>(_ body: (Matcher) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes { bytes in
            try terms.withUnsafeBufferPointer { terms in
                try body(Matcher(bytes: bytes, terms: terms))
            }
        }
    }

    /// Whether every term occurs in `key`.
    func allContained(in key: UnsafeRawBufferPointer) -> Bool {
        withMatcher { $0.matches(key) }
    }

    /// The terms as raw pointers, valid inside `withMatcher`.
    struct Matcher {
        let bytes: UnsafeRawBufferPointer
        let terms: UnsafeBufferPointer<Term>

        /// Whether every term occurs in the key.
        @inline(__always)
        func matches(_ key: UnsafeRawBufferPointer) -> Bool {
            guard let keyBase = key.baseAddress else { return terms.isEmpty }
            guard let termBase = bytes.baseAddress else { return true }
            for term in terms {
                if !Self.occurs(
                    termBase + term.range.lowerBound, term.range.count, anchor: term.anchor,
                    in: keyBase, key.count)
                {
                    return false
                }
            }
            return true
        }

        /// Whether `needle` occurs in `haystack`: `memchr` (vectorised in the C library) finds
        /// each place where the needle's anchor byte could sit, the rest is compared in place.
        /// (`memmem` is a GNU extension Swift's Glibc module does not offer.)
        @inline(__always)
        private static func occurs(
            _ needle: UnsafeRawPointer, _ needleCount: Int, anchor: Int,
            in haystack: UnsafeRawPointer, _ haystackCount: Int
        ) -> Bool {
            guard needleCount > 0 else { return true }
            guard haystackCount >= needleCount else { return false }
            let anchorByte = Int32(needle.load(fromByteOffset: anchor, as: UInt8.self))
            // The anchor of a match lies between these two places.
            var from = haystack + anchor
            let lastAnchor = haystack + (haystackCount - needleCount + anchor)
            while from <= lastAnchor {
                guard let hit = memchr(from, anchorByte, lastAnchor - from + 1) else { return false }
                let start = UnsafeRawPointer(hit) - anchor
                var k = 0
                while k < needleCount
                    && (k == anchor
                        || start.load(fromByteOffset: k, as: UInt8.self)
                            == needle.load(fromByteOffset: k, as: UInt8.self))
                {
                    k += 1
                }
                if k == needleCount { return true }
                from = UnsafeRawPointer(hit) + 1
            }
            return false
        }
    }
}
