/// A name as shown and its ASCII form for the e-mail address (`Zoë` → `zoe`).
struct DemoName: Sendable {
    var text: String
    var ascii: String

    init(_ text: String, _ ascii: String) {
        self.text = text
        self.ascii = ascii
    }
}
