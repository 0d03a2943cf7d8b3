import Foundation
import Glibc

/// A would-be proxy on 127.0.0.1 that must hear nothing: it accepts, counts and closes.
final class ProxyListener: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var accepted = 0

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
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
        Thread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else {
                    _ = Glibc.close(fd)
                    return
                }
                lock.withLock { accepted += 1 }
                _ = Glibc.close(client)
            }
        }.start()
    }

    var connections: Int { lock.withLock { accepted } }
    var url: String { "http://127.0.0.1:\(port)" }

    /// Stops listening. The accepting thread closes the socket itself once `accept` fails, so
    /// its number cannot be reused by another test's socket while that thread still uses it.
    func close() { shutdown(fd, Int32(SHUT_RDWR)) }
}
