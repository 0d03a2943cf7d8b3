import Foundation
import TerminalUI

/// One of the CLI's output streams (standard output or standard error), and the only way
/// text reaches it, so that nothing a portal sends — a name, an e-mail, an id, an error
/// message — can act on the admin's terminal, whatever the command or path.
///
/// Text for a person to read goes through `TerminalText.sanitized`, the screen's own rule:
/// escape sequences, C0 and C1 controls show as visible stand-ins (`␛]2;…`, `�`), bidi and
/// invisible characters as `�`. A `line` is one line: a line break inside it is shown (`␊`)
/// rather than starting a line the portal wrote. Documents for programs keep their bytes:
/// JSON escapes every control character itself (`JSONControlEscapes`); CSV is exact into a
/// file or a pipe and, on a terminal, made visible line by line like any text.
struct ConsoleStream: Sendable {
    /// Whether the stream is a terminal (CSV is then made visible).
    let isTerminal: Bool
    /// Writes the bytes it is given before it returns; it must not keep the `Data` itself,
    /// whose bytes may be only lent for the call (copying them is fine).
    private let sink: @Sendable (Data) -> Void

    init(isTerminal: Bool, sink: @escaping @Sendable (Data) -> Void) {
        self.isTerminal = isTerminal
        self.sink = sink
    }

    /// The stream on file descriptor `fd`. Every write is complete and unbuffered, which also
    /// keeps a `demo-server`'s first line visible to a parent process reading a pipe.
    init(descriptor fd: Int32) {
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        self.init(isTerminal: isatty(fd) == 1) { handle.write($0) }
    }

    /// One line of text for a person, every character of it shown harmlessly.
    func line(_ text: String) {
        emit(Self.shown(text) + "\n")
    }

    /// Several lines (a table, a person's details), each as `line` writes it.
    func lines(_ lines: some Sequence<String>) {
        emit(lines.map { Self.shown($0) + "\n" }.joined())
    }

    /// A table: `TextTable.render` shows every cell with the screen's rule already (cell by
    /// cell, so that widths are measured on what is shown), so its lines are not scanned
    /// again — a listing of a whole portal is tens of thousands of them.
    func table(_ table: TextTable) {
        emit(table.renderedBytes())
    }

    /// A question without a line break after it.
    func prompt(_ text: String) {
        emit(Self.shown(text))
    }

    /// JSON: its bytes as they are. JSON escapes every control character (C0 by the format,
    /// DEL and C1 by `JSONControlEscapes` and `PrettyJSONWriter`), so there is nothing here a
    /// terminal acts on, and a program reads the portal's exact strings.
    func json(_ text: String) {
        emit(text)
    }

    /// JSON already in UTF-8 (a page of `list --all --json`), written as it is.
    func json(bytes: [UInt8]) {
        emit(bytes)
    }

    /// CSV already in UTF-8: as it is into a file or a pipe, as `csv` shows it on a terminal.
    func csv(bytes: [UInt8]) {
        guard isTerminal else { return emit(bytes) }
        csv(String(decoding: bytes, as: UTF8.self))
    }

    /// CSV (the whole of it, or the next complete lines of a stream): exact into a file or a
    /// pipe; on a terminal every line is shown as `line` shows text, the line breaks kept, so
    /// a cell's escape sequence reads `␛[2J` instead of clearing the screen.
    func csv(_ text: String) {
        guard isTerminal else { return emit(text) }
        emit(
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { Self.shown(String($0)) }.joined(separator: "\n"))
    }

    /// `text` as the terminal may show it.
    static func shown(_ text: String) -> String {
        TerminalText.sanitized(text)
    }

    private func emit(_ text: String) {
        guard !text.isEmpty else { return }
        sink(Data(text.utf8))
    }

    /// The bytes are lent to the sink for the call, not copied: a page of JSON or a whole
    /// table is hundreds of kilobytes, and the sink writes (or copies) them before it returns.
    private func emit(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { lent in
            guard let base = lent.baseAddress else { return }
            sink(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: lent.count, deallocator: .none))
        }
    }
}
