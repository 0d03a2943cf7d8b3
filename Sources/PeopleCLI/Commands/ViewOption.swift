import ArgumentParser

/// `--view NAME`: a saved view, a `[views.NAME]` table of the config file. One option group
/// for the terminal UI and `list`: declared twice as a plain option, the root command would
/// take the value `list --view` was given.
struct ViewOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A saved view ([views.NAME] in the config file): its filters, search, sort and columns (the table's); flags given with it win.",
            valueName: "name"))
    var view: String?
}
