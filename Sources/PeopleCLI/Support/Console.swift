import Foundation

/// Standard output and error, and questions asked on the terminal.
///
/// Swift 6 rejects the C globals `stdout`/`stderr`, so output goes through `FileHandle`s;
/// every write is complete and unbuffered, which also keeps a `demo-server`'s first line
/// visible to a parent process reading a pipe.
public enum Console {
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes `text` as it is, without adding a newline (output streamed in parts).
    public static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    public static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    public static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Asks a question on the terminal and returns the line typed (without the newline).
    public static func ask(_ prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
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
