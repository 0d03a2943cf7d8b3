import ArgumentParser
import PeopleCLI

/// The program's entry point: ArgumentParser's async `main()` of the root command.
@main
extension DocSpacePeople {}
