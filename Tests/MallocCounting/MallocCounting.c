// Counts the calling thread's allocations for the allocation tests: this target is linked only
// into the test executable, where these definitions take the place of the C library's (an
// executable's symbols come first in the dynamic linker's lookup) and forward to glibc's own
// entry points. Nothing else changes: the memory is glibc's, and `free` is glibc's.
#include "MallocCounting.h"

#if defined(__linux__) && defined(__GLIBC__)

#include <errno.h>
#include <stddef.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

// initial-exec: reading the counter must never allocate (the general model may, in a library).
static _Thread_local uint64_t allocations __attribute__((tls_model("initial-exec")));

uint64_t malloc_counting_thread_allocations(void) { return allocations; }

int malloc_counting_is_available(void) { return 1; }

void *malloc(size_t size) {
  allocations += 1;
  return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
  allocations += 1;
  return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
  if (pointer == NULL) allocations += 1;
  return __libc_realloc(pointer, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
  allocations += 1;
  return __libc_memalign(alignment, size);
}

void *memalign(size_t alignment, size_t size) {
  allocations += 1;
  return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
  if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
  void *pointer = __libc_memalign(alignment, size);
  if (pointer == NULL && size != 0) return ENOMEM;
  allocations += 1;
  *result = pointer;
  return 0;
}

#else

uint64_t malloc_counting_thread_allocations(void) { return 0; }

int malloc_counting_is_available(void) { return 0; }

#endif
