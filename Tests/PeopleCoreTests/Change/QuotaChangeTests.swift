import DocSpaceAPI
import Testing

@testable import PeopleCore

/// `quota set` and `quota reset` on the one change path: who may, the words, the request, the
/// proof by the re-read of `quotaLimit`/`isCustomQuota`, a refusal part-way.
@Suite("Storage quota changes")
struct QuotaChangeTests {
    static let twoGB = StorageLimit.bytes(2_147_483_648)

    @Test("DocSpace admins (the owner too) for anyone, themselves included; others for no one")
    func rules() {
        let owner = People.owner
        let admin = People.person(1, type: .docSpaceAdmin)
        let roomAdmin = People.person(2, type: .roomAdmin)
        for kind in [ChangeKind.setQuota(Self.twoGB), .resetQuota] {
            #expect(kind.refusal(for: owner, me: owner) == nil, "\(kind)")
            #expect(kind.refusal(for: owner, me: admin) == nil)
            #expect(kind.refusal(for: People.person(3, status: .terminated), me: admin) == nil)
            #expect(kind.refusal(for: People.person(3), me: roomAdmin)?.text == "DocSpace admins only")
            #expect(kind.batchSize == PeopleQuery.maxCount)
        }
    }

    @Test("Words and request: the size in binary units, the bytes on the wire")
    func words() {
        let set = ChangeKind.setQuota(.bytes(524_288_000))
        #expect(set.question("3 people") == "Set the storage quota of 3 people to 500 MB?")
        #expect(set.serverCall(ids: ["a"]) == "PUT /api/2.0/people/userquota {quota: 524288000}")
        #expect(set.auditWord == "quota-set 524288000")
        #expect(ChangeKind.setQuota(.noLimit).auditWord == "quota-set -1")
        #expect(ChangeKind.resetQuota.serverCall(ids: ["a"]) == "PUT /api/2.0/people/resetquota")
    }

    @Test("Proof: a custom limit of that size; after a reset, a limit shown that is not custom")
    func proof() {
        var person = People.person(1)
        #expect(!ChangeKind.setQuota(Self.twoGB).reached(person), "no limit shown: quotas off, nothing proven")
        #expect(!ChangeKind.resetQuota.reached(person))
        person.quotaLimit = Self.twoGB.wireValue
        person.isCustomQuota = true
        #expect(ChangeKind.setQuota(Self.twoGB).reached(person))
        #expect(!ChangeKind.setQuota(.noLimit).reached(person))
        #expect(!ChangeKind.resetQuota.reached(person))
        person.quotaLimit = 5_368_709_120
        person.isCustomQuota = false
        #expect(ChangeKind.resetQuota.reached(person))
        #expect(ChangeKind.resetQuota.doneDetail(person) == "back to the default (5 GB)")
    }

    @Test(
        "Refused at the fourth of six: the three the portal changed are done from the re-read, the rest failed",
        arguments: [ChangeKind.setQuota(twoGB), .resetQuota])
    func partialRefusal(_ kind: ChangeKind) async throws {
        var people = (0..<6).map { People.person($0) }
        for index in people.indices {
            people[index].quotaLimit = 10_737_418_240
            people[index].isCustomQuota = kind == .resetQuota
        }
        let directory = FakeDirectory(people)
        await directory.refuse("id-3", with: .forbidden(message: "Access denied"))
        let run = ChangeRun(action: PendingAction(kind: kind, targets: people))
        let report = await ChangeDriver(client: FakePeopleClient(directory: directory)).run(run).report
        #expect(Set(report.done.map(\.id)) == ["id-0", "id-1", "id-2"])
        #expect(Set(report.failed.map(\.person.id)) == ["id-3", "id-4", "id-5"])
        #expect(report.fromReread)
        let shown = await directory.person("id-4")
        #expect(shown?.quotaLimit == 10_737_418_240, "the rest untouched")
    }
}
