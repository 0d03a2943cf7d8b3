/// How often each byte occurs in the loaded people's search keys.
///
/// A term is looked for by its rarest byte (`SearchTerms`), and what is rare depends on the
/// portal: in one where every address ends in `@example.com`, `x` and `l` are in every key.
/// Counted as keys are made and never uncounted (a replaced key's bytes stay): a guide for
/// choosing, not a census.
struct ByteFrequencies: Sendable, Equatable {
    private var counts = [UInt32](repeating: 0, count: 256)

    init() {}

    subscript(byte: UInt8) -> UInt32 { counts[Int(byte)] }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { counts[Int(byte)] &+= 1 }
    }
}
