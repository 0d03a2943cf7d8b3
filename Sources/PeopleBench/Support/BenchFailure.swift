/// Why a measurement could not be taken: the job did not do everything it should, so no
/// time is printed for it.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
