/* xmlpool.c: libxml2's allocator, see asr_xmlpool.h.
 *
 * Blocks of up to POOL_MAX bytes come from a per-thread asr_pool (the small-
 * block core the Lua states use too), carved from 1 MiB chunks (with 64 KiB
 * ones, one run in four of a batch took half as long again: placement, not
 * work); larger ones from malloc. Each block starts with a 16-byte header
 * holding its size class (or BIG), so free and realloc need no size. A block
 * freed on another thread goes on that thread's list: blocks of a class are
 * interchangeable, and every thread's chunks join one list, freed by
 * asr_xmlpool_release. */
#include "asr_xmlpool.h"

#include "asr_pool.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HDR      16
#define POOL_MAX 512
#define CHUNK    (1024 * 1024)
#define BIG      ((size_t)-1)

static pthread_mutex_t chunks_mu = PTHREAD_MUTEX_INITIALIZER;
static void *chunks; /* every thread's chunks */
static _Thread_local asr_pool tp = {.chunk_size = CHUNK, .chunks = &chunks, .lock = &chunks_mu};

static size_t *header(void *p) { return (size_t *)((char *)p - HDR); }

void *asr_xmlpool_malloc(size_t n)
{
    size_t *h;
    if (n > POOL_MAX) {
        if (n > SIZE_MAX - HDR)
            return NULL; /* n + HDR would wrap: fail as malloc(n) would */
        if ((h = malloc(n + HDR)) == NULL)
            return NULL;
        h[0] = BIG;
    } else {
        int c = n ? (int)((n - 1) / 16) : 0; /* class c holds up to (c + 1) * 16 bytes */
        if ((h = asr_pool_get(&tp, c, HDR + (size_t)(c + 1) * 16)) == NULL)
            return NULL;
        h[0] = (size_t)c;
    }
    return (char *)h + HDR;
}

void asr_xmlpool_free(void *p)
{
    if (p == NULL)
        return;
    size_t *h = header(p);
    if (h[0] == BIG)
        free(h);
    else
        asr_pool_put(&tp, (int)h[0], h);
}

void *asr_xmlpool_realloc(void *p, size_t n)
{
    if (p == NULL)
        return asr_xmlpool_malloc(n);
    size_t c = header(p)[0];
    if (c == BIG) {
        if (n > SIZE_MAX - HDR)
            return NULL;
        size_t *h = realloc(header(p), n + HDR);
        return h ? (char *)h + HDR : NULL;
    }
    size_t have = (c + 1) * 16;
    if (n <= have)
        return p;
    void *q = asr_xmlpool_malloc(n);
    if (q == NULL)
        return NULL;
    memcpy(q, p, have);
    asr_xmlpool_free(p);
    return q;
}

char *asr_xmlpool_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = asr_xmlpool_malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

int asr_xmlpool_owns(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    int found = 0;
    pthread_mutex_lock(&chunks_mu);
    for (void *c = chunks; c != NULL && !found; c = *(void **)c)
        found = a >= (uintptr_t)c && a < (uintptr_t)c + CHUNK;
    pthread_mutex_unlock(&chunks_mu);
    return found;
}

void asr_xmlpool_release(void)
{
    pthread_mutex_lock(&chunks_mu);
    asr_pool_free_chunks(&chunks);
    pthread_mutex_unlock(&chunks_mu);
    memset(tp.free, 0, sizeof tp.free);
    tp.cur = NULL;
    tp.left = 0;
}
