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
