// Test support: how many heap bytes are in use, for the memory tests of the
// broker's data structures. Printed as figures; asserted only where exact.
#pragma once

#include <QtGlobal>
#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define HW_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HW_ASAN 1
#endif
#endif
#if defined(HW_ASAN)
// From <sanitizer/allocator_interface.h>, which GCC does not install.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Heap bytes in use, or -1 where the platform does not say; heapSlack is how
// far the figure may stay above its old value once everything is freed.
// AddressSanitizer (the test build) counts the bytes asked for, exactly. glibc
// counts its chunks, headers included, and also those parked in its
// per-thread cache, up to a few hundred KiB.
#if defined(HW_ASAN)
qint64 heapInUse()
{
    return qint64(__sanitizer_get_current_allocated_bytes());
}
constexpr qint64 heapSlack = 0;
constexpr const char *heapCounter = "AddressSanitizer, requested bytes";
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}
constexpr qint64 heapSlack = 256 * 1024;
constexpr const char *heapCounter = "glibc mallinfo2, chunk bytes";
#else
qint64 heapInUse()
{
    return -1;
}
constexpr qint64 heapSlack = 0;
constexpr const char *heapCounter = "none";
#endif

} // namespace
