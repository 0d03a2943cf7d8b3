import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The process's resident memory, from `/proc/self/statm` (Linux), after handing freed heap
/// pages back to the system so the figure follows live memory rather than the allocator's
/// high-water mark.
enum SoakMemory {
    /// Resident bytes, or `nil` where there is no `/proc` (the soak then skips its bound).
    static func residentBytes() -> Int? {
        _ = trimHeap?(0)
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// glibc's `malloc_trim`, looked up at run time because `<malloc.h>` is not part of the
    /// Glibc module; `nil` elsewhere.
    private static let trimHeap: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
