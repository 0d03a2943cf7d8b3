import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A small hostile portal on 127.0.0.1 for the CLI's terminal-safety tests: every id, e-mail
/// and error message it sends holds what a terminal acts on — OSC 2 (set the window title),
/// `ESC[2J` (clear the screen), C1 controls (U+009B is a one-byte CSI, U+0085 a line break on
/// some terminals, U+009D an OSC). The stand-in cannot do this (its ids are GUIDs and its
/// errors its own), and a real portal could.
///
/// It knows four people: the caller (the owner), one terminated (`delete` works on them), one
/// room admin (`set-type user` starts a demotion task that runs until cancelled — and the
/// cancel is refused, with a hostile message), and one active user whose terminate is
/// refused with a hostile message. One thread, one request per connection.
final class EscapePortal: @unchecked Sendable {
    static let esc = "\u{1B}"
    /// What every hostile text holds.
    static let payload = "\(esc)]2;pwned-title\u{07}\(esc)[2J\u{9B}31m\u{85}\u{9D}"

    struct Member {
        var id: String
        var displayName: String
        var email: String
        var status: Int  // 1 active, 2 terminated
        var isOwner = false
        var isRoomAdmin = false
    }

    static let owner = Member(
        id: "owner\(payload)", displayName: "Owner\(payload)",
        email: "owner\(payload)@example.com", status: 1, isOwner: true)
    static let terminated = Member(
        id: "gone\(payload)", displayName: "Gone\(payload)",
        email: "gone\(payload)@example.net", status: 2)
    static let roomAdmin = Member(
        id: "room\(payload)", displayName: "Room\(payload)",
        email: "room\(payload)@example.net", status: 1, isRoomAdmin: true)
    static let refused = Member(
        id: "keep\(payload)", displayName: "Keep\(payload)",
        email: "keep\(payload)@example.net", status: 1)
    /// The portal's words when it refuses something.
    static let errorMessage = "Denied\(payload)"

    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var deleted: Set<String> = []
    private var cancelAsked = false
    private var seen: [String] = []

    init() throws {
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
        // The thread holds the portal weakly: when a test lets go of it, `deinit` shuts the
        // socket, `accept` fails and the thread ends.
        Thread { [weak self] in
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { return }
                self?.handle(client)
                _ = Glibc.close(client)
            }
        }.start()
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The environment that points the CLI here, with a throwaway HOME.
    func environment(home: String) -> [String: String] {
        [
            "DOCSPACE_URL": baseURL, "DOCSPACE_TOKEN": "sk-escape-portal", "HOME": home,
            "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": "",
        ]
    }

    /// "METHOD /path" of every request so far (path percent-decoded, without the query).
    var requests: [String] { lock.withLock { seen } }

    deinit {
        shutdown(fd, Int32(SHUT_RDWR))
        _ = Glibc.close(fd)
    }

    // MARK: Serving

    private func handle(_ client: Int32) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        func fill() -> Bool {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { return false }
            data.append(contentsOf: buffer[0..<count])
            return true
        }
        while data.range(of: Data("\r\n\r\n".utf8)) == nil { guard fill() else { return } }
        let headEnd = data.range(of: Data("\r\n\r\n".utf8))!.upperBound
        let head = String(decoding: data[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let length =
            head.first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        while data.count - headEnd < length { guard fill() else { return } }
        let words = (head.first ?? "").split(separator: " ")
        guard words.count >= 2 else { return }
        let method = String(words[0])
        let target = String(words[1])
        let pathPart = String(target.split(separator: "?", maxSplits: 1).first ?? "")
        let path = pathPart.removingPercentEncoding ?? pathPart
        let query = URLComponents(string: "http://x" + target)?.queryItems ?? []
        lock.withLock { seen.append("\(method) \(path)") }
        let (status, body) = answer(method, path, query)
        let bytes = Data(body.utf8)
        let reason = status == 200 ? "OK" : status == 403 ? "Forbidden" : "Not Found"
        var response = Data(
            ("HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: \(bytes.count)\r\nConnection: close\r\n\r\n").utf8)
        response.append(bytes)
        _ = response.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
    }

    private func answer(_ method: String, _ path: String, _ query: [URLQueryItem]) -> (Int, String) {
        let prefix = "/api/2.0/people"
        guard path.hasPrefix(prefix) else { return Self.error(404) }
        let rest = String(path.dropFirst(prefix.count))
        switch (method, rest) {
        case ("GET", "/@self"):
            return Self.success(Self.json(Self.owner))
        case ("GET", "/filter"):
            let people = lock.withLock { Self.everyone.filter { !deleted.contains($0.id) } }
            return Self.success(people.map(Self.json), extra: ["total": people.count])
        case ("GET", "/email"):
            let email = query.first { $0.name == "email" }?.value ?? ""
            guard let person = person(where: { $0.email.lowercased() == email.lowercased() }) else {
                return Self.error(404)
            }
            return Self.success(Self.json(person))
        case ("GET", "/reassign/necessary"):
            return Self.success(false)
        case ("POST", "/type"):
            return Self.success(progress(completed: false))
        case ("PUT", "/type/terminate"):
            lock.withLock { cancelAsked = true }
            return Self.error(403)
        case ("PUT", _) where rest.hasPrefix("/status/"):
            return Self.error(403)
        case ("GET", _) where rest.hasPrefix("/type/progress/"):
            // Running until someone asks to cancel; then it ends, the person unchanged.
            return Self.success(progress(completed: lock.withLock { cancelAsked }))
        case ("GET", _):
            let id = String(rest.dropFirst())
            guard let person = person(where: { $0.id == id }) else { return Self.error(404) }
            return Self.success(Self.json(person))
        case ("DELETE", _):
            let id = String(rest.dropFirst())
            guard let person = person(where: { $0.id == id }) else { return Self.error(404) }
            lock.withLock { _ = deleted.insert(id) }
            return Self.success(Self.json(person))
        default:
            return Self.error(404)
        }
    }

    static let everyone = [owner, terminated, roomAdmin, refused]

    private func person(where matches: (Member) -> Bool) -> Member? {
        lock.withLock { Self.everyone.first { matches($0) && !deleted.contains($0.id) } }
    }

    private func progress(completed: Bool) -> [String: Any] {
        [
            "id": "task\(Self.payload)", "error": "", "percentage": completed ? 100 : 10,
            "isCompleted": completed, "status": completed ? 2 : 1,
        ]
    }

    // MARK: JSON

    static func json(_ member: Member) -> [String: Any] {
        [
            "id": member.id, "displayName": member.displayName, "firstName": member.displayName, "lastName": "",
            "email": member.email, "status": member.status, "activationStatus": 0, "isOwner": member.isOwner,
            "isAdmin": false, "isRoomAdmin": member.isRoomAdmin, "isVisitor": false, "isCollaborator": false,
        ]
    }

    static func success(_ response: Any, extra: [String: Any] = [:]) -> (Int, String) {
        var envelope: [String: Any] = ["response": response, "status": 0, "statusCode": 200]
        envelope.merge(extra) { _, new in new }
        return (200, text(envelope))
    }

    static func error(_ status: Int) -> (Int, String) {
        (status, text(["error": ["message": errorMessage], "status": 1, "statusCode": status]))
    }

    private static func text(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
