/// Builds the deterministic demo directory from `PortalOptions.seed` and `.users`: the owner,
/// a fixed cast that exercises every awkward case (HTML-special and non-Latin names, LDAP and
/// SSO accounts, terminated people who own rooms, invitees, control characters in notes), then
/// generated people in realistic proportions. The same seed and count always give the same
/// people, ids and dates; `john.doe@example.com` never appears (tests use it for new people).
struct DemoDirectoryBuilder {
    var options: PortalOptions

    /// Midnight 2022-01-01 UTC: the demo portal's people registered during the three years after.
    private static let epoch = PortalInstant(ticks: 1_640_995_200 * PortalInstant.ticksPerSecond)
    private static let reservedEmail = "john.doe@example.com"

    private static let groupNames = [
        "Marketing", "Sales", "R&D", "Smith & Sons", "Support <EU>", "Customer \"Success\"", "Finance",
        "Legal", "Engineering", "Ærø Office", "東京オフィス", "Отдел продаж", "الموارد البشرية",
    ]

    /// How likely each group (same order as `groupNames`) is as a person's first group:
    /// departments of very different sizes, Engineering the largest, Legal among the smallest.
    private static let groupWeights = [3, 6, 4, 1, 5, 2, 2, 1, 10, 1, 2, 2, 1]

    /// Groups left without a head, as on real portals.
    private static let headlessGroups: Set<String> = ["Legal", "Ærø Office"]

    private static let locations = [
        "Riga", "London", "New York", "São Paulo", "Zürich", "Ærøskøbing", "Kraków", "東京", "서울",
        "Москва", "القاهرة", "Αθήνα", "Hà Nội", "Montréal", "Reykjavík", "Berlin", "Paris", "Madrid",
    ]

    private static let notes = [
        "Team lead", "Works part-time (Mon–Wed)", "On parental leave until spring", "Prefers e-mail over chat",
        "Contractor — access reviewed quarterly", "Speaks English, Deutsch & Français", "Mentor for new hires",
    ]

    /// One member of the fixed cast.
    private struct CastMember {
        var first: String, last: String, email: String
        var type: PortalEmployeeType
        var status: PortalEmployeeStatus = .active
        var activation: PortalActivationStatus = .activated
        var culture = "en-US"
        var groups: [String] = []
        var location: String? = nil
        var notes: String? = nil
        var isLDAP = false, isSSO = false, ownsRooms = false, sharesFiles = false
        /// The e-mail of the cast member who invited this one (a room admin's guests); `nil`: the owner.
        var inviter: String? = nil
    }

    /// The fixed cast's addresses: tests rely on what each of them holds (`DemoRooms` adds
    /// them to no room).
    static var castEmails: Set<String> { Set(cast.map(\.email)) }

    private static let cast: [CastMember] = [
        CastMember(
            first: "Siobhán", last: "O'Brien", email: "siobhan.obrien@example.com", type: .docSpaceAdmin,
            groups: ["Marketing", "Smith & Sons"], location: "Dublin", notes: "Second admin", ownsRooms: true),
        CastMember(
            first: "Zoë", last: "Ærøskøbing", email: "zoe.aeroskobing@example.com", type: .roomAdmin,
            culture: "da-DK", groups: ["Ærø Office"], location: "Ærøskøbing", ownsRooms: true),
        CastMember(
            first: "Łukasz", last: "Wiśniewski", email: "lukasz.wisniewski@example.com", type: .user,
            culture: "pl-PL", groups: ["Engineering"], location: "Kraków"),
        CastMember(
            first: "小龙", last: "李", email: "li.xiaolong@example.com", type: .roomAdmin,
            culture: "zh-CN", groups: ["R&D"], ownsRooms: true),
        CastMember(
            first: "太郎", last: "山田", email: "yamada.taro@example.com", type: .user,
            culture: "ja-JP", groups: ["東京オフィス"], location: "東京"),
        CastMember(
            first: "민준", last: "김", email: "kim.minjun@example.org", type: .guest, culture: "ko-KR", location: "서울",
            inviter: "ivan.petrov@example.com"),
        CastMember(
            first: "محمد", last: "العلي", email: "mohammed.alali@example.com", type: .user,
            culture: "ar-SA", groups: ["الموارد البشرية"]),
        CastMember(
            first: "Иван", last: "Петров", email: "ivan.petrov@example.com", type: .roomAdmin,
            culture: "ru-RU", groups: ["Отдел продаж"], location: "Москва"),
        CastMember(
            first: "Maximilian Alexander Friedrich Wilhelm", last: "von Hohenzollern-Sigmaringen-Wittelsbach",
            email: "maximilian.hohenzollern@example.com", type: .user, culture: "de-DE",
            groups: ["Legal", "Finance", "Customer \"Success\""]),
        CastMember(
            first: "<b>Bold</b>", last: "Tag", email: "bold.tag@example.net", type: .guest,
            notes: "<script>alert('hi')</script>"),
        CastMember(
            first: "Smith & Sons", last: "\"Ltd\"", email: "contact@smithandsons.example.com", type: .guest,
            groups: ["Smith & Sons"], inviter: "ivan.petrov@example.com"),
        CastMember(
            first: "Ingrid", last: "Lindqvist", email: "ingrid.lindqvist@example.com", type: .user,
            groups: ["Support <EU>"], location: "Stockholm", isLDAP: true),
        CastMember(
            first: "Jürgen", last: "Groß", email: "jurgen.gross@example.com", type: .roomAdmin,
            culture: "de-DE", groups: ["Engineering"], location: "Berlin", isLDAP: true),
        CastMember(
            first: "Sofía", last: "Ibáñez", email: "sofia.ibanez@example.com", type: .user,
            culture: "es-ES", groups: ["Sales"], location: "Madrid", isSSO: true),
        CastMember(
            first: "Noël", last: "Lefèvre", email: "noel.lefevre@example.com", type: .roomAdmin,
            status: .terminated, culture: "fr-FR", groups: ["Sales"], location: "Montréal", ownsRooms: true),
        CastMember(
            first: "Ramón", last: "Peña", email: "ramon.pena@example.com", type: .user,
            status: .terminated, culture: "es-ES", sharesFiles: true),
        CastMember(
            first: "", last: "", email: "new.colleague@example.com", type: .roomAdmin,
            status: .pending, activation: .pending),
        CastMember(
            first: "", last: "", email: "invited.user@example.org", type: .user,
            status: .pending, activation: .pending),
        CastMember(
            first: "Mallory", last: "Escape", email: "mallory.escape@example.net", type: .user,
            location: "🏢 HQ\u{200B}", notes: "Line one\nLine two\t\u{1B}[31mred\u{1B}[0m \u{07}bell"),
    ]

    func build() -> Directory {
        var rng = SeededGenerator(seed: options.seed)
        let total = max(1, options.users)
        var directory = Directory()
        directory.reserveCapacity(total)
        var usedEmails: Set<String> = [options.ownerEmail.lowercased(), Self.reservedEmail]
        usedEmails.reserveCapacity(total + 2)
        var groupIDs: [String: String] = [:]
        for name in Self.groupNames {
            let id = rng.guid()
            groupIDs[name] = id
            directory.addGroup(PortalGroup(id: id, name: name, manager: name == "Marketing" ? "siobhan.obrien" : nil))
        }

        let ownerID = rng.guid()
        directory.insert(
            PortalPerson(
                id: ownerID, firstName: "Administrator", lastName: "",
                userName: directory.uniqueUserName(for: options.ownerEmail),
                email: options.ownerEmail.lowercased(), status: .active, activationStatus: .activated,
                type: .docSpaceAdmin,
                isOwner: true, usedSpace: 7_340_032, registrationDate: Self.epoch.adding(seconds: -30 * 86_400),
                password: options.ownerPassword, ownsRooms: true, avatarHash: Int(rng.next() % 2_000_000_000)))
        var admins = [ownerID]
        // The generated active room admins so far: half the generated guests are theirs (see
        // below); the cast's room admins keep only the guests the cast gives them.
        var roomAdmins: [String] = []
        var castIDs: [String: String] = [:]

        for member in Self.cast.prefix(total - 1) where !usedEmails.contains(member.email) {
            usedEmails.insert(member.email)
            var person = PortalPerson(
                id: rng.guid(), firstName: member.first, lastName: member.last,
                userName: directory.uniqueUserName(for: member.email), email: member.email,
                status: member.status, activationStatus: member.activation, type: member.type,
                groupIDs: member.groups.compactMap { groupIDs[$0] }, location: member.location, notes: member.notes,
                cultureName: member.culture, isLDAP: member.isLDAP, isSSO: member.isSSO,
                createdBy: ownerID, registrationDate: randomRegistration(&rng), ownsRooms: member.ownsRooms,
                avatarHash: Int(rng.next() % 2_000_000_000))
            castIDs[member.email] = person.id
            person.usedSpace = Double(rng.below(2_000) * 1_048_576)
            // An LDAP or SSO sign-in creates the account: stored as Activated + AutoGenerated (5).
            person.isAutoGenerated = member.isLDAP || member.isSSO
            person.sharesFiles = member.sharesFiles
            if member.status == .terminated {
                person.terminatedDate = person.registrationDate.adding(seconds: Int64(86_400 + rng.below(300 * 86_400)))
            }
            if member.type == .docSpaceAdmin { admins.append(person.id) }
            directory.insert(person)
        }
        // A cast member's inviter may come later in the cast.
        for member in Self.cast {
            guard let inviter = member.inviter, let id = castIDs[member.email], let inviterID = castIDs[inviter]
            else { continue }
            _ = directory.update(id) { $0.createdBy = inviterID }
        }

        let groupIDList = Self.groupNames.map { groupIDs[$0]! }
        let maxAdmins = max(2, min(25, total / 40))
        var emailCounters: [String: Int] = [:]
        while directory.count < total {
            let culture = pickCulture(&rng)
            let first = rng.pick(culture.firstNames)
            let last = rng.pick(culture.lastNames)
            let domain = rng.chance(0.75) ? "example.com" : (rng.chance(0.5) ? "example.org" : "example.net")
            let base = first.ascii + "." + last.ascii
            var local = base
            var email = base + "@" + domain
            if usedEmails.contains(email) {
                let key = email
                repeat {
                    let next = emailCounters[key, default: 1] + 1
                    emailCounters[key] = next
                    local = base + String(next)
                    email = local + "@" + domain
                } while usedEmails.contains(email)
            }
            usedEmails.insert(email)

            var type: PortalEmployeeType
            var status = PortalEmployeeStatus.active
            var activation = PortalActivationStatus.activated
            let roll = rng.below(1000)
            switch roll {
            case ..<15: type = admins.count < maxAdmins ? .docSpaceAdmin : .roomAdmin
            case ..<170: type = .roomAdmin
            case ..<600: type = .user
            case ..<840: type = .guest
            case ..<920:
                type = rng.chance(0.5) ? .roomAdmin : .user
                status = .pending
                activation = .pending
            default:
                type = rng.pick([.roomAdmin, .user, .user, .guest])
                status = .terminated
            }
            if status == .active, rng.chance(0.04) { activation = .pending }

            let creator = rng.chance(0.7) ? ownerID : rng.pick(admins)
            var person = PortalPerson(
                id: rng.guid(),
                firstName: status == .pending ? "" : first.text,
                lastName: status == .pending ? "" : last.text,
                userName: directory.uniqueUserName(localPart: local), email: email,
                status: status, activationStatus: activation, type: type,
                cultureName: culture.cultureName, createdBy: creator,
                registrationDate: randomRegistration(&rng), avatarHash: Int(rng.next() % 2_000_000_000))
            if type != .guest, status != .pending {
                let groupCount = rng.below(3)
                if groupCount > 0 {
                    let firstGroup = Self.weightedGroup(rng.below(Self.groupWeights.reduce(0, +)))
                    person.groupIDs = [groupIDList[firstGroup]]
                    if groupCount > 1 {
                        person.groupIDs.append(
                            groupIDList[(firstGroup + 1 + rng.below(Self.groupNames.count - 1)) % Self.groupNames.count]
                        )
                    }
                }
            }
            if rng.chance(0.5) { person.location = rng.pick(Self.locations) }
            if rng.chance(0.1) { person.notes = rng.pick(Self.notes) }
            if rng.chance(0.2) { person.mobilePhone = "+1 555 01\(String(format2: rng.below(100)))" }
            if rng.chance(0.15) {
                person.contacts = [
                    PortalContact(
                        type: "phone", value: "+44 20 7946 0\(String(format2: rng.below(100)))\(rng.below(10))")
                ]
                if rng.chance(0.5) {
                    person.contacts.append(PortalContact(type: "skype", value: "\(first.ascii).\(last.ascii)"))
                }
            }
            person.usedSpace = status == .pending ? 0 : Double(rng.below(5_000) * 1_048_576 + rng.below(1_048_576))
            if rng.chance(0.05) { person.quotaLimit = 10_737_418_240 }
            if type.isPaid, status != .pending, rng.chance(0.4) { person.ownsRooms = true }
            // One in five has no authenticator app; from the avatar hash, not the generator.
            person.twoFactorAppSetUp = person.avatarHash % 5 != 0
            if status == .terminated {
                person.terminatedDate = person.registrationDate.adding(seconds: Int64(86_400 + rng.below(400 * 86_400)))
                if rng.chance(0.4) { person.ownsRooms = true }
            }
            // Users and guests cannot own rooms but share files; taken from the avatar hash,
            // not the generator, so the rest of the directory stays as it was.
            if !type.isPaid, status != .pending, person.avatarHash % 4 == 0 { person.sharesFiles = true }
            // Half the guests were invited by a room admin, as on real portals where room admins
            // invite guests to their rooms; from the avatar hash, not the generator, so the rest
            // of the directory stays as it was.
            if type == .guest, person.avatarHash % 2 == 0, !roomAdmins.isEmpty {
                person.createdBy = roomAdmins[(person.avatarHash / 2) % roomAdmins.count]
            }
            if type == .roomAdmin, status == .active { roomAdmins.append(person.id) }
            if type == .docSpaceAdmin { admins.append(person.id) }
            directory.insert(person)
        }
        addHeads(to: &directory)
        if options.hostileData { addHostileCast(to: &directory, createdBy: ownerID, &rng) }
        return directory
    }

    /// The group whose weight band holds `draw` (0 ..< the sum of `groupWeights`).
    private static func weightedGroup(_ draw: Int) -> Int {
        var rest = draw
        for (index, weight) in groupWeights.enumerated() {
            if rest < weight { return index }
            rest -= weight
        }
        return groupWeights.count - 1
    }

    /// A head for every group but the headless ones: its first active member who is not a
    /// guest (the server's rule for who may join), so the head is a member, as the server
    /// makes them. Drawn from the directory, not the generator: the people stay as they were.
    private func addHeads(to directory: inout Directory) {
        var firstMember: [String: String] = [:]
        for person in directory.people where person.status == .active && person.type != .guest {
            for id in person.groupIDs where firstMember[id] == nil { firstMember[id] = person.userName }
        }
        for group in directory.groups where group.manager == nil && !Self.headlessGroups.contains(group.name) {
            directory.updateGroup(group.id) { $0.manager = firstMember[group.id] }
        }
    }

    /// Test data only: see `HostileCast`. Added on top of `users`, after everyone else, so
    /// the rest of the directory is the same with or without them.
    private func addHostileCast(to directory: inout Directory, createdBy ownerID: String, _ rng: inout SeededGenerator)
    {
        for (index, member) in HostileCast.members.enumerated() {
            let groupID = directory.addGroup(PortalGroup(id: rng.guid(), name: member.group, manager: member.first))
            var person = PortalPerson(
                id: rng.guid(), firstName: member.first, lastName: member.last,
                userName: directory.uniqueUserName(localPart: "hostile\(index + 1)"), email: member.email,
                status: member.status, activationStatus: .activated, type: .user,
                groupIDs: [groupID], location: member.location, notes: member.notes,
                cultureName: "en-US", createdBy: ownerID, registrationDate: randomRegistration(&rng),
                avatarHash: Int(rng.next() % 2_000_000_000))
            person.mobilePhone = member.phone
            person.contacts = [PortalContact(type: "skype", value: member.phone)]
            if member.status == .terminated {
                person.terminatedDate = person.registrationDate.adding(seconds: 86_400)
            }
            directory.insert(person)
        }
    }

    private func randomRegistration(_ rng: inout SeededGenerator) -> PortalInstant {
        PortalInstant(
            ticks: Self.epoch.ticks + Int64(rng.below(3 * 365 * 86_400)) * PortalInstant.ticksPerSecond
                + Int64(rng.below(Int(PortalInstant.ticksPerSecond))))
    }

    private static let cultureWeights = DemoCulture.all.reduce(0) { $0 + $1.weight }

    private func pickCulture(_ rng: inout SeededGenerator) -> DemoCulture {
        var roll = rng.below(Self.cultureWeights)
        for culture in DemoCulture.all {
            if roll < culture.weight { return culture }
            roll -= culture.weight
        }
        return DemoCulture.all[0]
    }
}

extension String {
    /// Two digits, zero-padded.
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
