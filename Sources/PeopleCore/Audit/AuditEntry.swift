import Foundation

/// One change request as the audit log keeps it: who asked which portal to do what to whom,
/// and what happened to each person. Written by the CLI and the terminal UI alike; it never
/// holds a token, key or password (there is no field that could).
public struct AuditEntry: Sendable, Equatable, Codable {
    public struct Actor: Sendable, Equatable, Codable {
        public var id: String
        public var email: String?
        public init(id: String, email: String?) { self.id = id; self.email = email }
    }

    public struct Target: Sendable, Equatable, Codable {
        public var id: String?
        public var email: String?
        public var displayName: String?
        /// `done`, `skipped` or `failed`.
        public var outcome: String
        public var detail: String?
        public init(id: String?, email: String?, displayName: String?, outcome: String, detail: String?) {
            self.id = id; self.email = email; self.displayName = displayName
            self.outcome = outcome; self.detail = detail
        }
    }

    public var time: Date
    /// The portal's address (or profile and address).
    public var portal: String
    public var user: Actor
    /// `terminate`, `activate`, `delete`, `add`, `invite`, `set-type User`, …
    public var action: String
    /// The request in the server's words, e.g. `PUT /api/2.0/people/status/Terminated`.
    public var request: String
    /// `cli` or `tui`.
    public var source: String
    public var targets: [Target]

    public init(time: Date = Date(), portal: String, user: Actor, action: String, request: String,
                source: String, targets: [Target]) {
        self.time = time; self.portal = portal; self.user = user; self.action = action
        self.request = request; self.source = source; self.targets = targets
    }
}

/// Where audit entries go (a file in the XDG state folder, in the app).
public protocol AuditRecorder: Sendable {
    func record(_ entry: AuditEntry)
}
