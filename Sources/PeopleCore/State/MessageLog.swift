/// The latest status messages, whole, for `:messages`: the status line has one row and cuts
/// a long message at a word with "…", so what it said must be readable somewhere.
public struct MessageLog: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// "14:03:27", the local time it was said.
        public var time: String
        public var text: String
        public var level: StatusMessage.Level
    }

    /// How many messages are kept; older ones are forgotten.
    public static let capacity = 100

    /// Oldest first.
    public private(set) var entries: [Entry] = []

    public init() {}

    mutating func append(_ entry: Entry) {
        entries.append(entry)
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }
}
