import CCurl
import Foundation

/// One request on the wire: its curl easy handle, the answer as it arrives, and the caller's
/// continuation, resumed exactly once — by the end of the transfer, the body cap, or the
/// caller's cancellation (which may even come before the continuation exists).
///
/// The handle, the header list and the request body belong to the worker thread once
/// started; only the worker frees them (`release`), after taking the handle out of its multi
/// handle. The callbacks run on the worker thread.
final class CurlTransfer: @unchecked Sendable {
    struct Answer: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: Data
    }

    enum Failure: Error {
        /// curl's code and its own words ("Empty reply from server").
        case curl(code: UInt32, words: String)
        /// The body passed `maxBytes`; the transfer was stopped there.
        case tooLarge
    }

    let handle: UnsafeMutableRawPointer
    private let maxBytes: Int
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var requestBody: UnsafeMutableRawBufferPointer?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
    // The worker thread's own while the transfer runs.
    private var headers = HTTPHeaders()
    private var body = Data()
    private var overCap = false
    private var released = false

    private let lock = NSLock()
    private var continuation: CheckedContinuation<Answer, any Error>?
    private var early: Result<Answer, any Error>?
    private var resolved = false

    /// Sets up the handle for `request`; nil when curl cannot make one.
    init?(_ request: HTTPRequest, maxBytes: Int) {
        guard CurlGlobal.ready, let handle = curl_easy_init() else { return nil }
        self.handle = handle
        self.maxBytes = maxBytes
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        configure(for: request)
    }

    private func configure(for request: HTTPRequest) {
        setLong(CURLOPT_NOSIGNAL, 1)
        // Only the two web schemes, for the request and anything it might be sent on to.
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        // Redirects are the transport's to judge (`RedirectPolicy`), never curl's.
        setLong(CURLOPT_FOLLOWLOCATION, 0)
        // Every encoding curl can decode; the body is counted after decoding, so a small
        // gzip body that inflates to gigabytes stops at the cap too.
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_ACCEPT_ENCODING, "")
        // The deadline covers the whole exchange, body included: curl's TIMEOUT is total,
        // so a portal sending a byte every 2 s cannot hold the client past it.
        let milliseconds = Self.milliseconds(request.timeout)
        setLong(CURLOPT_TIMEOUT_MS, milliseconds)
        setLong(CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_URL, request.url.absoluteString)
        setMethod(request)
        setHeaders(request)
        // A page of 100 people is ~140 KB: read in 128 KB pieces it is two reads and two
        // calls of the body callback instead of nine of curl's default 16 KB.
        setLong(CURLOPT_BUFFERSIZE, 128 * 1024)
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = ds_curl_easy_setopt_callback(handle, CURLOPT_WRITEFUNCTION, curlReceivedBody)
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        _ = ds_curl_easy_setopt_callback(handle, CURLOPT_HEADERFUNCTION, curlReceivedHeader)
    }

    private func setMethod(_ request: HTTPRequest) {
        switch request.method {
        case .get:
            setLong(CURLOPT_HTTPGET, 1)
            return
        case .post, .put, .delete: break
        }
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        // A change goes out on a new connection. On a kept-alive one that dies before any
        // answer, curl sends the request again by itself (it takes the death for a stale
        // connection) — but the portal may have acted on the first, and a change is sent
        // exactly once: what happened is for the re-read to find out.
        setLong(CURLOPT_FRESH_CONNECT, 1)
        // A DELETE without a body sends none; POST and PUT always send one, if empty, so
        // the portal sees `Content-Length: 0` rather than a request it waits on.
        guard request.body != nil || request.method != .delete else { return }
        let bytes = request.body ?? Data()
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 1)
        bytes.copyBytes(to: copy)
        requestBody = copy
        setLong(CURLOPT_POST, 1)
        _ = ds_curl_easy_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count))
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_POSTFIELDS, copy.baseAddress)
    }

    private func setHeaders(_ request: HTTPRequest) {
        var lines = request.headers.map { "\($0.name): \($0.value)" }
        // curl would add a form content type to a body without one, and make a large body
        // wait a second for `100 Continue`; "Name:" with no value removes curl's own header.
        if request.headers["Content-Type"] == nil { lines.append("Content-Type:") }
        if request.headers["Expect"] == nil { lines.append("Expect:") }
        for line in lines { headerList = curl_slist_append(headerList, line) }
        _ = ds_curl_easy_setopt_pointer(handle, CURLOPT_HTTPHEADER, headerList)
    }

    private func setLong(_ option: CURLoption, _ value: Int) {
        _ = ds_curl_easy_setopt_long(handle, option, value)
    }

    static func milliseconds(_ seconds: Double) -> Int {
        // A deadline beyond a year is as good as none, and keeps the conversion in range.
        guard seconds > 0 else { return 1 }
        return max(1, Int(min(seconds, 365 * 86_400) * 1000))
    }

    // MARK: - The worker thread's side

    /// Adds decoded body bytes; `false` once the body would pass the cap.
    fileprivate func receive(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count <= maxBytes - body.count else {
            overCap = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// One header line's bytes as curl hands them over. Plain ASCII (every real header) is
    /// split on the bytes; anything else takes `receive(headerLine:)`'s `String` rules.
    fileprivate func receive(headerBytes bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else {
            return receive(headerLine: String(decoding: bytes, as: UTF8.self))
        }
        if bytes.starts(with: "HTTP/".utf8) {
            headers = HTTPHeaders()
            return
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = Self.trimmed(bytes[..<colon], newlines: false)
        let value = Self.trimmed(bytes[(colon + 1)...], newlines: true)
        guard !name.isEmpty else { return }
        let nameText = String(decoding: name, as: UTF8.self)
        let valueText = String(decoding: value, as: UTF8.self)
        if name.count == 14, name.elementsEqual("content-length".utf8, by: { $0 | 0x20 == $1 }),
            let length = Int(valueText), length > 0
        {
            body.reserveCapacity(min(length, maxBytes))
        }
        if let earlier = headers[nameText] {
            headers[nameText] = earlier + ", " + valueText
        } else {
            headers[nameText] = valueText
        }
    }

    /// ASCII bytes without the spaces and tabs (and, for a value, line breaks) around them,
    /// as `trimmingCharacters(in: .whitespaces)` / `.whitespacesAndNewlines` trim ASCII.
    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>, newlines: Bool) -> Slice<
        UnsafeRawBufferPointer
    > {
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || (newlines && (byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C))
        }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// One header line as curl hands it over; a status line starts a new answer (a
    /// `100 Continue` or a proxy's `CONNECT` answer comes before the portal's own).
    fileprivate func receive(headerLine line: String) {
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()
            return
        }
        // The body's size when the portal says it: one allocation instead of a string of
        // copies as it grows (a page of people is a few hundred kilobytes).
        if line.count > 15, line.lowercased().hasPrefix("content-length:"),
            let length = Int(line.dropFirst(15).trimmingCharacters(in: .whitespacesAndNewlines)), length > 0
        {
            body.reserveCapacity(min(length, maxBytes))
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return }
        if let earlier = headers[name] {
            headers[name] = earlier + ", " + value
        } else {
            headers[name] = value
        }
    }

    /// The transfer ended with curl's `result`.
    func complete(_ result: CURLcode) {
        if overCap {
            resolve(.failure(Failure.tooLarge))
            return
        }
        guard result == CURLE_OK else {
            let words = String(cString: errorBuffer)
            let said = words.isEmpty ? String(cString: curl_easy_strerror(result)) : words
            resolve(.failure(Failure.curl(code: result.rawValue, words: said)))
            return
        }
        var status = 0
        _ = ds_curl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        resolve(.success(Answer(status: status, headers: headers, body: body)))
    }

    /// Frees what curl used; the worker calls it once, after the handle left the multi handle.
    func release() {
        guard !released else { return }
        released = true
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        requestBody?.deallocate()
        errorBuffer.deallocate()
        body = Data()
    }

    // MARK: - The caller's side

    func install(_ continuation: CheckedContinuation<Answer, any Error>) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    /// Whether the answer was already given (the caller gave up, or the transfer ended).
    var isResolved: Bool { lock.withLock { resolved } }

    func resolve(_ result: Result<Answer, any Error>) {
        lock.lock()
        guard !resolved else {
            lock.unlock()
            return
        }
        resolved = true
        guard let continuation else {
            early = result
            lock.unlock()
            return
        }
        self.continuation = nil
        lock.unlock()
        continuation.resume(with: result)
    }
}

private func curlReceivedBody(
    _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: buffer, count: size * count)
    // Returning less than was given makes curl stop the transfer with CURLE_WRITE_ERROR.
    return transfer.receive(bytes) ? size * count : 0
}

private func curlReceivedHeader(
    _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let context, let buffer else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: buffer, count: size * count)
    transfer.receive(headerBytes: bytes)
    return size * count
}
