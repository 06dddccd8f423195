#ifndef REPORT_DIFF_CMALLOC_SHIM_H
#define REPORT_DIFF_CMALLOC_SHIM_H

#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/* glibc raises its mmap threshold to the size of each large block freed (up to 32 MiB), so
   the multi-megabyte buffers of an export end up in the heap and stay there once freed: the
   process keeps its peak. A fixed threshold turns that off; blocks of 1 MiB and more are
   mapped apart and go back to the system when freed. Elsewhere this does nothing. */
static inline void rd_return_large_blocks_to_system(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

#endif
