import DocSpaceAPI
import Foundation

/// One fuzzed answer and the call it is given to, with the recipe that made it so a failure
/// report says more than a seed.
struct FuzzInput: Sendable {
    var seed: UInt64
    var operation: FuzzOperation
    var response: HTTPResponse
    /// The starting shape and every mutation applied, in order.
    var recipe: [String]

    /// Everything needed to see the input again, for a failure message.
    var report: String {
        let headers = response.headers.map { "\($0.name): \(Self.escaped($0.value, limit: 200))" }.joined(
            separator: "; ")
        return """
            input seed \(Self.hex(seed)) (replay alone: DOCSPACE_FUZZ_REPLAY=\(Self.hex(seed)))
              operation: \(operation.rawValue); status \(response.status); headers: \(headers)
              recipe: \(recipe.joined(separator: " → "))
              body (\(response.body.count) bytes): \(Self.escaped(response.body, limit: 2_000))
            """
    }

    static func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }

    /// Bytes as readable text: printable ASCII as is, everything else as `\xNN`.
    static func escaped(_ bytes: Data, limit: Int) -> String {
        var text = ""
        for byte in bytes.prefix(limit) {
            if (0x20..<0x7F).contains(byte), byte != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        if bytes.count > limit { text += "… (\(bytes.count - limit) more bytes)" }
        return text
    }

    static func escaped(_ text: String, limit: Int) -> String {
        escaped(Data(text.utf8), limit: limit)
    }
}
