import Testing

@testable import DocSpaceAPI

@Suite("HTTP headers")
struct HTTPHeadersTests {
    @Test("case-insensitive lookup, replace and remove")
    func caseInsensitive() {
        var headers: HTTPHeaders = ["Retry-After": "5", "Content-Type": "text/html"]
        #expect(headers["retry-after"] == "5")
        #expect(headers["RETRY-AFTER"] == "5")
        headers["retry-AFTER"] = "7"
        #expect(headers["Retry-After"] == "7")
        #expect(headers.count == 2)
        #expect(headers.map(\.name).contains("Retry-After"), "the first spelling is kept")
        headers["content-type"] = nil
        #expect(headers["Content-Type"] == nil)
        #expect(headers.count == 1)
    }
}
