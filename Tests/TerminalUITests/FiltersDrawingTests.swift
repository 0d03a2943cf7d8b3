import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// The account type, seat and quota filters in the title bar, and the quota dialog `z` opens.
@Suite("Drawing the server filters and the quota dialog")
@MainActor
struct FiltersDrawingTests {
    nonisolated static let people: [Person] = (0..<10).map { Fixture.person($0) }

    @Test("The title bar names the filters in force after the group, and only those")
    func titleBar() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 160, height: 24))
        #expect(!fixture.render().line(0).contains("Account:"))
        fixture.press(.char("L"), .char("L"))  // LDAP
        fixture.press(.char("$"))  // paid
        fixture.press(.char("Q"), .char("Q"))  // custom
        let title = fixture.render().line(0)
        #expect(title.contains("│ Account: LDAP │ Seats: paid │ Quota: custom │"), "\(title)")
        fixture.press(.char("$"), .char("$"))  // back to all seats
        let fewer = fixture.render().line(0)
        #expect(fewer.contains("│ Account: LDAP │ Quota: custom │"), "\(fewer)")
        #expect(!fewer.contains("Seats:"))
        fixture.press(.char("X"))
        #expect(!fixture.render().line(0).contains("Account:"))
    }

    @Test(
        "z opens the size field for the selected person, with the units and the portal's default; a bad size says why")
    func quotaDialog() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 100, height: 30))
        fixture.press(.char("z"))
        let opened = fixture.render().text
        #expect(opened.contains("Set storage quota"), "\(opened)")
        #expect(opened.contains("The storage quota for 1 person:"))
        #expect(opened.contains("500 MB, 2 GB, 1.5 GB, or no limit. 1 MB = 1,048,576 bytes."))
        #expect(opened.contains("The portal's default is 5 GB"))
        #expect(opened.contains("Enter asks y/N · Esc closes (nothing is changed)"))
        for character in "500" { fixture.press(.char(character)) }
        #expect(fixture.render().text.contains("Size: 500"))
        fixture.press(.enter)
        #expect(fixture.render().text.contains("500 has no unit"))
    }

    @Test("Per-user quotas off: z opens nothing and the status line says so")
    func quotasOff() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 160, height: 24))
        fixture.quotaSettings = UserQuotaSettings(enableQuota: false, defaultQuota: -2)
        fixture.press(.char("z"))
        let screen = fixture.render().text
        #expect(!screen.contains("Set storage quota"))
        #expect(screen.contains("Per-user storage quotas are off on this portal"), "\(screen)")
    }
}
