#if canImport(Glibc)
import Glibc
#endif

/// Stops the process as SIGTSTP's default action would, whatever handler is installed: the
/// app's signal source keeps Ctrl-Z from stopping it (so the terminal can be given back
/// first), and the default action comes back only for the moment of the stop.
enum StopSignal {
    static func stopHere() {
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stop.sa_mask)
        var previous = sigaction()
        sigaction(SIGTSTP, &stop, &previous)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, SIGTSTP)
        var mask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &only, &mask)
        raise(SIGTSTP)  // the process stops here until SIGCONT (`fg`)
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        sigaction(SIGTSTP, &previous, nil)
    }
}
