import Foundation

/// The folded terms of a search text, packed in one buffer for matching many keys.
struct SearchTerms: Sendable, Equatable {
    /// The terms folded and joined by single spaces: a text whose terms start with these
    /// (`"jo"` → `"jon"`, `"jo"` → `"jo sm"`) can only match fewer people.
    let normalized: String
    private let bytes: [UInt8]
    private let ranges: [Range<Int>]

    init(_ text: String) {
        let terms = text.split(separator: " ").map { SearchKey.fold(String($0)) }.filter { !$0.isEmpty }
        normalized = terms.joined(separator: " ")
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for term in terms {
            let start = bytes.count
            bytes.append(contentsOf: term.utf8)
            ranges.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.ranges = ranges
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// Whether these terms can only match a subset of what `previous` matched.
    func narrows(_ previous: SearchTerms) -> Bool {
        normalized.hasPrefix(previous.normalized)
    }

    /// Calls `body` with a matcher over the terms' bytes, for matching many keys in one go:
    /// inside, matching touches no reference count.
    func withMatcher<R>(_ body: (Matcher) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes { bytes in
            try ranges.withUnsafeBufferPointer { ranges in
                try body(Matcher(bytes: bytes, ranges: ranges))
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
        let ranges: UnsafeBufferPointer<Range<Int>>

        /// Whether every term occurs in the key.
        @inline(__always)
        func matches(_ key: UnsafeRawBufferPointer) -> Bool {
            guard let keyBase = key.baseAddress else { return ranges.isEmpty }
            guard let termBase = bytes.baseAddress else { return true }
            for range in ranges {
                if !Self.occurs(termBase + range.lowerBound, range.count, in: keyBase, key.count) { return false }
            }
            return true
        }

        /// Whether `needle` occurs in `haystack`: `memchr` (vectorised in the C library) finds
        /// each candidate first byte, the rest is compared in place. (`memmem` is a GNU
        /// extension Swift's Glibc module does not offer.)
        @inline(__always)
        private static func occurs(_ needle: UnsafeRawPointer, _ needleCount: Int,
                                   in haystack: UnsafeRawPointer, _ haystackCount: Int) -> Bool {
            guard needleCount > 0 else { return true }
            let first = Int32(needle.load(as: UInt8.self))
            let lastStart = haystack + (haystackCount - needleCount)
            var from = haystack
            while from <= lastStart {
                guard let hit = memchr(from, first, lastStart - from + 1) else { return false }
                let candidate = UnsafeRawPointer(hit)
                var k = 1
                while k < needleCount
                        && candidate.load(fromByteOffset: k, as: UInt8.self) == needle.load(fromByteOffset: k, as: UInt8.self) {
                    k += 1
                }
                if k == needleCount { return true }
                from = candidate + 1
            }
            return false
        }
    }
}
