// glibc's allocator tuning and statistics (mallopt, mallinfo2, malloc_trim), which Swift's
// Glibc module does not bring in.
#include <malloc.h>
