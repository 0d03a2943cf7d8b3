import FlyingFox

/// Closes the connection without answering. FlyingFox writes nothing for a WebSocket
/// response until its handler has made the frames, and closes the connection when that
/// fails, which is exactly a server that hangs up on the request.
struct ConnectionDropper: WSHandler {
    struct Dropped: Error {}

    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        throw Dropped()
    }
}
