import DocSpaceAPI

/// One request per person (`GET people/{id}` or `GET people/email`), at most
/// `maxConcurrent` in flight. After a 401 or a cancellation the people not asked yet are not
/// asked: the answer would be the same, and they get it.
struct SingleLookups {
    let client: any PeopleClient
    let maxConcurrent: Int

    /// The answers in the names' order.
    func read(_ names: [TargetName]) async -> [Result<Person, DocSpaceError>] {
        let client = self.client
        let width = max(1, maxConcurrent)
        return await withTaskGroup(of: (Int, Result<Person, DocSpaceError>).self) { group in
            var results = [Result<Person, DocSpaceError>?](repeating: nil, count: names.count)
            var next = 0
            var stop: DocSpaceError?
            func startNext() {
                guard stop == nil, next < names.count else { return }
                let index = next
                let name = names[index]
                next += 1
                group.addTask { (index, await Self.read(name, with: client)) }
            }
            for _ in 0..<width { startNext() }
            while let (index, result) = await group.next() {
                results[index] = result
                if case .failure(let error) = result, Self.endsTheRest(error) { stop = error }
                startNext()
            }
            // A plain loop, not `map` with a closure over `stop`: Swift 6.3.1's optimizer
            // crashed on that closure in release builds (Mem2Reg, "critical successors").
            let unasked: Result<Person, DocSpaceError> = .failure(stop ?? .cancelled)
            var answers: [Result<Person, DocSpaceError>] = []
            answers.reserveCapacity(results.count)
            for result in results { answers.append(result ?? unasked) }
            return answers
        }
    }

    static func endsTheRest(_ error: DocSpaceError) -> Bool {
        if case .unauthorized = error { return true }
        return error == .cancelled
    }

    @concurrent
    static func read(_ name: TargetName, with client: any PeopleClient) async -> Result<Person, DocSpaceError> {
        do {
            return .success(
                name.isEmail ? try await client.person(email: name.text) : try await client.person(id: name.text))
        } catch let error as DocSpaceError {
            return .failure(error)
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch {
            return .failure(.transport(message: "unexpected error"))
        }
    }
}
