@testable import PeopleCore

extension AppState {
    /// What the open confirmation asks to be typed, if it asks for anything.
    var openTypedAnswer: TypedAnswer? {
        switch dialog {
        case .confirm(let confirmation): confirmation.typedAnswer
        default: nil
        }
    }
}
