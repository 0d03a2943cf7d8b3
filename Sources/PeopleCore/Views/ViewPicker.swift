/// The saved-view picker (`v`): the config file's views by name; Enter opens the one under
/// the cursor, Esc leaves the list as it is.
public struct ViewPicker: Sendable, Equatable {
    public let names: [String]
    public private(set) var cursor: Int

    public init(names: [String], current: String?) {
        self.names = names
        cursor = current.flatMap { names.firstIndex(of: $0) } ?? 0
    }

    public var chosen: String? { names.indices.contains(cursor) ? names[cursor] : nil }

    mutating func move(by step: Int) {
        guard !names.isEmpty else { return }
        cursor = min(max(0, cursor + step), names.count - 1)
    }
}
