/// A `PersonRenderer` with the directory it resolves people against: what the endpoints use
/// on the `PortalState` actor (`renderer(context).full(person)`).
struct DirectoryRenderer {
    var directory: Directory
    var renderer: PersonRenderer

    func full(_ person: PortalPerson, selfExtras: Bool = false) -> JSON {
        renderer.full(directory.subject(person), selfExtras: selfExtras)
    }

    func short(_ person: PortalPerson) -> JSON {
        renderer.short(person)
    }
}
