import DocSpaceAPI
import Foundation

/// Standard output and error, and questions asked on the terminal: every write goes through
/// a `ConsoleStream`, which shows text from outside harmlessly (see there).
///
/// Swift 6 rejects the C globals `stdout`/`stderr`, so output goes through `FileHandle`s.
public enum Console {
    static let standardOutput = ConsoleStream(descriptor: STDOUT_FILENO)
    static let standardError = ConsoleStream(descriptor: STDERR_FILENO)

    /// One line on standard output.
    public static func out(_ line: String) {
        standardOutput.line(line)
    }

    /// Several lines on standard output (a table).
    public static func out(lines: [String]) {
        standardOutput.lines(lines)
    }

    /// A table on standard output.
    public static func out(table: TextTable) {
        standardOutput.table(table)
    }

    /// One line on standard error.
    public static func error(_ line: String) {
        standardError.line(line)
    }

    /// A JSON document on standard output, and a line break.
    public static func json(_ document: String) {
        standardOutput.json(document + "\n")
    }

    /// A CSV document on standard output, and a line break.
    public static func csv(_ document: String) {
        standardOutput.csv(document + "\n")
    }

    /// The next part of an export streamed page by page (`list --all --json|--csv`), as it is
    /// (the export's text ends with its own line break).
    static func export(_ part: [UInt8], as format: PeopleExportFormat) {
        switch format {
        case .json: standardOutput.json(bytes: part)
        case .csv: standardOutput.csv(bytes: part)
        }
    }

    public static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    public static var outputIsTerminal: Bool { standardOutput.isTerminal }

    /// Asks a question on the terminal and returns the line typed (without the newline).
    public static func ask(_ prompt: String) -> String? {
        standardError.prompt(prompt)
        return readLine(strippingNewline: true)
    }

    /// Reads a secret from the terminal with echo off, restoring the terminal whatever happens
    /// (`SilentTerminal`, Ctrl-C included). Returns nil when there is no terminal to read from.
    public static func askSecret(_ prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        _ = prompt.withCString { Foundation.write(fd, $0, strlen($0)) }
        let typed: [UInt8]? = SilentTerminal.run(on: fd) {
            var bytes: [UInt8] = []
            var byte: UInt8 = 0
            while Foundation.read(fd, &byte, 1) == 1 {
                if byte == 0x0A || byte == 0x0D { break }
                bytes.append(byte)
            }
            return bytes
        }
        _ = "\n".withCString { Foundation.write(fd, $0, 1) }
        return typed.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Reads one line from standard input, for `--password-stdin`.
    public static func readSecretLine() -> String? {
        readLine(strippingNewline: true)
    }
}
