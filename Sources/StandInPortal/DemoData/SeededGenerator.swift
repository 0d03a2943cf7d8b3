/// SplitMix64: a tiny, fast, fully deterministic generator, so the same seed gives the same
/// demo directory on every machine and Swift version (the standard library's generator is
/// neither seedable nor stable).
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<upperBound` (the tiny modulo bias does not matter for demo data).
    mutating func below(_ upperBound: Int) -> Int {
        Int(next() % UInt64(max(1, upperBound)))
    }

    /// True with the given chance (0…1).
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    mutating func guid() -> String {
        GUID.format(high: next(), low: next())
    }
}
