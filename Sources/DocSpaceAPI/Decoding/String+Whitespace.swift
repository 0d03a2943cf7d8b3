/// Trimming without Foundation's `CharacterSet`, for the decoders' "blank means absent" checks.
extension String {
    var trimmingWhitespace: String {
        // Most text starts and ends with printable ASCII other than a space: nothing to trim
        // (whitespace never joins a following or preceding ASCII character in one Character).
        if let first = utf8.first, let last = utf8.last,
            (0x21...0x7E).contains(first), (0x21...0x7E).contains(last)
        {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension String {
    /// `trimmingWhitespace.isEmpty`, told at once for text with a printable ASCII character
    /// other than a space: such a byte is a Character of its own or follows a scalar that
    /// is not whitespace (a prepended mark), so the text has a non-whitespace Character.
    /// The creator's display name on every person ends in a space ("Administrator "), which
    /// the full trim takes Character by Character.
    var isBlank: Bool {
        if utf8.contains(where: { (0x21...0x7E).contains($0) }) { return false }
        return trimmingWhitespace.isEmpty
    }
}
