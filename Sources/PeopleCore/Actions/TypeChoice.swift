import DocSpaceAPI

/// The type dialog `T` opens: the four types, those the rules allow for these people and
/// this admin selectable, the others shown with the reason.
public struct TypeChoice: Sendable, Equatable {
    /// The people as they were when the dialog opened (pinned).
    public var targets: [Person]
    public var options: [TypeOption]
    /// The highlighted option; always an available one.
    public var cursor: Int

    public init(targets: [Person], options: [TypeOption]) {
        self.targets = targets
        self.options = options
        self.cursor = options.firstIndex(where: \.isAvailable) ?? 0
    }

    /// Moves to the next available option up (-1) or down (+1); stays at the ends.
    public mutating func move(_ step: Int) {
        var index = cursor + step
        while options.indices.contains(index) {
            if options[index].isAvailable { cursor = index; return }
            index += step
        }
    }

    public var chosen: TypeOption? { options.indices.contains(cursor) ? options[cursor] : nil }
}
