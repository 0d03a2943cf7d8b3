import Foundation

/// One change request as the audit log keeps it: who asked which portal to do what to whom,
/// and what happened to each person. Written by the CLI and the terminal UI alike; it never
/// holds a token, key or password (there is no field that could).
public struct AuditEntry: Sendable, Equatable, Codable {
    public struct Actor: Sendable, Equatable, Codable {
        public var id: String
        public var email: String?
        public init(id: String, email: String?) {
            self.id = id
            self.email = email
        }
    }

    public struct Target: Sendable, Equatable, Codable {
        public var id: String?
        public var email: String?
        public var displayName: String?
        /// `done`, `skipped` or `failed`; `sent` on a `sent` line, `unknown` on an
        /// `outcome unknown` line.
        public var outcome: String
        public var detail: String?
        public init(id: String?, email: String?, displayName: String?, outcome: String, detail: String?) {
            self.id = id
            self.email = email
            self.displayName = displayName
            self.outcome = outcome
            self.detail = detail
        }
    }

    /// Which line of a change this is. A change request writes `sent` before it goes out
    /// and `outcome` when the portal's answer is known; an app that ends first (a signal, a
    /// dropped session, quitting while it waits) writes `outcome unknown` for the people
    /// of a request still without an answer.
    public enum Stage: String, Sendable, Equatable, Codable, CaseIterable {
        case sent
        case outcome
        case outcomeUnknown = "outcome unknown"
    }

    /// What a person's line says on an `outcome unknown` entry, and on standard error.
    public static let outcomeUnknownDetail = "sent; outcome not known — check the portal"

    public var stage: Stage
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

    public init(
        stage: Stage = .outcome, time: Date = Date(), portal: String, user: Actor, action: String,
        request: String, source: String, targets: [Target]
    ) {
        self.stage = stage
        self.time = time
        self.portal = portal
        self.user = user
        self.action = action
        self.request = request
        self.source = source
        self.targets = targets
    }

    enum CodingKeys: String, CodingKey {
        case stage, time, portal, user, action, request, source, targets
    }

    /// Lines written before stages existed have none: they were written with the outcome.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stage = try container.decodeIfPresent(Stage.self, forKey: .stage) ?? .outcome
        time = try container.decode(Date.self, forKey: .time)
        portal = try container.decode(String.self, forKey: .portal)
        user = try container.decode(Actor.self, forKey: .user)
        action = try container.decode(String.self, forKey: .action)
        request = try container.decode(String.self, forKey: .request)
        source = try container.decode(String.self, forKey: .source)
        targets = try container.decode([Target].self, forKey: .targets)
    }

    /// The `sent` line of this change: the same who, what and request, each person `sent`.
    public func sent() -> AuditEntry {
        var entry = self
        entry.stage = .sent
        entry.targets = targets.map {
            .init(id: $0.id, email: $0.email, displayName: $0.displayName, outcome: "sent", detail: nil)
        }
        return entry
    }

    /// The `outcome unknown` line for a `sent` one: the app ends before the answer came.
    /// Stamped when it is written (`time` is left for the writer).
    public func outcomeUnknown() -> AuditEntry {
        var entry = self
        entry.stage = .outcomeUnknown
        entry.time = .distantPast
        entry.targets = targets.map {
            .init(
                id: $0.id, email: $0.email, displayName: $0.displayName, outcome: "unknown",
                detail: Self.outcomeUnknownDetail)
        }
        return entry
    }
}

/// Where audit entries go (a file in the XDG state folder, in the app).
public protocol AuditRecorder: Sendable {
    func record(_ entry: AuditEntry)
}
