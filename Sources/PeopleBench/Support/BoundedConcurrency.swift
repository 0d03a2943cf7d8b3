/// Runs `operation` on every element with at most `maxInFlight` running at once and returns
/// the results in the elements' order: the app's rule for requests (≤ 8 in flight), which
/// keeps a portal's rate limiter (50 parallel GETs, 15 other) far away.
func concurrentMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], maxInFlight: Int,
    _ operation: @escaping @Sendable (Element) async throws -> Result
) async throws -> [Result] {
    try await withThrowingTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: elements.count)
        var next = 0
        func startNext() {
            guard next < elements.count else { return }
            let index = next
            let element = elements[index]
            next += 1
            group.addTask { (index, try await operation(element)) }
        }
        for _ in 0..<min(max(1, maxInFlight), elements.count) { startNext() }
        while let (index, result) = try await group.next() {
            results[index] = result
            startNext()
        }
        return results.map { $0! }
    }
}
