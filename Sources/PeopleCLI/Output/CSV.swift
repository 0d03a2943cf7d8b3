import DocSpaceAPI

/// RFC 4180 CSV lines: `CSVText`, shared with the terminal UI's export since both write the
/// same files.
typealias CSV = CSVText
