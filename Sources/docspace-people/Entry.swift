import ArgumentParser
import PeopleCLI

/// The program's entry point: the process is hardened first (no core dumps, nothing created
/// in the home by Foundation), then ArgumentParser's async `main()` of the root command runs.
@main
enum Entry {
    static func main() async {
        ProcessHardening.apply()
        await DocSpacePeople.main()
    }
}
