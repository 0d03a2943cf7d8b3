import CNCurses
import Foundation
import PeopleCore

#if canImport(Glibc)
import Glibc
#endif

/// Owns ncurses: sets the terminal up, reads keys, follows resizes and signals, and gives the
/// terminal back, always. It lives on the main actor, so the compiler guarantees that curses
/// is only ever touched from one thread (ncurses is not thread-safe).
///
/// Keys are read from a `DispatchSource` on fd 0 with `nodelay` + `wgetch`, drained until
/// `ERR` (the source is level-triggered). Signals come through `TerminalSignals`, whose
/// sources are in place before `newterm`, so ncurses installs none of its handlers; a resize
/// calls `resizeterm` itself.
@MainActor
final class TerminalDevice: TerminalPort {
    typealias Event = TerminalEvent

    let ncursesScreen: NcursesScreen
    var screen: any Screen { ncursesScreen }
    private let window: UnsafeMutablePointer<WINDOW>
    private var sources: [any DispatchSourceProtocol] = []
    private let signals: TerminalSignals
    private var handler: ((Event) -> Void)?
    private var restored = false
    /// Keys after a `flushTypeAhead` in the batch being handled are dropped.
    private var flushRequested = false
    private var decoder = InputDecoder()
    /// The character handling chosen at start (see `TerminalLocale`).
    let locale: TerminalLocale

    /// Whether this terminal can run the UI, found without writing to it: stdin and stdout
    /// are terminals and `TERM` names a known terminal that can move the cursor (`dumb`, or
    /// any entry without cursor addressing, would draw nothing but a scroll of text).
    static func check() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw PeopleTUIError.notATerminal
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch cn_terminal_can_address() {
        case 1: return
        case 0: throw PeopleTUIError.cannotMoveCursor(term)
        default: throw PeopleTUIError.unknownTerminal(term)
        }
    }

    /// Sets the terminal up. Throws, with the terminal untouched, when stdin or stdout is not a
    /// terminal or the terminal type is unknown or cannot move the cursor (`check`).
    init() throws {
        try Self.check()
        // Before `newterm`, so that ncurses installs none of its signal handlers.
        signals = TerminalSignals()
        locale = TerminalLocale.adopt()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
            let screenPointer = newterm(nil, output, input)
        else {
            signals.cancel()
            throw PeopleTUIError.unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        set_term(screenPointer)
        guard let window = cn_stdscr() else {
            endwin()
            signals.cancel()
            throw PeopleTUIError.unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.window = window
        CrashGuard.install()
        // A lone Esc would otherwise wait a whole second for the rest of a sequence.
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(25) }
        cbreak()
        Self.takeControlKeys()
        noecho()
        keypad(window, true)
        nodelay(window, true)
        intrflush(window, false)
        meta(window, true)
        curs_set(0)
        for (sequence, code) in KeyDecoder.extraSequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        for (sequence, code) in InputDecoder.pasteSequences { define_key(sequence, code) }
        ncursesScreen = NcursesScreen(
            window: window, palette: NcursesScreen.startColours(),
            asciiOnly: locale.drawsAsciiOnly)
        // Pasted text arrives marked, so it is typed into a field and never run as keys.
        // `restore`, the suspend and the crash guard turn it off again.
        cn_bracketed_paste(1)
    }

    /// Takes the control keys the terminal driver would act on itself, and lets curses keep
    /// that as the program's mode; `endwin` restores the shell's own settings.
    ///
    /// Ctrl-S submits a form, but with XON/XOFF flow control on (cbreak keeps it) the driver
    /// would take it as "stop output" and freeze the screen: IXON goes off.
    ///
    /// The driver's signal characters go off too, so that they reach the app as
    /// bytes and a paste can carry them as text:
    /// - Ctrl-\\ (QUIT) sent SIGQUIT, whose default ends the process with a core dump and the
    ///   terminal left raw — one key next to Enter. Now it is a key bound to nothing.
    /// - Ctrl-C (INTR) and Ctrl-Z (SUSP) did what they do here, as signals, from a paste too: a
    ///   pasted line with a stray 0x03 quit the app and lost the form it was pasted into. Now
    ///   `drainInput` turns them, typed, into the same interrupt and suspend, and in a paste
    ///   they are text (and dropped as control characters).
    private static func takeControlKeys() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        // `_POSIX_VDISABLE` (0 on Linux) turns a special character off.
        withUnsafeMutableBytes(of: &settings.c_cc) { characters in
            for character in [VQUIT, VINTR, VSUSP] { characters[Int(character)] = 0 }
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 else { return }
        def_prog_mode()
    }

    var size: TerminalSize { ncursesScreen.size }

    /// Starts delivering events on the main actor; called again (the connecting screen, then
    /// the app), it hands them to the new handler.
    func start(_ handler: @escaping (Event) -> Void) {
        self.handler = handler
        guard sources.isEmpty, !restored else { return }
        let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
        input.setEventHandler { [weak self] in
            MainActor.assumeIsolated { self?.drainInput() }
        }
        input.resume()
        sources.append(input)

        signals.start { [weak self] signal in
            guard let self else { return }
            switch signal {
            case SIGWINCH: handleResize()
            case SIGCONT: continued()
            case SIGTSTP: suspend()
            default: self.handler?(.signal(signal))
            }
        }
    }

    /// Throws away keys typed ahead: the rest of the batch being handled and whatever the
    /// terminal has buffered (neomutt's `mutt_flushinp`).
    func flushTypeAhead() {
        flushRequested = true
        flushinp()
    }

    func beep() {
        CNCurses.beep()
    }

    /// OSC 52, written past ncurses (which knows no such sequence); inside tmux also wrapped
    /// for tmux's passthrough. See `ClipboardSequence`.
    func copyToClipboard(_ text: String) {
        ClipboardSequence.write(
            text, to: STDOUT_FILENO,
            insideTmux: ProcessInfo.processInfo.environment["TMUX"].map { !$0.isEmpty } ?? false)
    }

    /// Reads every key available now (never blocks), then hands them over as one batch.
    /// `wgetch`, not `wget_wch`: the bytes are decoded as UTF-8 by `InputDecoder`, whatever
    /// the locale (see there).
    private func drainInput() {
        var codes: [Int32] = []
        while true {
            let code = wgetch(window)
            if code == ERR { break }
            codes.append(code)
        }
        guard !codes.isEmpty else {
            // Woken with nothing to read: at the end of input the source would fire forever
            // (it is level-triggered) and the app would spin. End instead.
            if InputProbe.isClosed(STDIN_FILENO) {
                sources.first?.cancel()
                handler?(.inputClosed)
            }
            return
        }
        let keys = decoder.decode(codes)
        // Nothing yet: a paste under way, or a character whose bytes are still coming.
        guard !keys.isEmpty else { return }
        flushRequested = false
        // Ctrl-C and Ctrl-Z typed (the driver no longer makes signals of them) act as the
        // signals did, in their place among the keys; a flush before them does not drop them.
        var batch: [Key] = []
        func deliverBatch() {
            if !batch.isEmpty, !flushRequested { handler?(.keys(batch)) }
            batch = []
        }
        for key in keys {
            switch key {
            case .control("c"):
                deliverBatch()
                handler?(.signal(SIGINT))
            case .control("z"):
                deliverBatch()
                suspend()
            default:
                batch.append(key)
            }
        }
        deliverBatch()
    }

    /// Whether the batch being handled should stop here (a dialog just flushed type-ahead).
    var shouldDropRestOfBatch: Bool { flushRequested }

    private func handleResize() {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        ncursesScreen.forceFullRepaint()
        handler?(.resized(self.size))
        drainInput()
    }

    /// Ctrl-Z: gives the terminal back as on quit (bracketed paste off, so the shell is not
    /// sent marked pastes), stops the process the default way, and on `fg` takes the terminal
    /// again and repaints. ncurses' own SIGTSTP handler cannot turn the paste mode off.
    private func suspend() {
        endwin()
        cn_bracketed_paste(0)
        StopSignal.stopHere()
        continuedFromSuspend = true
        cn_bracketed_paste(1)
        handleResize()
    }

    /// The SIGCONT of the `fg` after `suspend`, which has already taken the terminal back.
    private var continuedFromSuspend = false

    /// SIGCONT. After a stop the app did not see coming (SIGSTOP, a debugger) the shell had
    /// the terminal meanwhile: its own modes, its prompt on the screen, and a size that may
    /// have changed with no SIGWINCH for the app. Curses is ended and taken up again as after
    /// Ctrl-Z (the next refresh restores the program's modes and the hidden cursor), then the
    /// size is read again and the whole screen drawn at it.
    private func continued() {
        if continuedFromSuspend {
            continuedFromSuspend = false
            return
        }
        endwin()
        cn_bracketed_paste(1)
        handleResize()
    }

    /// Gives the terminal back: sources off, curses ended, crash handlers removed. Safe to
    /// call more than once.
    func restore() {
        guard !restored else { return }
        restored = true
        for source in sources { source.cancel() }
        sources = []
        signals.cancel()
        handler = nil
        curs_set(1)
        endwin()
        cn_bracketed_paste(0)
        CrashGuard.remove()
    }
}

/// Tells the end of input from a wake-up with nothing to read yet.
enum InputProbe {
    /// Whether `fd` is at its end or broken: poll reports a hang-up or an error, or says it is
    /// readable while not a single byte is there to read (what `read` returning 0 looks like).
    static func isClosed(_ fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, 0)
        if ready < 0 { return errno != EINTR && errno != EAGAIN }
        if ready == 0 { return false }
        if entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        guard entry.revents & Int16(POLLIN) != 0 else { return false }
        var available: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &available) == 0 && available == 0
    }
}

/// Restores the terminal when the process dies of a crash signal, before the default action
/// (core dump, exit status) happens, so a crash never leaves the shell unusable.
enum CrashGuard {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        for signal in signals {
            _ = Glibc.signal(signal) { received in
                cn_endwin_if_active()
                _ = Glibc.signal(received, SIG_DFL)
                raise(received)
            }
        }
        atexit { cn_endwin_if_active() }
    }

    static func remove() {
        for signal in signals { _ = Glibc.signal(signal, SIG_DFL) }
    }
}
