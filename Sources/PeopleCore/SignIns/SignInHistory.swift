import Foundation

/// The last sign-in of everyone found in the portal's kept login history, or why there is none
/// to read: what `LastSignInReader` answers.
public struct SignInHistory: Sendable, Hashable {
    /// Days the portal keeps (`loginHistoryLifeTime`); `nil` when unknown.
    public var keptDays: Int?
    /// Person id (lower-cased) → their newest successful sign-in.
    public var lastByPerson: [String: Date]
    /// Set when the portal could not answer: every person is then unknown.
    public var unknown: LastSignInUnknown?

    public init(keptDays: Int?, lastByPerson: [String: Date], unknown: LastSignInUnknown? = nil) {
        self.keptDays = keptDays
        self.lastByPerson = lastByPerson
        self.unknown = unknown
    }

    public static func unknown(_ reason: LastSignInUnknown, keptDays: Int? = nil) -> SignInHistory {
        SignInHistory(keptDays: keptDays, lastByPerson: [:], unknown: reason)
    }

    public func lastSignIn(of personID: String) -> LastSignIn {
        if let unknown { return .unknown(unknown) }
        if let date = lastByPerson[personID.lowercased()] { return .on(date) }
        guard let keptDays else { return .unknown(.failed("the kept history's length is unknown")) }
        return .noneWithin(days: keptDays)
    }
}
