#if os(Linux)
import CMalloc
#endif

/// How glibc's allocator grows and gives back the heap while a listing streams every page.
///
/// A page of 100 people is ~140 KB of body, then a `Person` per row and the page's output:
/// a few hundred KB allocated and freed per page. With glibc's defaults (128 KB of padding,
/// 128 KB trim threshold) each page grows the heap and the next free gives it back to the
/// kernel, so the next page faults the same memory in again: on 10,000 people about half of
/// the ~5,000 page faults, ~10 % of the client's CPU. Growing by 16 MB at a time, and keeping
/// up to 32 MB free on top before trimming, and allocating bodies below 4 MB from the heap lets the pages reuse memory already mapped; the
/// resident size stays that of a few pages, as the memory is reused rather than held.
enum HeapGrowth {
    static let padding: Int32 = 16 << 20
    static let trimThreshold: Int32 = 32 << 20
    /// Setting the two above turns off glibc's own raising of the mmap threshold, which would
    /// otherwise leave a 140 KB page body to `mmap` and `munmap` for every page.
    static let mmapThreshold: Int32 = 4 << 20

    /// For commands that stream many pages (`list --all`); the terminal UI keeps the defaults.
    static func forStreaming() {
        #if os(Linux)
        _ = mallopt(M_TOP_PAD, padding)
        _ = mallopt(M_TRIM_THRESHOLD, trimThreshold)
        _ = mallopt(M_MMAP_THRESHOLD, mmapThreshold)
        #endif
    }
}
