import ArgumentParser
import PeopleCLI

/// The program's entry point: ArgumentParser's async `main()` of the root command, after the
/// process environment is made safe for plain-http portals (`PlainHTTPProxy`).
@main
enum Entry {
    static func main() async {
        PlainHTTPProxy.removeFromEnvironment()
        await DocSpacePeople.main()
    }
}
