/* main.c: process set-up and exit; everything else is in libassure. */
#define _DEFAULT_SOURCE /* sbrk, madvise */
#include "asr_cli.h"
#include "asr_doc.h"

#include <stdlib.h>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

/* Start-up (load the catalogue, check one return) fills about 2 MiB of
 * fresh heap, and on the virtual machines we run on a page fault costs
 * several microseconds: one fault per 4 KiB page was a fifth of a 25 ms
 * start-up. So before anything else: grow glibc's heap by HEAP_PAD in one
 * step, ask for transparent huge pages on its 2 MiB-aligned part, and take
 * the space below that boundary with blocks left untouched (address space,
 * not memory), so that allocations start on the boundary and fault 2 MiB
 * at a time. Where any step does not hold (another malloc, as under
 * valgrind or ASan; huge pages off), the process runs as it would without;
 * nothing here changes what it computes. The blocks are freed at exit.
 * Under a data or address-space limit (ulimit -d, -v) below 64 x HEAP_PAD
 * (512 MiB) the padding could make an allocation fail that would otherwise
 * fit, so then it is skipped. */
enum { HEAP_PAD = 8 << 20, HUGE_PAGE = 2 << 20, STEP = 64 << 10, MAX_HELD = 48 };
static void *held[MAX_HELD];
static int nheld;

static void heap_release(void)
{
    while (nheld > 0)
        free(held[--nheld]);
}

static int hold(size_t n)
{
    if (nheld == MAX_HELD || (held[nheld] = malloc(n)) == NULL)
        return 0;
    nheld++;
    return 1;
}

static int limit_allows(int resource)
{
    struct rlimit r;
    return getrlimit(resource, &r) == 0 &&
           (r.rlim_cur == RLIM_INFINITY || r.rlim_cur >= (rlim_t)HEAP_PAD * 64);
}

static void heap_prepare(void)
{
    if (!limit_allows(RLIMIT_DATA) || !limit_allows(RLIMIT_AS) || mallopt(M_TOP_PAD, HEAP_PAD) != 1)
        return;
    /* Blocks of STEP come from the heap (below the mmap threshold); take
     * them until the heap grows, which it then does by HEAP_PAD. */
    char *lo = sbrk(0);
    while ((char *)sbrk(0) == lo && hold(STEP))
        ;
    uintptr_t from = ((uintptr_t)lo + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t to = (uintptr_t)sbrk(0) & ~(uintptr_t)(HUGE_PAGE - 1);
    if (to <= from || madvise((void *)from, to - from, MADV_HUGEPAGE) != 0) {
        heap_release();
        return;
    }
    /* Fill up to the boundary: the last block ends a header short of it. */
    while ((uintptr_t)held[nheld - 1] + 2 * STEP <= from && hold(STEP))
        ;
    uintptr_t end = (uintptr_t)held[nheld - 1] + STEP;
    if (end + 64 < from)
        hold(from - end - 32);
}
#else
static void heap_prepare(void) {}
static void heap_release(void) {}
#endif

int main(int argc, char **argv)
{
    heap_prepare();
    asr_xml_init();
    int status = asr_cli_main(argc, argv);
    asr_xml_cleanup();
    heap_release();
    return status;
}
