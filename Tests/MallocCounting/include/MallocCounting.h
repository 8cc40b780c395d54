#ifndef MALLOC_COUNTING_H
#define MALLOC_COUNTING_H

#include <stdint.h>

/// How many allocations (malloc, calloc, realloc of nothing, aligned allocations) the calling
/// thread has made since the test executable started. Counted per thread, so that tests
/// running at the same time on other threads do not change the count.
uint64_t malloc_counting_thread_allocations(void);

/// 1 where allocations are counted (Linux with glibc), 0 elsewhere: the count stays 0 there.
int malloc_counting_is_available(void);

#endif
