extension Duration {
    /// The duration in seconds, for printing.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
