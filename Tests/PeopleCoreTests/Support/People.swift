import DocSpaceAPI
import Foundation
import PeopleCore

/// Test people: predictable names, e-mails and types.
enum People {
    static let owner = Person(
        id: "owner", displayName: "Olga Owner", firstName: "Olga", lastName: "Owner",
        email: "owner@example.com", isOwner: true, isAdmin: true)

    static func person(
        _ n: Int, status: EmployeeStatus = .active, type: EmployeeType = .user,
        name: String? = nil
    ) -> Person {
        let display = name ?? "Person \(String(format: "%05d", n))"
        let parts = display.split(separator: " ").map(String.init)
        return Person(
            id: "id-\(n)", displayName: display, firstName: parts.first,
            lastName: parts.dropFirst().joined(separator: " "),
            userName: "user\(n)", email: "p\(n)@example.com", status: status,
            isAdmin: type == .docSpaceAdmin, isRoomAdmin: type == .roomAdmin,
            isCollaborator: type == .user, isVisitor: type == .guest)
    }

    static func many(_ count: Int) -> [Person] { (0..<count).map { person($0) } }

    static func session(readOnly: Bool = false) -> Session {
        Session(portal: "portal.example.com", me: owner, readOnly: readOnly)
    }
}
