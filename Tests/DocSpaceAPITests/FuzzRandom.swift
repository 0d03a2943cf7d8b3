/// The fuzz test's only source of randomness: SplitMix64, so that one 64-bit seed fixes every
/// choice of an input and a failure can be replayed from the seed it prints.
///
/// (`SystemRandomNumberGenerator` cannot be seeded, and Swift's `Dictionary`/`Set` order changes
/// per process, so the fuzz code never iterates either.)
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of the `index`-th input of a run started with `runSeed`: independent of every
    /// other input, so one input can be replayed alone.
    static func inputSeed(runSeed: UInt64, index: Int) -> UInt64 {
        var generator = FuzzRandom(seed: runSeed ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        return generator.next()
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func int(_ range: Range<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0..<items.count)]
    }

    mutating func byte() -> UInt8 {
        UInt8(truncatingIfNeeded: next())
    }

    /// A size that is usually small and now and then large: `1…max`, log-uniform.
    mutating func size(upTo max: Int) -> Int {
        let bits = int(0...(Int.bitWidth - max.leadingZeroBitCount))
        return Swift.max(1, Swift.min(max, int(0...(1 << bits))))
    }
}
