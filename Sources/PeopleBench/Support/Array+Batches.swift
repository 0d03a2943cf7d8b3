extension Array {
    /// The elements in consecutive runs of at most `size`: bulk endpoints take up to 100 ids.
    func batches(of size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
