/// Why an action does not apply, in two lengths: the sentence dialogs and messages use
/// ("terminate first (t)") and the word or two the action bar falls back to when it is short
/// of room ("t first"), so that a reason shortens before a frequent key is left out.
public struct Refusal: Sendable, Equatable {
    public var text: String
    public var short: String

    public init(_ text: String, short: String? = nil) {
        self.text = text
        self.short = short ?? text
    }
}
