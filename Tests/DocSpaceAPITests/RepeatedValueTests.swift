import Foundation
import Testing

@testable import DocSpaceAPI

/// A page's repeated `createdBy` and `groups` are read once while their bytes repeat
/// (`RepeatedValueCache`), and strings are scanned eight bytes at a time: both must read
/// every person exactly as the Codable path does.
@Suite struct RepeatedValueTests {
    static func person(_ id: String, createdBy: String, groups: String) -> String {
        #"{"id":"\#(id)","displayName":"P \#(id)","createdBy":\#(createdBy),"groups":\#(groups)}"#
    }

    static let admin = #"{"id":"a1","displayName":"Administrator ","avatar":"/a.png","hasAvatar":false}"#
    /// The same length as `admin`, one byte apart.
    static let other = #"{"id":"a2","displayName":"Administrator ","avatar":"/a.png","hasAvatar":false}"#
    static let sales = #"[{"id":"g1","name":"Sales","manager":"m"}]"#
    static let support = #"[{"id":"g2","name":"Sales","manager":"m"}]"#

    @Test("Repeated, changed and returning createdBy and groups read as the Codable path reads them")
    func repeatsAndChanges() throws {
        let people = [
            Self.person("1", createdBy: Self.admin, groups: Self.sales),
            Self.person("2", createdBy: Self.admin, groups: Self.sales),
            Self.person("3", createdBy: Self.other, groups: Self.support),
            Self.person("4", createdBy: " " + Self.admin, groups: Self.sales),
            Self.person("5", createdBy: "null", groups: "[]"),
            Self.person("6", createdBy: Self.admin, groups: Self.sales),
        ]
        let body = Data(#"{"response":[\#(people.joined(separator: ","))],"total":6,"status":0}"#.utf8)
        #expect(PeopleListScannerTests.expectSameReading(body))
        let read = try #require(PeopleListScanner.payload(from: body)?.response?.people)
        #expect(read.map { $0.createdBy?.id } == ["a1", "a1", "a2", "a1", nil, "a1"])
        #expect(read.map { $0.groups.map(\.id) } == [["g1"], ["g1"], ["g2"], ["g1"], [], ["g1"]])
        #expect(read[0].createdBy?.displayName == "Administrator ")
    }

    @Test("A repeated value the Codable path refuses is refused every time, not served from before")
    func refusedRepeat() {
        let broken = #"{"id":"a1","displayName":"\ud800"}"#
        let people = [
            Self.person("1", createdBy: Self.admin, groups: Self.sales),
            Self.person("2", createdBy: broken, groups: Self.sales),
        ]
        let body = Data(#"{"response":[\#(people.joined(separator: ","))],"total":2,"status":0}"#.utf8)
        #expect(PeopleListScanner.payload(from: body) == nil)
    }

    @Test(
        "A quote, a backslash escape, a raw non-ASCII character or a \\u escape at every offset of an eight-byte block",
        arguments: [#"\""#, #"\\"#, "é", #"\u0105"#, #"\u002B"#, #"\/"#])
    func specialCharacterAtEveryOffset(special: String) {
        var people: [String] = []
        for offset in 0..<20 {
            let text = String(repeating: "x", count: offset) + special + String(repeating: "y", count: 19 - offset)
            people.append(#"{"id":"\#(offset)","firstName":"\#(text)","avatarMax":"\#(text)"}"#)
        }
        let body = Data(#"{"response":[\#(people.joined(separator: ","))],"total":20,"status":0}"#.utf8)
        #expect(PeopleListScannerTests.expectSameReading(body))
    }

    @Test("A control character inside a long string is refused wherever it stands")
    func controlCharacterAtEveryOffset() {
        for offset in 0..<20 {
            let text = String(repeating: "x", count: offset) + "\u{01}" + String(repeating: "y", count: 19 - offset)
            let body = Data(#"{"response":[{"id":"a","firstName":"\#(text)"}],"total":1,"status":0}"#.utf8)
            #expect(PeopleListScanner.payload(from: body) == nil, "offset \(offset)")
        }
    }
}
