import DocSpaceAPI
import Testing

@testable import PeopleCore

/// The form mirrors the portal's own checks (`UserManagerWrapper`, `PasswordSettings`; the stand-in's
/// PeopleRules): the name pattern `^[\p{L}\p{M}' \-]+$`, the e-mail check, the password policy,
/// and who may give which type.
@Suite("Forms: the server's input rules, mirrored")
struct PeopleInputRulesTests {
    @Test(
        "Names: letters of any script, marks, apostrophe, space and hyphen",
        arguments: [
            "Jane", "O'Brien-Smith", "Mary Ann", "李小龙", "José\u{0301}", "Zoë", "Ђорђе",
        ])
    func goodNames(_ name: String) {
        #expect(PeopleInputRules.nameProblem(name, required: true) == nil)
    }

    @Test(
        "Names: digits, punctuation, emoji and controls are refused, each named",
        arguments: [
            ("Jane3", "3"), ("Jane!", "!"), ("J.R.", "."), ("Zoë🙂", "🙂"), ("Eve\u{1B}", "U+1B"), ("a_b", "_"),
        ])
    func badNames(_ name: String, _ named: String) throws {
        let problem = try #require(PeopleInputRules.nameProblem(name, required: true))
        #expect(problem.contains(named))
    }

    @Test("First name required, last name optional, 255 characters at most")
    func nameLengths() {
        #expect(PeopleInputRules.nameProblem("", required: true) == "Required")
        #expect(PeopleInputRules.nameProblem("   ", required: true) == "Required")
        #expect(PeopleInputRules.nameProblem("", required: false) == nil)
        #expect(PeopleInputRules.nameProblem(String(repeating: "a", count: 255), required: true) == nil)
        #expect(PeopleInputRules.nameProblem(String(repeating: "a", count: 256), required: true) != nil)
    }

    @Test(
        "E-mails the server accepts",
        arguments: [
            "a@b.co", "jane.doe+tag@example.org", "o'brien@mail.example.com", "x_y%z@ex-ample.net",
            " padded@example.com ",
        ])
    func goodEmails(_ email: String) {
        #expect(PeopleInputRules.emailProblem(email) == nil)
    }

    @Test(
        "E-mails the server refuses",
        arguments: [
            "", "jane", "jane@", "@example.com", "a@@example.com", "a@example", "a@example.c", "a@example.c0",
            ".a@example.com", "a.@example.com", "a@-example.com", "a@example-.com", "a@exa mple.com", "ä@example.com",
            "a@exa_mple.com", "a@example..com",
        ])
    func badEmails(_ email: String) {
        #expect(PeopleInputRules.emailProblem(email) != nil)
    }

    @Test(
        "Invitations: a punycode (xn--) label is refused before sending, as POST people/invite refuses it",
        arguments: ["a@xn--80ak6aa92e.com", "a@mail.XN--p1ai.example.org", "xn--a@example.com"])
    func punycodeInvitations(_ email: String) {
        #expect(PeopleInputRules.emailProblem(email) == nil, "a valid address otherwise")
        #expect(
            PeopleInputRules.invitationAddressProblem(email)
                == "The portal does not invite an address with a punycode (xn--) part")
        var form = InviteForm(me: People.owner)
        form.text = "ok@example.com \(email) "
        #expect(form.badAddresses().map(\.address) == [email])
    }

    @Test("Passwords: empty lets the portal generate one; else at least 8 characters")
    func passwords() {
        #expect(PeopleInputRules.passwordProblem(Password()) == nil)
        #expect(PeopleInputRules.passwordProblem(Password("1234567")) != nil)
        #expect(PeopleInputRules.passwordProblem(Password("12345678")) == nil)
        // What every portal refuses (`PasswordSettingsManager.CheckPassword`): more than 30,
        // anything but printable ASCII, spaces inside; the password is trimmed first.
        #expect(PeopleInputRules.passwordProblem(Password(String(repeating: "a", count: 30))) == nil)
        #expect(
            PeopleInputRules.passwordProblem(Password(String(repeating: "a", count: 31)))
                == "At most 30 characters (the portal's limit)")
        #expect(PeopleInputRules.passwordProblem(Password("correct horse")) == "No spaces (the portal refuses them)")
        #expect(
            PeopleInputRules.passwordProblem(Password("pässwörd1"))
                == "Latin letters, digits and symbols only (not “ä”)")
        #expect(PeopleInputRules.passwordProblem(Password("  abcdefgh  ")) == nil, "trimmed, like the server")
        #expect(PeopleInputRules.passwordProblem(Password("  abc  ")) != nil, "trimmed, then too short")
        #expect(PeopleInputRules.passwordProblem(Password("   ")) != nil)
    }

    @Test("Types: the owner gives any; a DocSpace admin not DocSpace admin; a room admin users and guests")
    func types() {
        let owner = People.owner
        let admin = People.person(1, type: .docSpaceAdmin)
        let roomAdmin = People.person(2, type: .roomAdmin)
        let user = People.person(3, type: .user)
        #expect(EmployeeType.allCases.allSatisfy { PeopleInputRules.typeProblem($0, me: owner) == nil })
        #expect(PeopleInputRules.typeProblem(.docSpaceAdmin, me: admin) != nil)
        #expect(PeopleInputRules.typeProblem(.roomAdmin, me: admin) == nil)
        #expect(PeopleInputRules.typeProblem(.roomAdmin, me: roomAdmin) != nil)
        #expect(PeopleInputRules.typeProblem(.user, me: roomAdmin) == nil)
        #expect(PeopleInputRules.typeProblem(.guest, me: roomAdmin) == nil)
        #expect(PeopleInputRules.typeProblem(.user, me: user) != nil)
    }

    @Test("Addresses split at spaces, commas, semicolons and line breaks; duplicates dropped")
    func addresses() {
        let text = "a@x.com, b@y.org;c@z.net\nd@w.com\r\n  A@X.com\t e@v.io;;"
        #expect(PeopleInputRules.addresses(in: text) == ["a@x.com", "b@y.org", "c@z.net", "d@w.com", "e@v.io"])
        #expect(PeopleInputRules.addresses(in: " \n ,; ").isEmpty)
    }
}
