import DocSpaceAPI

/// The loaded people that match the search text, shown at the first key press while the
/// server is asked (search as you type).
///
/// They come from the listing as it was when `/` was pressed (`base`, a snapshot sharing its
/// storage) and from rows loaded since by server searches for an earlier text (`extra`),
/// base first, as the admin saw them. A longer text narrows the previous matches instead of
/// starting over, so each key press over 100,000 people costs the matches, not the listing.
///
/// A collection of `Person` for reading; the list pane draws `row(at:)`.
public struct LocalMatches: Sendable, Equatable, RandomAccessCollection {
    private var base: PeopleList
    /// Matching positions in `base`, ascending.
    private var positions: [Int32]
    /// Matching people from the rows loaded since, who are not in `base`.
    private var extra: [Person]
    private var terms: SearchTerms

    /// Finds the matches for `text` in `base` and in `current` (the listing now), narrowing
    /// `previous` when the text only grew.
    init(text: String, base: PeopleList, current: PeopleList, narrowing previous: LocalMatches? = nil) {
        let terms = SearchTerms(text, frequencies: base.byteFrequencies)
        self.base = base
        self.terms = terms
        if let previous, previous.base == base, terms.narrows(previous.terms) {
            positions = base.positions(matching: terms, among: previous.positions)
        } else {
            positions = base.positions(matching: terms)
        }
        // Rows loaded since the snapshot; pages that are still the snapshot's are skipped.
        extra = current.positions(matching: terms, skippingPagesOf: base).compactMap { position in
            guard let person = current[Int(position)], !base.contains(id: person.id) else { return nil }
            return person
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count + extra.count }

    public subscript(index: Int) -> Person {
        index < positions.count ? base[Int(positions[index])]! : extra[index - positions.count]
    }

    /// The row at a place among the matches: what the list pane draws.
    public func row(at index: Int) -> PersonRow? {
        guard indices.contains(index) else { return nil }
        return index < positions.count ? base.row(at: Int(positions[index])) : PersonRow(extra[index - positions.count])
    }

    /// The place of a person among the matches.
    public func firstIndex(ofID id: String) -> Int? {
        if let position = base.index(of: id) {
            return binarySearch(Int32(position))
        }
        return extra.firstIndex { $0.id == id }.map { positions.count + $0 }
    }

    public func contains(id: String) -> Bool {
        firstIndex(ofID: id) != nil
    }

    /// The server sent a newer copy of someone: the matches show it. (The caller updates the
    /// search's snapshot the same way, so the next key press can still narrow these.)
    mutating func update(_ person: Person) {
        if base.contains(id: person.id) {
            base.update(person)
        } else if let index = extra.firstIndex(where: { $0.id == person.id }) {
            extra[index] = person
        }
    }

    /// The server deleted someone: they leave the matches (and the snapshot, whose later
    /// positions move up one).
    mutating func remove(id: String) {
        if let position = base.index(of: id).map(Int32.init) {
            base.remove(id: id)
            positions = positions.compactMap { $0 == position ? nil : ($0 > position ? $0 - 1 : $0) }
        }
        extra.removeAll { $0.id == id }
    }

    private func binarySearch(_ position: Int32) -> Int? {
        var low = 0
        var high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low < positions.count && positions[low] == position ? low : nil
    }
}
