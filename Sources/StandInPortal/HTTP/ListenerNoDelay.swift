#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sets TCP_NODELAY on the listening socket bound to `port`.
///
/// FlyingFox writes a response's head and body in two `write()`s. Without TCP_NODELAY, Nagle's
/// algorithm and delayed ACKs make every request on a reused keep-alive connection wait about
/// 40 ms on Linux loopback. FlyingFox does not expose its socket, so this finds the listener
/// among the process's descriptors; Linux copies the option to every accepted socket.
enum ListenerNoDelay {
    @discardableResult
    static func enable(port: UInt16) -> Bool {
        for fd in Int32(3)..<Int32(4096) {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let named = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
            }
            guard named else { continue }
            let boundPort: UInt16
            switch Int32(storage.ss_family) {
            case AF_INET:
                boundPort = withUnsafePointer(to: &storage) {
                    $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
                }
            case AF_INET6:
                boundPort = withUnsafePointer(to: &storage) {
                    $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
                }
            default:
                continue
            }
            guard boundPort == port else { continue }
            var listening: Int32 = 0
            var optionLength = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &optionLength) == 0, listening == 1 else {
                continue
            }
            var one: Int32 = 1
            return setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size)) == 0
        }
        return false
    }
}
