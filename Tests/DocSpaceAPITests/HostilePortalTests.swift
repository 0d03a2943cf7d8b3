#if os(Linux)
import Foundation
import Testing
@testable import DocSpaceAPI

/// The client against portals that mean harm (`HostilePortal`, a raw socket server): nothing
/// a portal says sizes the client's memory or its wait.
@Suite("Hostile portal")
struct HostilePortalTests {
    private func client(
        _ portal: HostilePortal, timeout: Double = 30,
        transport: (any HTTPTransport)? = nil
    ) -> DocSpaceClient {
        DocSpaceClient(
            configuration: ClientConfiguration(
                baseURL: portal.baseURL, credentials: .token("tok-HOSTILE"),
                timeout: timeout, maxReadRetries: 0),
            transport: transport)
    }

    /// A listing whose first page holds `firstRows` and claims `total`; every later page is empty.
    private func claimingPortal(total: String, firstRows: Int = 100) throws -> HostilePortal {
        try HostilePortal { target, connection in
            let start = HostilePortal.startIndex(of: target) ?? 0
            HostilePortal.json(
                HostilePortal.page(start: start, rows: start == 0 ? firstRows : 0, total: total),
                on: connection)
        }
    }

    @Test(
        "a claimed total of Int.max or 1e11 pages the listing to its first empty page, no further",
        arguments: ["9223372036854775807", "1e11", "100000000000"])
    func hugeTotal(total: String) async throws {
        let portal = try claimingPortal(total: total)
        defer { portal.close() }
        let people = try await client(portal).collectAllPeople(PeopleQuery())
        #expect(people.count == 100)
        // The first page, then at most the pages in flight (8) when the empty one came back.
        #expect(portal.requests.count <= 9, "\(portal.requests.count) requests")
    }

    @Test("a page's claimed total is clamped to PeoplePage.maxTotal")
    func totalIsClamped() async throws {
        let portal = try claimingPortal(total: "9223372036854775807")
        defer { portal.close() }
        let page = try await client(portal).people(PeopleQuery())
        #expect(page.total == PeoplePage.maxTotal)
    }

    @Test("list --all stops at the first short page: a portal claiming 100,000 with a short 2nd page")
    func shortPageEndsTheListing() async throws {
        let portal = try HostilePortal { target, connection in
            let start = HostilePortal.startIndex(of: target) ?? 0
            let rows = start == 0 ? 100 : start == 100 ? 10 : 100
            // The pages after the short one answer a little later, as a portal's later pages
            // do: the pager learns of the short page before those in flight come back (else
            // each of them that comes back first starts another, legitimately).
            if start > 100 { usleep(100_000) }
            HostilePortal.json(HostilePortal.page(start: start, rows: rows, total: "100000"), on: connection)
        }
        defer { portal.close() }
        var pages: [PeoplePage] = []
        for try await page in client(portal).allPeople(PeopleQuery()) { pages.append(page) }
        #expect(pages.map(\.startIndex) == [0, 100])
        #expect(pages.map(\.people.count).reduce(0, +) == 110)
        #expect(portal.requests.count <= 9, "\(portal.requests.count) requests")
    }

    @Test("an endless chunked body stops at the answer cap")
    func endlessBody() async throws {
        let portal = try HostilePortal { _, connection in
            connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = Array(repeating: UInt8(ascii: " "), count: 1 << 16)
            let framed = Array("10000\r\n".utf8) + chunk + Array("\r\n".utf8)
            // 320 MB at most, so that a client without a cap ends too (with a body that is not JSON).
            for _ in 0..<5_000 { guard connection.write(framed) else { return } }
            connection.write("0\r\n\r\n")
        }
        defer { portal.close() }
        let error = await docSpaceError { try await client(portal).me() }
        guard case .decoding(let context) = error else {
            Issue.record("expected the cap, got \(String(describing: error))")
            return
        }
        #expect(context.contains("larger than 64 MB"), "\(context)")
    }

    @Test("a gzip bomb is counted as it inflates and stops at the cap")
    func gzipBomb() async throws {
        let bomb = try Self.gzippedZeros(megabytes: 100)
        #expect(bomb.count < 4 << 20)
        let portal = try HostilePortal { _, connection in
            connection.write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: \(bomb.count)\r\n\r\n")
            connection.write(bomb)
        }
        defer { portal.close() }
        let error = await docSpaceError { try await client(portal).me() }
        guard case .decoding(let context) = error else {
            Issue.record("expected the cap, got \(String(describing: error))")
            return
        }
        #expect(context.contains("larger than 64 MB"), "\(context)")
    }

    @Test("the cap counts bytes as they stream: a small cap stops a body just past it")
    func smallCap() async throws {
        let body = String(repeating: " ", count: 5_000) + #"{"response":{"id":"x"}}"#
        let portal = try HostilePortal { _, connection in HostilePortal.json(body, on: connection) }
        defer { portal.close() }
        let capped = client(portal, transport: CurlTransport(maxAnswerBytes: 4_096))
        #expect(await docSpaceError { try await capped.me() } != nil)
        let roomy = client(portal, transport: CurlTransport(maxAnswerBytes: 8_192))
        #expect(try await roomy.me().id == "x")
    }

    @Test("--timeout is a deadline for the whole answer: a portal dripping a byte every 0.5 s is cut off at 2 s")
    func dripFeed() async throws {
        let cutOff = Moment()
        let started = Date()
        let portal = try HostilePortal { _, connection in
            let body = #"{"response":{"id":"drip","displayName":"Dripping slowly"}}"#
            connection.write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n")
            for byte in body.utf8 {
                Thread.sleep(forTimeInterval: 0.5)
                guard connection.write([byte]) else {
                    cutOff.mark()
                    return
                }
            }
        }
        defer { portal.close() }
        let error = await docSpaceError { try await client(portal, timeout: 2).me() }
        #expect(error == .timeout(seconds: 2))
        // Measured where the client cannot blur it: when the portal saw the connection go. The
        // test's own wake-up can come late while the other suites keep the cooperative pool
        // busy; the deadline does not wait for it. A write notices a closed socket by the
        // second attempt after the close, so 2 s + up to 1 s, and slack for a host running the
        // other suites at once; the whole body would take 28 s.
        #expect(await waitUntil(timeout: 20) { cutOff.date != nil })
        let after = cutOff.date.map { $0.timeIntervalSince(started) }
        #expect(after.map { $0 < 10 } == true, "cut off after \(String(describing: after)) s")
    }

    /// When something happened, set once from any thread.
    final class Moment: @unchecked Sendable {
        private let lock = NSLock()
        private var when: Date?
        func mark() { lock.withLock { if when == nil { when = Date() } } }
        var date: Date? { lock.withLock { when } }
    }

    @Test("ids . and .. and the empty id are refused before anything is sent", arguments: [".", "..", ""])
    func dotSegments(id: String) async throws {
        let portal = try HostilePortal { _, connection in
            HostilePortal.json(#"{"response":{"id":"root"}}"#, on: connection)
        }
        defer { portal.close() }
        let error = await docSpaceError { try await client(portal).person(id: id) }
        guard case .badRequest = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(await docSpaceError { try await client(portal).delete(id: id) } != nil)
        #expect(portal.requests.isEmpty, "sent \(portal.requests)")
    }

    /// `megabytes` of zeros through the system's `gzip`: a few hundred kilobytes.
    static func gzippedZeros(megabytes: Int) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c \(megabytes)M /dev/zero | gzip -c -1"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
#endif
