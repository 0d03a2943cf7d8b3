import Foundation
import PeopleCore

/// A token file: the token or API key on its first line, in a file only its owner may read
/// or write (ssh's rule), read and written through `PrivateFile`.
public enum SecretFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case refused(FileRefusal)
        case empty(path: String)
        case notText(path: String)

        public var description: String {
            switch self {
            case .refused(let refusal) where refusal.reason == .missing:
                "\(refusal.description) (run `docspace-people login` to create it)"
            case .refused(let refusal):
                refusal.description
            case .empty(let path):
                "token file \(path) is empty"
            case .notText(let path):
                "cannot read token file \(path): not a UTF-8 text file"
            }
        }
    }

    static let noun = "token file"
    /// A token is a few hundred bytes; a bigger file is not a token file.
    static let limit = 64 * 1024

    /// The token in `path`, first line, trimmed.
    public static func read(_ path: String) throws(Failure) -> String {
        let data: Data
        do {
            data = try PrivateFile.read(path, as: noun, privacy: .ownerOnly, limit: limit)
        } catch {
            throw .refused(error)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
        let token =
            text.split(whereSeparator: \.isNewline).first.map {
                $0.trimmingCharacters(in: .whitespaces)
            } ?? ""
        guard !token.isEmpty else { throw .empty(path: path) }
        return token
    }

    /// Writes `secret` to `path` (0600, its folder 0700), replacing what was there at once.
    public static func write(_ secret: String, to path: String) throws(Failure) {
        do {
            try PrivateFile.replace(path, with: Data((secret + "\n").utf8), as: noun)
        } catch {
            throw .refused(error)
        }
    }
}
