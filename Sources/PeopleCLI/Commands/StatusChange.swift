import DocSpaceAPI
import Foundation
import PeopleCore

/// Terminate or re-activate many people: one request per 100, per-person results checked
/// against what the server returned, and the people re-read when the outcome is unclear.
struct StatusChange {
    let status: EmployeeStatus
    let session: PortalSession

    var verb: String { status == .terminated ? "terminate" : "activate" }

    func run(_ inputs: [String], dryRun: Bool) async throws(CLIFailure) -> BulkReport {
        let client = session.client
        var report = BulkReport(action: verb)
        let me = try await CommandRunner.call { try await client.me() }
        var toChange: [(String, Person)] = []
        for resolved in await TargetReread.read(typed: inputs, client: client) {
            switch resolved.result {
            case .failure(let error):
                report.add(resolved.input, nil, .failed, "\(error)")
            case .success(let person):
                if let reason = skipReason(person, me: me) {
                    report.add(resolved.input, person, .skipped, reason)
                } else {
                    toChange.append((resolved.input, person))
                }
            }
        }
        if dryRun {
            for (input, person) in toChange {
                report.add(
                    input, person, .skipped, "dry run: would \(verb) (PUT /api/2.0/people/status/\(status.routeName))")
            }
            return report
        }
        for start in stride(from: 0, to: toChange.count, by: PeopleQuery.maxCount) {
            let batch = Array(toChange[start..<min(start + PeopleQuery.maxCount, toChange.count)])
            let before = report.entries.count
            let request = "PUT /api/2.0/people/status/\(status.routeName)"
            let sent = session.recordSent(by: me, action: verb, request: request, people: batch.map(\.1))
            await apply(batch, into: &report)
            session.recordAudit(by: me, action: verb, request: request, entries: report.entries[before...])
            sent.answered()
        }
        return report
    }

    /// Why this person is left out before anything is sent (the server would refuse the whole
    /// batch for one of them), or nil.
    func skipReason(_ person: Person, me: Person) -> String? {
        if person.id == me.id { return "you cannot change your own status" }
        if person.isOwner { return "the portal owner cannot be \(status == .terminated ? "terminated" : "changed")" }
        if person.isLDAP { return "LDAP people are managed in LDAP" }
        if person.type == .docSpaceAdmin && !me.isOwner { return "only the owner can change another DocSpace admin" }
        switch (status, person.status) {
        case (.terminated, .terminated): return "already terminated"
        case (.active, .active), (.active, .pending): return "already active"
        default: return nil
        }
    }

    private func apply(_ batch: [(String, Person)], into report: inout BulkReport) async {
        let ids = batch.map { $0.1.id }
        do {
            let returned = try await session.client.setStatus(status, ids: ids)
            let byID = Dictionary(returned.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (input, person) in batch {
                guard let now = byID[person.id] else {
                    report.add(input, person, .skipped, "the portal did not return this person: nothing confirmed")
                    continue
                }
                record(input, now, into: &report, note: nil)
            }
        } catch let error as DocSpaceError where error.isUnclear {
            // The request may or may not have reached the server: read the truth back.
            for (input, person) in batch {
                do {
                    let now = try await session.client.person(id: person.id)
                    record(input, now, into: &report, note: "after \(error), re-read")
                } catch {
                    report.add(input, person, .failed, "unknown: \(error) — check this person")
                }
            }
        } catch {
            for (input, person) in batch { report.add(input, person, .failed, "\(error)") }
        }
    }

    private func record(_ input: String, _ now: Person, into report: inout BulkReport, note: String?) {
        let reached = status == .terminated ? now.status == .terminated : now.status != .terminated
        let suffix = note.map { " (\($0))" } ?? ""
        if reached {
            report.add(
                input, now, .done,
                (status == .terminated ? "terminated" : "now \(now.status.displayName.lowercased())") + suffix)
        } else {
            report.add(input, now, .skipped, "the portal left them \(now.status.displayName.lowercased())" + suffix)
        }
    }
}
