#if os(Linux)
import Foundation
import Glibc

/// A minimal HTTP/1.1 server on 127.0.0.1 for the transport's own tests (redirects): one
/// thread, one request per connection, answers built by `respond(path, port)`.
final class LoopbackServer: @unchecked Sendable {
    struct Seen: Sendable, Equatable {
        var path: String
        var host: String?
        var authorization: String?
        var method = "GET"
        /// The body's length as sent (read to the end before answering).
        var bodyLength = 0
        var expect: String?
    }

    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var seen: [Seen] = []
    private let respond: @Sendable (_ path: String, _ port: UInt16) -> String

    init(respond: @escaping @Sendable (_ path: String, _ port: UInt16) -> String) throws {
        self.respond = respond
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { throw CocoaError(.fileNoSuchFile) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    var requests: [Seen] { lock.withLock { seen } }

    func close() {
        shutdown(fd, Int32(SHUT_RDWR))
        _ = Glibc.close(fd)
    }

    private func acceptLoop() {
        while true {
            let client = accept(fd, nil, nil)
            guard client >= 0 else { return }
            handle(client)
            _ = Glibc.close(client)
        }
    }

    private func handle(_ client: Int32) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !data.contains(Data("\r\n\r\n".utf8)) {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { return }
            data.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        func header(_ name: String) -> String? {
            lines.first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
        let method = lines.first?.split(separator: " ").first.map(String.init) ?? "GET"
        let length = header("Content-Length").flatMap { Int($0) } ?? 0
        let headEnd = data.range(of: Data("\r\n\r\n".utf8))!.upperBound
        var bodyCount = data.count - headEnd
        while bodyCount < length {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { break }
            bodyCount += count
        }
        let request = Seen(
            path: path, host: header("Host"), authorization: header("Authorization"), method: method,
            bodyLength: bodyCount, expect: header("Expect"))
        lock.withLock { seen.append(request) }
        let answer = Array(respond(path, port).utf8)
        _ = answer.withUnsafeBufferPointer { write(client, $0.baseAddress, $0.count) }
    }

    static func response(_ status: String, headers: [String] = [], body: String = "") -> String {
        (["HTTP/1.1 \(status)", "Content-Length: \(body.utf8.count)", "Connection: close"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n" + body
    }
}
#endif
