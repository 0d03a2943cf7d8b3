import FlyingSocks

/// A response body that yields its bytes and then fails, so FlyingFox writes the announced
/// `Content-Length` header, part of the body, and closes the connection: the client sees a
/// body cut short, as when a proxy or the network gives up mid-response.
struct TruncatedBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    struct CutShort: Error {}

    let bytes: [UInt8]

    func makeAsyncIterator() -> Iterator {
        Iterator(bytes: bytes)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        let bytes: [UInt8]
        var index = 0

        mutating func next() async throws -> UInt8? {
            guard index < bytes.count else { throw CutShort() }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            guard index < bytes.count else { throw CutShort() }
            let end = Swift.min(bytes.count, index + Swift.max(1, count))
            defer { index = end }
            return bytes[index..<end]
        }
    }
}
