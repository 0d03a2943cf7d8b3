/// The size field `z` opens: the storage quota for the marked or selected people, typed as
/// `500 MB`, `2 GB` or `no limit` (`StorageSize`), then the one confirmation of the change.
public struct QuotaSizeField: Sendable, Equatable {
    public var field = LineEditor(limit: 40)
    /// How many people the limit is for (the marked ones, or the selected one).
    public var count: Int
    /// The portal's default limit in bytes, for the field's hint; `nil` when none is set.
    public var portalDefault: Int64?
    /// What is wrong with the size typed (Enter was pressed): said under the field.
    public var problem: String?

    public init(count: Int, portalDefault: Int64?) {
        self.count = count
        self.portalDefault = portalDefault
    }
}
