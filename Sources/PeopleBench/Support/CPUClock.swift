import Foundation

/// The calling thread's CPU time: what a step cost the app itself, apart from the time the
/// machine gave to other processes meanwhile (the wall clock counts both).
enum CPUClock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
