import DocSpaceAPI
import Foundation

/// Reads everyone's last sign-in in one paged read of the login history since the kept
/// history's start — about one request per 100 events, whatever the number of people — instead
/// of one request per person.
///
/// The server's rules it is built on (`SecurityController.GetLoginEventsByFilter`,
/// `LoginEventsRepository.GetByFilterAsync`):
/// - the page is cut from every event newest first *before* the filter applies, so the only
///   filter sent is `from`: then a page shorter than asked means the cut-off (or the end) was
///   reached. Filtering by person or action would make short pages meaningless;
/// - on a plan without the Audit feature the answer is the last 20 events of anyone, a 200.
///   It is caught two ways: a probe for events after tomorrow (the real filter answers none),
///   and any row older than the `from` asked. Then every person is "unknown", never a date.
public struct LastSignInReader: Sendable {
    public var client: any PeopleClient
    /// A guard against a portal that never answers a short page.
    public var maxPages: Int

    public init(client: any PeopleClient, maxPages: Int = 10_000) {
        self.client = client
        self.maxPages = maxPages
    }

    public func read(now: Date) async -> SignInHistory {
        let settings: AuditSettings
        do {
            settings = try await client.auditSettings()
        } catch {
            return .unknown(Self.reason(error))
        }
        let keptDays = settings.loginHistoryDays
        do {
            let probe = try await client.loginEvents(
                LoginEventQuery(from: now.addingTimeInterval(86_400), startIndex: 0, count: 1))
            if !probe.isEmpty { return .unknown(.noAuditFeature, keptDays: keptDays) }
            let from = now.addingTimeInterval(-Double(keptDays) * 86_400)
            var last: [String: Date] = [:]
            var startIndex = 0
            for _ in 0..<maxPages {
                let query = LoginEventQuery(from: from, startIndex: startIndex, count: LoginEventQuery.maxCount)
                let page = try await client.loginEvents(query)
                for event in page {
                    guard let date = event.date?.date else { continue }
                    // A row before `from` means the filter was ignored: the no-Audit answer.
                    if date < from.addingTimeInterval(-1) { return .unknown(.noAuditFeature, keptDays: keptDays) }
                    guard event.isSuccessfulSignIn else { continue }
                    let id = event.userID.lowercased()
                    if let known = last[id], known >= date { continue }
                    last[id] = date
                }
                if page.count > query.count { return .unknown(.noAuditFeature, keptDays: keptDays) }
                if page.count < query.count { return SignInHistory(keptDays: keptDays, lastByPerson: last) }
                startIndex += page.count
            }
            return .unknown(.failed("the login history did not end after \(maxPages) pages"), keptDays: keptDays)
        } catch {
            return .unknown(Self.reason(error), keptDays: keptDays)
        }
    }

    /// 403: not a DocSpace admin; 402: the plan (the lifetime answers 402 where the hosting
    /// hides the login history); anything else in its own words.
    static func reason(_ error: any Error) -> LastSignInUnknown {
        guard let error = error as? DocSpaceError else { return .failed(String(describing: error)) }
        switch error {
        case .forbidden: return .noRights
        case .paymentRequired: return .noAuditFeature
        case .unauthorized, .notFound, .badRequest, .rateLimited, .server, .transport, .dropped, .timeout, .decoding,
            .cancelled:
            return .failed(error.description)
        }
    }
}
