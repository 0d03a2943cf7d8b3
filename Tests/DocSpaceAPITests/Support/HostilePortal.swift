#if os(Linux)
import Foundation
import Glibc

/// A portal that means harm, on 127.0.0.1: a raw socket server, one thread per connection,
/// where each answer is written by hand (`answer(request, connection)`) — so it can drip a
/// byte at a time, send a body without end, or lie in its headers. Records every request
/// line it read.
final class HostilePortal: @unchecked Sendable {
    /// One accepted connection: write to it until the client goes away.
    struct Connection: Sendable {
        let fd: Int32

        /// Writes all of `bytes`; `false` once the client has closed the connection.
        @discardableResult
        func write(_ bytes: some Collection<UInt8>) -> Bool {
            let array = Array(bytes)
            var offset = 0
            while offset < array.count {
                let sent = array.withUnsafeBufferPointer {
                    send(fd, $0.baseAddress! + offset, array.count - offset, Int32(MSG_NOSIGNAL))
                }
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }

        @discardableResult
        func write(_ text: String) -> Bool { write(Array(text.utf8)) }
    }

    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var seen: [String] = []
    private var written = 0
    private let answer: @Sendable (_ target: String, _ connection: Connection) -> Void

    /// `target` is the request's path and query.
    init(answer: @escaping @Sendable (_ target: String, _ connection: Connection) -> Void) throws {
        self.answer = answer
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
        guard bound == 0, listen(fd, 64) == 0 else { throw CocoaError(.fileNoSuchFile) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.fd = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in acceptLoop() }.start()
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The request targets read so far, in order of arrival.
    var requests: [String] { lock.withLock { seen } }

    /// Stops listening. The accepting thread closes the socket itself once `accept` fails, so
    /// its number cannot be reused by another test's socket while that thread still uses it.
    func close() { shutdown(fd, Int32(SHUT_RDWR)) }

    private func acceptLoop() {
        while true {
            let client = accept(fd, nil, nil)
            guard client >= 0 else {
                _ = Glibc.close(fd)
                return
            }
            Thread { [self] in
                serve(client)
                _ = Glibc.close(client)
            }.start()
        }
    }

    /// Reads requests on one connection (keep-alive) and answers each.
    private func serve(_ client: Int32) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            while data.range(of: Data("\r\n\r\n".utf8)) == nil {
                let count = read(client, &buffer, buffer.count)
                guard count > 0 else { return }
                data.append(contentsOf: buffer[0..<count])
            }
            let end = data.range(of: Data("\r\n\r\n".utf8))!
            let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
            data.removeSubrange(..<end.upperBound)
            let target = head.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            lock.withLock { seen.append(target) }
            answer(target, Connection(fd: client))
        }
    }

    // MARK: Answers

    /// A whole JSON answer with its length.
    static func json(_ body: String, on connection: Connection) {
        connection.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
    }

    /// A page of the People API's listing: `rows` people from `start`, claiming `total`.
    static func page(start: Int, rows: Int, total: String) -> String {
        let people = (0..<rows).map { i in
            #"{"id":"p\#(start + i)","displayName":"Person \#(start + i)","email":"p\#(start + i)@example.com","status":1,"activationStatus":1}"#
        }
        return
            #"{"count":\#(rows),"total":\#(total),"response":[\#(people.joined(separator: ","))],"status":0,"statusCode":200}"#
    }

    /// `startIndex` of a `people/filter` target.
    static func startIndex(of target: String) -> Int? {
        guard target.contains("/people/filter"), let query = URLComponents(string: target)?.queryItems else {
            return nil
        }
        return query.first { $0.name == "startIndex" }.flatMap { $0.value.flatMap(Int.init) } ?? 0
    }
}
#endif
