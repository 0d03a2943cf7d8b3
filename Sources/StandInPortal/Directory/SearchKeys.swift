/// Lower-cased byte keys of one person, computed once per change, so sorting and the text
/// filter over 100,000 people compare bytes instead of Unicode strings.
struct SearchKeys: Sendable {
    var firstName: [UInt8]
    var lastName: [UInt8]
    var email: [UInt8]
    var department: [UInt8]
    /// first + "\n" + last + "\n" + e-mail: a term matches if any of the three contains it,
    /// and no term can contain the separator.
    var text: [UInt8]

    init(person: PortalPerson, department: String) {
        firstName = Array(person.firstName.lowercased().utf8)
        lastName = Array(person.lastName.lowercased().utf8)
        email = Array(person.email.lowercased().utf8)
        self.department = Array(department.lowercased().utf8)
        text = firstName + [0x0A] + lastName + [0x0A] + email
    }
}
