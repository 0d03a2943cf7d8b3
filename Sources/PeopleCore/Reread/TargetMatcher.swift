import DocSpaceAPI
import Foundation

/// Matches listed people to the names of a re-read, the way the portal's lookups would: an
/// id by id; a typed name with `@` by e-mail, one shaped like a GUID by id, anything else by
/// user name — all without regard to case. A typed GUID that matches no id is left to the
/// single lookup, which also tries it as a user name.
struct TargetMatcher {
    private var byEmail: [String: [Int]] = [:]
    private var byID: [String: [Int]] = [:]
    private var byUserName: [String: [Int]] = [:]
    /// The people found so far, by the index of their name.
    private(set) var found: [Int: Person] = [:]
    private let wanted: Int

    init(_ names: [TargetName]) {
        for (index, name) in names.enumerated() {
            let key = name.text.lowercased()
            switch name {
            case .id:
                byID[key, default: []].append(index)
            case .typed where key.contains("@"):
                // The portal trims an e-mail before looking it up; ids and user names go as typed.
                byEmail[key.trimmingCharacters(in: .whitespaces), default: []].append(index)
            case .typed where UUID(uuidString: key) != nil:
                byID[key, default: []].append(index)
            case .typed:
                byUserName[key, default: []].append(index)
            }
        }
        wanted = names.count
    }

    var isComplete: Bool { found.count == wanted }
    var unmatchedCount: Int { wanted - found.count }

    mutating func match(_ people: [Person]) {
        for person in people {
            for index in byID[person.id.lowercased()] ?? [] { found[index] = person }
            if let email = person.email?.lowercased() {
                for index in byEmail[email] ?? [] { found[index] = person }
            }
            if let userName = person.userName?.lowercased() {
                for index in byUserName[userName] ?? [] { found[index] = person }
            }
        }
    }
}
