import DocSpaceAPI

/// The type dialog `T` opens: the four types, those the rules allow for these people and
/// this admin selectable, the others shown with the reason.
public struct TypeChoice: Sendable, Equatable {
    /// The people as they were when the dialog opened (pinned).
    public var targets: [Person]
    public var options: [TypeOption]
    /// The highlighted option, always an available one; `nil` when the only available type
    /// is DocSpace admin, which is never preselected (↑/↓ pick it on purpose).
    public var cursor: Int?

    public init(targets: [Person], options: [TypeOption]) {
        self.targets = targets
        self.options = options
        self.cursor = Self.safeDefault(for: targets, options: options)
    }

    /// The least powerful sensible choice, so that `T Enter` can never hand out more power
    /// than one step: the step up from the lowest type among the targets (Guest → User,
    /// User → Room admin). When that step is DocSpace admin or not allowed, the nearest
    /// allowed type below it (a room admin starts on User, a DocSpace admin on Room admin);
    /// then the nearest allowed type above it other than DocSpace admin. DocSpace admin is
    /// never preselected.
    static func safeDefault(for targets: [Person], options: [TypeOption]) -> Int? {
        let ranked = options.indices.filter { options[$0].isAvailable && options[$0].type != .docSpaceAdmin }
        guard let lowest = targets.map(\.type).min() else { return ranked.last }
        let stepUp = lowest.rank + 1
        let below = ranked.filter { options[$0].type.rank <= stepUp }
            .max { options[$0].type.rank < options[$1].type.rank }
        if let below { return below }
        return ranked.min { options[$0].type.rank < options[$1].type.rank }
    }

    /// Moves to the next available option up (-1) or down (+1); stays at the ends. With no
    /// option highlighted, ↓ starts from the top and ↑ from the bottom.
    public mutating func move(_ step: Int) {
        var index = (cursor ?? (step > 0 ? -1 : options.count)) + step
        while options.indices.contains(index) {
            if options[index].isAvailable {
                cursor = index
                return
            }
            index += step
        }
    }

    public var chosen: TypeOption? {
        guard let cursor, options.indices.contains(cursor) else { return nil }
        return options[cursor]
    }
}
